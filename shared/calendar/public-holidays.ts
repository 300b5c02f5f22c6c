// Dutch public holidays on which schools close. Good Friday is not one of them by default (schools decide
// themselves); Liberation Day closes schools only in lustrum years (2025, 2030, …) under the collective
// agreements, which is what the covenant's region follows.

import { addDays, dayOfWeek, formatCalendarDate } from "../dates/calendar-date";

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatCalendarDate({ year, month, day });
}

export interface PublicHolidayOptions {
  /** Count Good Friday as a day schools are closed (off by default). */
  readonly includeGoodFriday?: boolean;
}

/** The dates ("YYYY-MM-DD") of the public holidays in `year` on which schools are closed. */
export function schoolClosingPublicHolidays(year: number, options: PublicHolidayOptions = {}): string[] {
  const easter = easterSunday(year);
  const kingsDay = formatCalendarDate({ year, month: 4, day: 27 });
  const dates = [
    formatCalendarDate({ year, month: 1, day: 1 }),
    addDays(easter, 1),
    dayOfWeek(kingsDay) === 0 ? addDays(kingsDay, -1) : kingsDay,
    addDays(easter, 39),
    addDays(easter, 50),
    formatCalendarDate({ year, month: 12, day: 25 }),
    formatCalendarDate({ year, month: 12, day: 26 }),
  ];
  if (year % 5 === 0) dates.push(formatCalendarDate({ year, month: 5, day: 5 }));
  if (options.includeGoodFriday) dates.push(addDays(easter, -2));
  return dates.sort();
}
