import { formatBirthDate } from "./format-birth-date";
import { formatDeadline } from "./format-deadline";
import { formatLongDate, formatLongMoment } from "./format-long-date";

test("formatBirthDate writes DD-MM-JJJJ", () => {
  expect(formatBirthDate("2015-03-05")).toBe("05-03-2015");
});

test("formatBirthDate refuses anything but a real YYYY-MM-DD", () => {
  expect(() => formatBirthDate("2015-02-30")).toThrow(RangeError);
});

test("formatDeadline writes the Amsterdam weekday, date and time in Dutch", () => {
  expect(formatDeadline("2026-11-30T07:30:00.000Z", "nl")).toBe("maandag 30 november, 08:30");
});

test("formatDeadline writes English when asked", () => {
  expect(formatDeadline("2026-03-30T06:30:00.000Z", "en")).toBe("Monday 30 March, 08:30");
});

test("formatDeadline refuses a value that is not an instant", () => {
  expect(() => formatDeadline("morgen", "nl")).toThrow(RangeError);
});

test("formatLongMoment writes the Amsterdam date and time as in a letter, in winter and in summer time", () => {
  expect(formatLongMoment("2026-12-02T11:34:00.000Z", "nl")).toBe("2 december 2026 om 12:34");
  expect(formatLongMoment("2026-07-01T22:05:00.000Z", "nl")).toBe("2 juli 2026 om 00:05");
  expect(formatLongMoment("2026-12-02T11:34:00.000Z", "en")).toBe("2 December 2026 at 12:34");
});

test("formatLongDate writes a calendar date without leading zeros and refuses an unreal one", () => {
  expect(formatLongDate("2026-11-05", "nl")).toBe("5 november 2026");
  expect(() => formatLongDate("2026-02-30", "nl")).toThrow(RangeError);
  expect(() => formatLongMoment("gisteren", "nl")).toThrow(RangeError);
});
