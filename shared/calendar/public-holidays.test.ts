import { easterSunday, schoolClosingPublicHolidays } from "./public-holidays";

test.each([
  [2024, "2024-03-31"],
  [2025, "2025-04-20"],
  [2026, "2026-04-05"],
  [2027, "2027-03-28"],
  [2038, "2038-04-25"],
  [2285, "2285-03-22"],
])("Easter Sunday %i is %s", (year, date) => {
  expect(easterSunday(year)).toBe(date);
});

test("2026: New Year, Easter Monday, King's Day, Ascension, Whit Monday, Christmas; no Liberation Day", () => {
  expect(schoolClosingPublicHolidays(2026)).toEqual(["2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"]);
});

test("Liberation Day closes schools in a lustrum year", () => {
  expect(schoolClosingPublicHolidays(2025)).toContain("2025-05-05");
  expect(schoolClosingPublicHolidays(2030)).toContain("2030-05-05");
  expect(schoolClosingPublicHolidays(2027)).not.toContain("2027-05-05");
});

test("King's Day moves to 26 April when the 27th is a Sunday", () => {
  expect(schoolClosingPublicHolidays(2025)).toContain("2025-04-26");
  expect(schoolClosingPublicHolidays(2025)).not.toContain("2025-04-27");
});

test("Good Friday is a school day unless asked for", () => {
  expect(schoolClosingPublicHolidays(2026)).not.toContain("2026-04-03");
  expect(schoolClosingPublicHolidays(2026, { includeGoodFriday: true })).toContain("2026-04-03");
});
