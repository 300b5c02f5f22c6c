import { sequentialRoundTrips } from "./critical-path";

const at = (start: number, end: number) => ({ startedAt: start, endedAt: end });

test("requests one after another each count as a round trip", () => {
  expect(sequentialRoundTrips([at(0, 50), at(51, 100), at(101, 150)])).toBe(3);
});

test("requests in flight at the same time count as one round trip", () => {
  expect(sequentialRoundTrips([at(0, 50), at(2, 52), at(1, 49), at(3, 53)])).toBe(1);
});

test("a long request overlapping two short sequential ones leaves the two on the critical path", () => {
  expect(sequentialRoundTrips([at(0, 120), at(0, 50), at(60, 110)])).toBe(2);
});

test("a request starting in the millisecond the previous one ended follows it", () => {
  expect(sequentialRoundTrips([at(0, 50), at(50, 100)])).toBe(2);
});

test("ISO timestamps from the stand-in's request log are read as instants", () => {
  expect(sequentialRoundTrips([
    { startedAt: "2026-11-28T15:00:00.000Z", endedAt: "2026-11-28T15:00:00.050Z" },
    { startedAt: "2026-11-28T15:00:00.060Z", endedAt: "2026-11-28T15:00:00.110Z" },
  ])).toBe(2);
});

test("an empty log has no round trips", () => {
  expect(sequentialRoundTrips([])).toBe(0);
});
