// The template check shared by the send guard (Veilig Thuis side, before a message may leave) and the
// recognizer (school side, before anything is acknowledged or deleted): subject "Handle with Care" and a
// body of exactly three visible lines — a name parseSignalInput accepts, the birth date as DD-MM-JJJJ,
// and "Handle with Care". Sender, attachment and authentication rules live in recognizeMessage.

import { formatBirthDate } from "../dates/format-birth-date";
import { parseBirthDate } from "./birth-date";
import { htmlBodyLines, textBodyLines } from "./body-lines";
import { parseChildName } from "./child-name";
import { SIGNAL_CLOSING_LINE, SIGNAL_SUBJECT } from "./template";
import type { Signal } from "./types";

export interface MessageBody {
  readonly contentType: "html" | "text";
  readonly content: string;
}

export type SignalTemplateMatch = { ok: true; signal: Signal } | { ok: false; reason: string };

export const MAX_BODY_LENGTH = 65_536;
const STRICT_BIRTH_DATE = /^\d{2}-\d{2}-\d{4}$/;

export function matchSignalTemplate(subject: string, body: MessageBody, options: { today: string }): SignalTemplateMatch {
  if (typeof subject !== "string" || subject.trim() !== SIGNAL_SUBJECT) return { ok: false, reason: "subject-not-template" };
  if (!body || typeof body.content !== "string") return { ok: false, reason: "body-missing" };
  // A template is three short lines; even Word's verbose envelope stays far below this.
  if (body.content.length > MAX_BODY_LENGTH) return { ok: false, reason: "body-too-large" };
  const contentType = String(body.contentType).toLowerCase();
  let lines: string[];
  if (contentType === "html") {
    const read = htmlBodyLines(body.content);
    if (!read.ok) return { ok: false, reason: read.reason };
    lines = read.lines;
  } else if (contentType === "text") {
    lines = textBodyLines(body.content);
  } else {
    return { ok: false, reason: "body-content-type" };
  }
  if (lines.length !== 3) return { ok: false, reason: "body-not-three-lines" };
  const [nameLine = "", dateLine = "", closingLine = ""] = lines;
  if (closingLine !== SIGNAL_CLOSING_LINE) return { ok: false, reason: "body-closing-line" };
  const name = parseChildName(nameLine);
  if (!name.ok) return { ok: false, reason: "body-name-invalid" };
  if (!STRICT_BIRTH_DATE.test(dateLine)) return { ok: false, reason: "body-date-format" };
  const date = parseBirthDate(dateLine, options.today);
  // The line must be exactly what renderSignal writes, so a date is never read two ways.
  if (!date.ok || formatBirthDate(date.value) !== dateLine) return { ok: false, reason: "body-date-invalid" };
  return { ok: true, signal: { childName: name.value, birthDate: date.value } };
}
