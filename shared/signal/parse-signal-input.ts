import { parseBirthDate } from "./birth-date";
import { parseChildName } from "./child-name";
import type { FieldError, Signal, SignalWarning } from "./types";

export interface ParseSignalInputOptions {
  /** "YYYY-MM-DD" in Europe/Amsterdam; the date the age rules count from. */
  readonly today: string;
}

export type ParseSignalInputResult =
  | { ok: true; value: Signal; warnings: SignalWarning[] }
  | { ok: false; errors: FieldError[] };

/** The compose pane's two fields, checked together so the caseworker sees every problem at once. */
export function parseSignalInput(
  input: { childName: string; birthDate: string },
  options: ParseSignalInputOptions,
): ParseSignalInputResult {
  const name = parseChildName(input.childName);
  const date = parseBirthDate(input.birthDate, options.today);
  if (name.ok && date.ok) {
    return { ok: true, value: { childName: name.value, birthDate: date.value }, warnings: date.warnings };
  }
  const errors: FieldError[] = [];
  if (!name.ok) errors.push({ field: "childName", code: name.code });
  if (!date.ok) errors.push({ field: "birthDate", code: date.code });
  return { ok: false, errors };
}
