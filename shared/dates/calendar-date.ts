// Calendar dates as plain "YYYY-MM-DD" strings. Arithmetic goes through UTC milliseconds so that no
// local time zone (the caseworker's laptop, the build machine) can shift a date by a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_IN_MS = 86_400_000;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Splits a strict "YYYY-MM-DD" into numbers, or undefined when it is not a real calendar date. */
export function calendarDateParts(iso: string): DateParts | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts) ? parts : undefined;
}

export function isRealDate({ year, month, day }: DateParts): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function formatCalendarDate({ year, month, day }: DateParts): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

// Not String#padStart (ES2017): these helpers also run in classic Outlook's ES2016 send-guard runtime.
export function pad2(value: number): string {
  return value < 10 && value >= 0 ? `0${value}` : String(value);
}

export function pad4(value: number): string {
  const text = String(value);
  return value >= 0 && text.length < 4 ? `${"000".slice(0, 4 - text.length)}${text}` : text;
}

/** The date `days` after (or before, when negative) a valid "YYYY-MM-DD". */
export function addDays(iso: string, days: number): string {
  const parts = requireCalendarDate(iso);
  const ms = Date.UTC(parts.year, parts.month - 1, parts.day) + days * DAY_IN_MS;
  return calendarDateOfUtc(ms);
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(iso: string): number {
  const parts = requireCalendarDate(iso);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
}

export function calendarDateOfUtc(ms: number): string {
  const date = new Date(ms);
  return formatCalendarDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Throws a RangeError for a value that is not a real "YYYY-MM-DD": a programming error, not user input. */
export function requireCalendarDate(iso: string): DateParts {
  const parts = calendarDateParts(iso);
  if (!parts) throw new RangeError("Expected a real calendar date in the form YYYY-MM-DD.");
  return parts;
}
