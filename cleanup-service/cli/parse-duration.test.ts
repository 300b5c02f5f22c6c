import { parseDurationInMs } from "./parse-duration";

test.each([
  ["90m", 90 * 60_000],
  ["24h", 24 * 3_600_000],
  ["7d", 7 * 86_400_000],
  ["2w", 14 * 86_400_000],
  [" 36H ", 36 * 3_600_000],
])("%j is %d ms", (text, expected) => {
  expect(parseDurationInMs(text)).toBe(expected);
});

test.each(["", "24", "h", "0h", "-1d", "1.5d", "1d12h", "24 h", "7days", "1y", "5000w"])("%j is refused", (text) => {
  expect(parseDurationInMs(text)).toBeUndefined();
});
