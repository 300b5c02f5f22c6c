import { CalendarRangeError } from "./calendar-range-error";
import { isSchoolDay, nextSchoolDayStart } from "./next-school-day-start";

describe("nextSchoolDayStart", () => {
  test("on Friday afternoon the next start is Monday 08:30 Amsterdam time", () => {
    expect(nextSchoolDayStart("2026-11-27T15:00:00Z", "noord")).toBe("2026-11-30T07:30:00.000Z");
  });

  test("early on a school day the start is that same morning", () => {
    expect(nextSchoolDayStart("2026-11-30T06:00:00Z", "noord")).toBe("2026-11-30T07:30:00.000Z");
  });

  test("exactly at the start, the next start is the following school day", () => {
    expect(nextSchoolDayStart("2026-11-30T07:30:00Z", "noord")).toBe("2026-12-01T07:30:00.000Z");
  });

  test("a late-evening UTC instant counts on the Amsterdam date", () => {
    // 23:30 UTC on Sunday is 00:30 on Monday in Amsterdam.
    expect(nextSchoolDayStart("2026-11-29T23:30:00Z", "noord")).toBe("2026-11-30T07:30:00.000Z");
  });

  test("skips the regional autumn holiday: noord 10-18 October 2026, midden and zuid 17-25 October", () => {
    expect(nextSchoolDayStart("2026-10-09T15:00:00Z", "noord")).toBe("2026-10-19T06:30:00.000Z");
    expect(nextSchoolDayStart("2026-10-16T15:00:00Z", "noord")).toBe("2026-10-19T06:30:00.000Z");
    expect(nextSchoolDayStart("2026-10-16T15:00:00Z", "midden")).toBe("2026-10-26T07:30:00.000Z");
    expect(nextSchoolDayStart("2026-10-16T15:00:00Z", "zuid")).toBe("2026-10-26T07:30:00.000Z");
  });

  test("skips the Christmas holiday in every region", () => {
    for (const region of ["noord", "midden", "zuid"] as const) {
      expect(nextSchoolDayStart("2026-12-18T15:00:00Z", region)).toBe("2027-01-04T07:30:00.000Z");
    }
  });

  test("the spring holiday differs per region", () => {
    expect(nextSchoolDayStart("2026-02-13T15:00:00Z", "zuid")).toBe("2026-02-23T07:30:00.000Z");
    expect(nextSchoolDayStart("2026-02-13T15:00:00Z", "noord")).toBe("2026-02-16T07:30:00.000Z");
  });

  test("skips Easter Monday but not Good Friday", () => {
    expect(nextSchoolDayStart("2026-04-02T15:00:00Z", "noord")).toBe("2026-04-03T06:30:00.000Z");
    expect(nextSchoolDayStart("2026-04-03T15:00:00Z", "noord")).toBe("2026-04-07T06:30:00.000Z");
  });

  test("skips Good Friday when configured", () => {
    expect(nextSchoolDayStart("2026-04-02T15:00:00Z", "noord", { includeGoodFriday: true })).toBe("2026-04-07T06:30:00.000Z");
  });

  test("skips Ascension Day and Whit Monday", () => {
    expect(nextSchoolDayStart("2026-05-13T15:00:00Z", "noord")).toBe("2026-05-15T06:30:00.000Z");
    expect(nextSchoolDayStart("2026-05-22T15:00:00Z", "noord")).toBe("2026-05-26T06:30:00.000Z");
  });

  test("skips the summer holiday to the first day of the new school year", () => {
    expect(nextSchoolDayStart("2026-07-03T15:00:00Z", "noord")).toBe("2026-08-17T06:30:00.000Z");
  });

  test("keeps 08:30 across the spring DST change (last Sunday of March)", () => {
    // Saturday 27 March 2027 → Monday 29 March is Easter Monday → Tuesday 30 March, now in summer time.
    expect(nextSchoolDayStart("2027-03-26T15:00:00Z", "noord")).toBe("2027-03-30T06:30:00.000Z");
    expect(nextSchoolDayStart("2026-03-28T12:00:00Z", "noord")).toBe("2026-03-30T06:30:00.000Z");
  });

  test("keeps 08:30 across the autumn DST change (last Sunday of October)", () => {
    expect(nextSchoolDayStart("2026-10-24T12:00:00Z", "noord")).toBe("2026-10-26T07:30:00.000Z");
    expect(nextSchoolDayStart("2025-10-24T12:00:00Z", "zuid")).toBe("2025-10-27T07:30:00.000Z");
  });

  test("uses a configured start time", () => {
    expect(nextSchoolDayStart("2026-11-27T15:00:00Z", "noord", { startTime: "08:15" })).toBe("2026-11-30T07:15:00.000Z");
  });

  test("refuses a malformed start time", () => {
    expect(() => nextSchoolDayStart("2026-11-27T15:00:00Z", "noord", { startTime: "8.30" })).toThrow(RangeError);
  });

  test("refuses a malformed now", () => {
    expect(() => nextSchoolDayStart("vrijdag", "noord")).toThrow(RangeError);
  });

  test("throws CalendarRangeError before the shipped years", () => {
    expect(() => nextSchoolDayStart("2025-06-02T10:00:00Z", "noord")).toThrow(CalendarRangeError);
  });

  test("throws CalendarRangeError after the shipped years, naming the covered range", () => {
    let caught: unknown;
    try {
      nextSchoolDayStart("2027-09-15T10:00:00Z", "noord");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CalendarRangeError);
    expect(caught).toMatchObject({ name: "CalendarRangeError", coveredFrom: "2025-09-01", coveredUntil: "2027-08-23" });
  });

  test("answers up to the first day after the last shipped summer holiday", () => {
    expect(nextSchoolDayStart("2027-08-20T15:00:00Z", "noord")).toBe("2027-08-23T06:30:00.000Z");
    expect(nextSchoolDayStart("2027-08-20T15:00:00Z", "zuid")).toBe("2027-09-06T06:30:00.000Z");
  });
});

describe("isSchoolDay", () => {
  test("King's Day 2026 (a Monday) is not a school day", () => {
    expect(isSchoolDay("2026-04-27", "noord")).toBe(false);
  });

  test("a date outside the shipped years is an error, not a guess", () => {
    expect(() => isSchoolDay("2027-09-15", "noord")).toThrow(CalendarRangeError);
    expect(() => isSchoolDay("2025-08-29", "noord")).toThrow(CalendarRangeError);
  });

  test("an ordinary Wednesday is a school day", () => {
    expect(isSchoolDay("2026-12-02", "midden")).toBe(true);
  });
});
