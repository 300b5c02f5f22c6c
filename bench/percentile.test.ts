import { median, percentile } from "./percentile";

test("p50 of an odd count is the middle measurement", () => {
  expect(percentile([5, 1, 3], 50)).toBe(3);
});

test("p95 of 30 runs is the 29th smallest (nearest rank)", () => {
  const runs = Array.from({ length: 30 }, (_, i) => i + 1);
  expect(percentile(runs, 95)).toBe(29);
});

test("the median of an even count is the lower middle measurement, never an average", () => {
  expect(median([10, 20, 30, 40])).toBe(20);
});

test("no measurements is an error that says what to do", () => {
  expect(() => percentile([], 50)).toThrow(/measure at least one run/);
});
