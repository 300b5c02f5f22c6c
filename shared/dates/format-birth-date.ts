import { pad2, pad4, requireCalendarDate } from "./calendar-date";

/** "2015-03-12" → "12-03-2015", the Dutch way a birth date is written in the signal (DD-MM-JJJJ). */
export function formatBirthDate(iso: string): string {
  const { year, month, day } = requireCalendarDate(iso);
  return `${pad2(day)}-${pad2(month)}-${pad4(year)}`;
}
