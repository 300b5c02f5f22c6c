import fc from "fast-check";
import { amsterdamWallClock } from "../dates/amsterdam-time";
import { addDays } from "../dates/calendar-date";
import { isSchoolDay, nextSchoolDayStart } from "./next-school-day-start";
import type { Region } from "./region";

const FROM = Date.parse("2025-09-01T00:00:00+02:00");
const UNTIL = Date.parse("2027-07-01T00:00:00+02:00");
const instant = fc.integer({ min: FROM, max: UNTIL }).map((ms) => new Date(ms).toISOString());
const region = fc.constantFrom<Region>("noord", "midden", "zuid");

test("the next start is always 08:30 Amsterdam time on a school day after now, with no school day skipped", () => {
  fc.assert(
    fc.property(instant, region, (now, where) => {
      const start = nextSchoolDayStart(now, where);
      expect(Date.parse(start)).toBeGreaterThan(Date.parse(now));
      const clock = amsterdamWallClock(Date.parse(start));
      expect([clock.hour, clock.minute]).toEqual([8, 30]);
      expect(isSchoolDay(clock.date, where)).toBe(true);
      // Every day strictly between now's date and the answer is either not a school day or already started.
      const today = amsterdamWallClock(Date.parse(now)).date;
      for (let day = addDays(today, 1); day < clock.date; day = addDays(day, 1)) expect(isSchoolDay(day, where)).toBe(false);
    }),
  );
});
