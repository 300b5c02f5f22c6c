// Europe/Amsterdam wall-clock time without Intl time-zone data: the EU summer-time rule (since 1996,
// Directive 2000/84/EC) is fixed — CEST (UTC+2) from the last Sunday of March 01:00 UTC until the last
// Sunday of October 01:00 UTC, CET (UTC+1) otherwise. Doing it by rule keeps the result identical in
// every browser, Outlook runtime and Node build, including those shipped without full ICU.

import { calendarDateOfUtc, pad2, requireCalendarDate } from "./calendar-date";

const HOUR_IN_MS = 3_600_000;

function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Minutes east of UTC in Amsterdam at the given instant: 60 in winter, 120 in summer. */
export function amsterdamOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summerStart = lastSundayUtc(year, 3);
  const summerEnd = lastSundayUtc(year, 10);
  return utcMs >= summerStart && utcMs < summerEnd ? 120 : 60;
}

export interface AmsterdamWallClock {
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

export function amsterdamWallClock(utcMs: number): AmsterdamWallClock {
  const local = new Date(utcMs + amsterdamOffsetMinutes(utcMs) * 60_000);
  return { date: calendarDateOfUtc(local.getTime()), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/** Today's date in Europe/Amsterdam ("YYYY-MM-DD"), the date every covenant rule counts in. */
export function amsterdamToday(nowMs: number = Date.now()): string {
  return amsterdamWallClock(nowMs).date;
}

/**
 * The UTC instant of a wall-clock time on a date in Amsterdam. School starts are in the morning, far from
 * the 02:00–03:00 switch, but a time inside the spring gap resolves to the summer-time reading and one in
 * the autumn overlap to its first (summer-time) occurrence.
 */
export function amsterdamInstantMs(date: string, hour: number, minute: number): number {
  const { year, month, day } = requireCalendarDate(date);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const summerGuess = asUtc - 120 * 60_000;
  if (amsterdamOffsetMinutes(summerGuess) === 120) return summerGuess;
  return asUtc - HOUR_IN_MS;
}

export function formatWallClockTime(clock: Pick<AmsterdamWallClock, "hour" | "minute">): string {
  return `${pad2(clock.hour)}:${pad2(clock.minute)}`;
}
