// The deadline the pane shows for a school (covenant art. 2.1): the start of the next school day in the
// school's region, and whether today's school day has already begun (then the signal is for tomorrow's).
import { nextSchoolDayStart } from "../../shared/calendar/next-school-day-start";
import { amsterdamToday, amsterdamInstantMs } from "../../shared/dates/amsterdam-time";
import type { Region } from "../../shared/calendar/region";

export type SchoolDeadline = { known: true; deadlineIso: string; todayAlreadyStarted: boolean } | { known: false };

export function schoolDeadline(now: Date, region: Region): SchoolDeadline {
  try {
    const deadlineIso = nextSchoolDayStart(now.toISOString(), region);
    // Today's start, if today is a school day: the next start counted from Amsterdam midnight.
    const midnight = new Date(amsterdamInstantMs(amsterdamToday(now.getTime()), 0, 0)).toISOString();
    const todayStart = nextSchoolDayStart(midnight, region);
    const todayAlreadyStarted = todayStart !== deadlineIso && Date.parse(todayStart) <= now.getTime();
    return { known: true, deadlineIso, todayAlreadyStarted };
  } catch {
    // Outside the shipped school calendar: the pane says so instead of guessing a day.
    return { known: false };
  }
}
