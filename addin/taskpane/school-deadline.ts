// The deadline the pane shows for a school (covenant art. 2.1): the start of the next school day in the
// school's region, counted from when the pane was opened. Opened during a school day (after it started), the signal
// only counts for the next one, and the pane says so; if the caseworker is still at it when the deadline passes,
// the pane says so and gives the next one. Beyond the shipped calendar it says what to do instead of guessing.
import { CalendarRangeError } from "../../shared/calendar/calendar-range-error";
import { isSchoolDay, nextSchoolDayStart } from "../../shared/calendar/next-school-day-start";
import type { Region } from "../../shared/calendar/region";
import { amsterdamInstantMs, amsterdamToday } from "../../shared/dates/amsterdam-time";

/**
 * Until when a school day counts as under way for the phone advice: by 16:00 the pupils of nearly every school
 * have gone home, and a signal written in the evening (the usual case, after a call-out) is simply for tomorrow.
 */
const SCHOOL_DAY_END = { hour: 16, minute: 0 };

export type SchoolDeadline =
  /** `todayStarted`: the pane was opened during a school day (after its start, before 16:00); today's support needs a phone call. */
  | { known: true; deadlineIso: string; passed: false; todayStarted: boolean }
  | { known: true; deadlineIso: string; passed: true; nextDeadlineIso: string }
  /** `coveredUntil`: the first day the shipped calendar cannot decide about, "YYYY-MM-DD". */
  | { known: false; coveredUntil?: string };

export function schoolDeadline(openedAt: Date, now: Date, region: Region): SchoolDeadline {
  try {
    const deadlineIso = nextSchoolDayStart(openedAt.toISOString(), region);
    if (Date.parse(deadlineIso) > now.getTime()) {
      const openedOn = amsterdamToday(openedAt.getTime());
      // A school day whose next start is not today has started already (its start lies before the opening).
      const todayStarted =
        isSchoolDay(openedOn, region) &&
        amsterdamToday(Date.parse(deadlineIso)) !== openedOn &&
        openedAt.getTime() < amsterdamInstantMs(openedOn, SCHOOL_DAY_END.hour, SCHOOL_DAY_END.minute);
      return { known: true, deadlineIso, passed: false, todayStarted };
    }
    return { known: true, deadlineIso, passed: true, nextDeadlineIso: nextSchoolDayStart(now.toISOString(), region) };
  } catch (error) {
    // Outside the shipped school calendar: the pane says so instead of guessing a day.
    return error instanceof CalendarRangeError ? { known: false, coveredUntil: error.coveredUntil } : { known: false };
  }
}
