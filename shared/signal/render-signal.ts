// The whole signal: three lines and the subject. No greeting, signature, style or id, so nothing beyond
// covenant art. 2.1 can ride along.

import { formatBirthDate } from "../dates/format-birth-date";
import { parseChildName } from "./child-name";
import { escapeHtml } from "./escape-html";
import { SIGNAL_CLOSING_LINE, SIGNAL_SUBJECT } from "./template";
import type { Signal } from "./types";

export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The three body lines; formatBirthDate throws for a birth date that is not a real YYYY-MM-DD. */
export function signalLines(signal: Signal): [string, string, string] {
  return [signal.childName, formatBirthDate(signal.birthDate), SIGNAL_CLOSING_LINE];
}

/**
 * Renders a Signal from parseSignalInput. A name that did not come from the parser (a cast, stored data)
 * is refused with a TypeError rather than rendered: the three lines are the covenant's limit.
 */
export function renderSignal(signal: Signal): RenderedMessage {
  const name = parseChildName(signal.childName);
  if (!name.ok || name.value !== signal.childName) throw new TypeError("renderSignal needs a Signal made by parseSignalInput.");
  const lines = signalLines(signal);
  return {
    subject: SIGNAL_SUBJECT,
    text: lines.join("\n"),
    html: lines.map((line) => `<div>${escapeHtml(line)}</div>`).join(""),
  };
}
