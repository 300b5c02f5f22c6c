import fc from "fast-check";
import { ageInYears, parseBirthDate } from "./birth-date";

const today = "2026-11-28";

describe("parseBirthDate", () => {
  test("accepts YYYY-MM-DD", () => {
    expect(parseBirthDate("2015-03-12", today)).toEqual({ ok: true, value: "2015-03-12", warnings: [] });
  });

  test("accepts the Dutch DD-MM-JJJJ and D-M-JJJJ", () => {
    expect(parseBirthDate("12-03-2015", today)).toMatchObject({ ok: true, value: "2015-03-12" });
    expect(parseBirthDate("5-9-2015", today)).toMatchObject({ ok: true, value: "2015-09-05" });
  });

  test("ignores surrounding spaces", () => {
    expect(parseBirthDate(" 12-03-2015 ", today)).toMatchObject({ ok: true, value: "2015-03-12" });
  });

  test("refuses an empty date as required", () => {
    expect(parseBirthDate(" ", today)).toEqual({ ok: false, code: "date-required" });
  });

  test.each([["12/03/2015"], ["2015-3-12"], ["12-03-15"], ["twaalf maart"], ["12-03-2015x"], ["١٢-٠٣-٢٠١٥"]])(
    "refuses other formats such as %s",
    (raw) => {
      expect(parseBirthDate(raw, today)).toEqual({ ok: false, code: "date-format" });
    },
  );

  test.each([["31-04-2015"], ["29-02-2015"], ["00-01-2015"], ["2015-13-01"]])("refuses the non-existent date %s", (raw) => {
    expect(parseBirthDate(raw, today)).toEqual({ ok: false, code: "date-not-real" });
  });

  test("accepts 29 February in a leap year", () => {
    expect(parseBirthDate("29-02-2016", today)).toMatchObject({ ok: true, value: "2016-02-29" });
  });

  test("accepts today and refuses tomorrow", () => {
    expect(parseBirthDate("2026-11-28", today)).toMatchObject({ ok: true });
    expect(parseBirthDate("2026-11-29", today)).toEqual({ ok: false, code: "date-in-future" });
  });

  test("accepts a child the day before the 18th birthday and refuses on it", () => {
    expect(parseBirthDate("2008-11-29", today)).toMatchObject({ ok: true });
    expect(parseBirthDate("2008-11-28", today)).toEqual({ ok: false, code: "not-a-minor" });
  });

  test("warns, without refusing, when the child is younger than four", () => {
    expect(parseBirthDate("2022-11-29", today)).toEqual({ ok: true, value: "2022-11-29", warnings: ["younger-than-four"] });
    expect(parseBirthDate("2022-11-28", today)).toEqual({ ok: true, value: "2022-11-28", warnings: [] });
  });

  test("throws for an invalid today, a programming error", () => {
    expect(() => parseBirthDate("2015-03-12", "28-11-2026")).toThrow(RangeError);
  });
});

describe("ageInYears", () => {
  test("a child born on 29 February is a year older on 1 March in a common year", () => {
    const birth = { year: 2008, month: 2, day: 29 };
    expect(ageInYears(birth, { year: 2026, month: 2, day: 28 })).toBe(17);
    expect(ageInYears(birth, { year: 2026, month: 3, day: 1 })).toBe(18);
  });
});

describe("parseBirthDate properties", () => {
  test("the ISO form and both Dutch forms of one date give the same result", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const pad = (n: number) => String(n).padStart(2, "0");
        const iso = parseBirthDate(`${year}-${pad(month)}-${pad(day)}`, today);
        expect(parseBirthDate(`${pad(day)}-${pad(month)}-${year}`, today)).toEqual(iso);
        expect(parseBirthDate(`${day}-${month}-${year}`, today)).toEqual(iso);
      }),
    );
  });
});
