// The school years this release knows. Coverage starts on 1 September 2025: the 2025 summer holidays
// (ended 17, 24 and 31 August in zuid, noord and midden) belong to 2024-2025, which is not shipped.
// It ends, per region, on the first day after the last shipped summer holiday — a known school day.

import holidays20252026 from "./data/schoolholidays-2025-2026.json";
import holidays20262027 from "./data/schoolholidays-2026-2027.json";
import { addDays } from "../dates/calendar-date";
import type { Region } from "./region";
import { readSchoolHolidays, type SchoolHolidayPeriod } from "./school-holidays";

export const CALENDAR_COVERAGE_START = "2025-09-01";

export const SHIPPED_SCHOOL_HOLIDAYS: readonly SchoolHolidayPeriod[] = [
  ...readSchoolHolidays(holidays20252026),
  ...readSchoolHolidays(holidays20262027),
];

export interface CalendarCoverage {
  readonly from: string;
  readonly until: string;
}

export function coverageFor(region: Region, periods: readonly SchoolHolidayPeriod[] = SHIPPED_SCHOOL_HOLIDAYS): CalendarCoverage {
  const summers = periods.filter((period) => period.type.toLowerCase() === "zomervakantie" && (period.region ?? region) === region);
  const lastSummerEnd = summers.reduce((latest, period) => (period.end > latest ? period.end : latest), CALENDAR_COVERAGE_START);
  return { from: CALENDAR_COVERAGE_START, until: addDays(lastSummerEnd, 1) };
}
