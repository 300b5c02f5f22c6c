// Day and month names are spelled out here instead of asking Intl: the deadline must read the same in
// every Outlook runtime, and some ship without Dutch locale data.

import { amsterdamWallClock, formatWallClockTime } from "./amsterdam-time";
import { dayOfWeek, requireCalendarDate } from "./calendar-date";

const WEEKDAYS = {
  nl: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
} as const;

export const MONTHS = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

/** An instant as Amsterdam wall-clock text: "maandag 30 november, 08:30" / "Monday 30 November, 08:30". */
export function formatDeadline(isoInstant: string, locale: "nl" | "en"): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new RangeError("Expected an ISO 8601 instant such as 2026-11-30T07:30:00.000Z.");
  const clock = amsterdamWallClock(ms);
  const { month, day } = requireCalendarDate(clock.date);
  const weekday = WEEKDAYS[locale][dayOfWeek(clock.date)];
  const monthName = MONTHS[locale][month - 1];
  return `${weekday} ${day} ${monthName}, ${formatWallClockTime(clock)}`;
}
