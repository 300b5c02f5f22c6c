// Covenant art. 2.1: a signal must reach the school before the child's next school day starts. This gives
// that moment: the start time (08:30 Europe/Amsterdam unless configured) of the first school day whose
// start lies after `now`, skipping weekends, closing public holidays and the region's school holidays.

import { amsterdamInstantMs, amsterdamWallClock } from "../dates/amsterdam-time";
import { addDays, dayOfWeek } from "../dates/calendar-date";
import { CalendarRangeError } from "./calendar-range-error";
import { schoolClosingPublicHolidays } from "./public-holidays";
import type { Region } from "./region";
import type { SchoolHolidayPeriod } from "./school-holidays";
import { coverageFor, SHIPPED_SCHOOL_HOLIDAYS } from "./shipped-calendar";

export interface NextSchoolDayStartOptions {
  /** "HH:MM", 24-hour, Europe/Amsterdam. Default "08:30". */
  readonly startTime?: string;
  /** Count Good Friday as closed (off by default). */
  readonly includeGoodFriday?: boolean;
  /** Another set of holidays, e.g. a refreshed feed; default the shipped years. */
  readonly schoolHolidays?: readonly SchoolHolidayPeriod[];
}

const START_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `date` ("YYYY-MM-DD") is a school day in `region`; CalendarRangeError outside the shipped years. */
export function isSchoolDay(
  date: string,
  region: Region,
  options: Pick<NextSchoolDayStartOptions, "includeGoodFriday" | "schoolHolidays"> = {},
): boolean {
  const coverage = coverageFor(region, options.schoolHolidays ?? SHIPPED_SCHOOL_HOLIDAYS);
  if (date < coverage.from || date > coverage.until) throw new CalendarRangeError(coverage.from, coverage.until);
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(date.slice(0, 4));
  if (schoolClosingPublicHolidays(year, options).includes(date)) return false;
  const periods = options.schoolHolidays ?? SHIPPED_SCHOOL_HOLIDAYS;
  return !periods.some((period) => (period.region ?? region) === region && period.start <= date && date <= period.end);
}

export function nextSchoolDayStart(now: string, region: Region, options: NextSchoolDayStartOptions = {}): string {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError("now must be an ISO 8601 instant such as 2026-11-27T15:00:00Z.");
  const time = START_TIME.exec(options.startTime ?? "08:30");
  if (!time) throw new RangeError('startTime must be "HH:MM" (24-hour), for example "08:30".');
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  const coverage = coverageFor(region, options.schoolHolidays ?? SHIPPED_SCHOOL_HOLIDAYS);
  let date = amsterdamWallClock(nowMs).date;
  if (date < coverage.from) throw new CalendarRangeError(coverage.from, coverage.until);
  // The longest stretch without school is the summer holiday plus a weekend; a year bounds the search.
  for (let step = 0; step < 370; step += 1, date = addDays(date, 1)) {
    if (date > coverage.until) break;
    if (!isSchoolDay(date, region, options)) continue;
    const startMs = amsterdamInstantMs(date, hour, minute);
    if (startMs > nowMs) return new Date(startMs).toISOString();
  }
  throw new CalendarRangeError(coverage.from, coverage.until);
}
