import { amsterdamInstantMs, amsterdamOffsetMinutes, amsterdamToday, amsterdamWallClock } from "./amsterdam-time";

test("summer time starts at 01:00 UTC on the last Sunday of March", () => {
  expect(amsterdamOffsetMinutes(Date.parse("2026-03-29T00:59:59Z"))).toBe(60);
  expect(amsterdamOffsetMinutes(Date.parse("2026-03-29T01:00:00Z"))).toBe(120);
});

test("summer time ends at 01:00 UTC on the last Sunday of October", () => {
  expect(amsterdamOffsetMinutes(Date.parse("2026-10-25T00:59:59Z"))).toBe(120);
  expect(amsterdamOffsetMinutes(Date.parse("2026-10-25T01:00:00Z"))).toBe(60);
});

test("the wall clock follows the offset", () => {
  expect(amsterdamWallClock(Date.parse("2026-07-01T22:30:00Z"))).toEqual({ date: "2026-07-02", hour: 0, minute: 30 });
  expect(amsterdamWallClock(Date.parse("2026-12-31T23:30:00Z"))).toEqual({ date: "2027-01-01", hour: 0, minute: 30 });
});

test("08:30 on the DST Sundays maps to the right UTC instant", () => {
  expect(new Date(amsterdamInstantMs("2026-03-29", 8, 30)).toISOString()).toBe("2026-03-29T06:30:00.000Z");
  expect(new Date(amsterdamInstantMs("2026-10-25", 8, 30)).toISOString()).toBe("2026-10-25T07:30:00.000Z");
});

test("today is the Amsterdam date, not the UTC date", () => {
  expect(amsterdamToday(Date.parse("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
});
