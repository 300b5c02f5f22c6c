// The deadline the pane shows for a school (covenant art. 2.1): the start of the next school day in the
// school's region, counted from when the pane was opened. If the caseworker is still at it when that moment
// passes, the pane says so and gives the next one.
import { nextSchoolDayStart } from "../../shared/calendar/next-school-day-start";
import type { Region } from "../../shared/calendar/region";

export type SchoolDeadline =
  | { known: true; deadlineIso: string; passed: false }
  | { known: true; deadlineIso: string; passed: true; nextDeadlineIso: string }
  | { known: false };

export function schoolDeadline(openedAt: Date, now: Date, region: Region): SchoolDeadline {
  try {
    const deadlineIso = nextSchoolDayStart(openedAt.toISOString(), region);
    if (Date.parse(deadlineIso) > now.getTime()) return { known: true, deadlineIso, passed: false };
    return { known: true, deadlineIso, passed: true, nextDeadlineIso: nextSchoolDayStart(now.toISOString(), region) };
  } catch {
    // Outside the shipped school calendar: the pane says so instead of guessing a day.
    return { known: false };
  }
}
