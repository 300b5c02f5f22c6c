import { formatBirthDate } from "./format-birth-date";
import { formatDeadline } from "./format-deadline";

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
