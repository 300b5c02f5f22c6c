// The whole signal: three lines and the subject. No greeting, signature, style or id, so nothing beyond
// covenant art. 2.1 can ride along.

import { formatBirthDate } from "../dates/format-birth-date";
import { escapeHtml } from "./escape-html";
import { SIGNAL_CLOSING_LINE, SIGNAL_SUBJECT } from "./template";
import type { Signal } from "./types";

export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export function signalLines(signal: Signal): [string, string, string] {
  return [signal.childName, formatBirthDate(signal.birthDate), SIGNAL_CLOSING_LINE];
}

export function renderSignal(signal: Signal): RenderedMessage {
  const lines = signalLines(signal);
  return {
    subject: SIGNAL_SUBJECT,
    text: lines.join("\n"),
    html: lines.map((line) => `<div>${escapeHtml(line)}</div>`).join(""),
  };
}
