// Dates as people write them in a letter: "20 november 2026", and a moment in Amsterdam time,
// "2 december 2026 om 12:34" / "2 December 2026 at 12:34". For texts read outside the product (the inspection
// report a parent receives), where an ISO timestamp in UTC would be jargon.
import { amsterdamWallClock, formatWallClockTime } from "./amsterdam-time";
import { requireCalendarDate } from "./calendar-date";
import { MONTHS } from "./format-deadline";

/** A real "YYYY-MM-DD" as "20 november 2026"; a RangeError otherwise (a programming error). */
export function formatLongDate(isoDate: string, locale: "nl" | "en"): string {
  const { year, month, day } = requireCalendarDate(isoDate);
  return `${day} ${MONTHS[locale][month - 1]} ${year}`;
}

/** An ISO instant as its Europe/Amsterdam date and time: "2 december 2026 om 12:34". */
export function formatLongMoment(isoInstant: string, locale: "nl" | "en"): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new RangeError("Expected an ISO 8601 instant such as 2026-12-02T11:34:00.000Z.");
  const clock = amsterdamWallClock(ms);
  return `${formatLongDate(clock.date, locale)} ${locale === "nl" ? "om" : "at"} ${formatWallClockTime(clock)}`;
}
