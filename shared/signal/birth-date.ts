// The birth date is accepted as "YYYY-MM-DD" (what a date picker gives) or as the Dutch "DD-MM-JJJJ" and
// "D-M-JJJJ" (what a caseworker types). Ages count in whole years on `today` (Europe/Amsterdam): a child
// born on 29 February turns a year older on 1 March in years without 29 February.

import { calendarDateParts, formatCalendarDate, isRealDate, requireCalendarDate, type DateParts } from "../dates/calendar-date";
import type { IsoDate, SignalWarning } from "./types";

export const ADULT_AGE = 18;
export const WARNING_AGE = 4;

export type BirthDateCode = "date-required" | "date-format" | "date-not-real" | "date-in-future" | "not-a-minor";

export type BirthDateResult =
  | { ok: true; value: IsoDate; warnings: SignalWarning[] }
  | { ok: false; code: BirthDateCode };

const ISO_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_FORM = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

function readDate(text: string): DateParts | undefined {
  const iso = ISO_FORM.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dutch = DUTCH_FORM.exec(text);
  if (dutch) return { year: Number(dutch[3]), month: Number(dutch[2]), day: Number(dutch[1]) };
  return undefined;
}

/** Whole years between two dates, the way a birthday counts them. */
export function ageInYears(birth: DateParts, on: DateParts): number {
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** `today` is "YYYY-MM-DD"; an invalid `today` is a programming error and throws a RangeError. */
export function parseBirthDate(raw: string, today: string): BirthDateResult {
  const todayParts = requireCalendarDate(today);
  const text = raw.trim();
  if (text.length === 0) return { ok: false, code: "date-required" };
  if (text.length > 10) return { ok: false, code: "date-format" };
  const parts = readDate(text);
  if (!parts) return { ok: false, code: "date-format" };
  if (!isRealDate(parts)) return { ok: false, code: "date-not-real" };
  const iso = formatCalendarDate(parts);
  if (iso > today) return { ok: false, code: "date-in-future" };
  const age = ageInYears(parts, todayParts);
  if (age >= ADULT_AGE) return { ok: false, code: "not-a-minor" };
  const warnings: SignalWarning[] = age < WARNING_AGE ? ["younger-than-four"] : [];
  return { ok: true, value: iso as IsoDate, warnings };
}

/** Narrows a stored "YYYY-MM-DD" back to an IsoDate without the age rules (e.g. for formatting). */
export function isIsoDate(value: string): value is IsoDate {
  return calendarDateParts(value) !== undefined;
}
