import { readSchoolHolidays } from "./school-holidays";
import { SHIPPED_SCHOOL_HOLIDAYS } from "./shipped-calendar";

test("reads UTC-midnight and Amsterdam-midnight instants as the same calendar dates", () => {
  const periods = readSchoolHolidays({
    content: [
      {
        schoolyear: "2026-2027 ",
        vacations: [
          {
            type: "Herfstvakantie ",
            compulsorydates: "false",
            regions: [
              { region: "noord", startdate: "2026-10-17T00:00:00.000Z", enddate: "2026-10-25T00:00:00.000Z" },
              { region: "midden", startdate: "2026-10-16T22:00:00.000Z", enddate: "2026-10-24T22:00:00.000Z" },
              { region: "heel Nederland", startdate: "2026-12-18T23:00:00.000Z", enddate: "2027-01-02T23:00:00.000Z" },
            ],
          },
        ],
      },
    ],
  });
  expect(periods).toEqual([
    { schoolYear: "2026-2027", type: "Herfstvakantie", region: "noord", start: "2026-10-17", end: "2026-10-25" },
    { schoolYear: "2026-2027", type: "Herfstvakantie", region: "midden", start: "2026-10-17", end: "2026-10-25" },
    { schoolYear: "2026-2027", type: "Herfstvakantie", region: undefined, start: "2026-12-19", end: "2027-01-03" },
  ]);
});

test("refuses an unknown region rather than guessing", () => {
  const data = { content: [{ schoolyear: "x", vacations: [{ type: "t", regions: [{ region: "oost", startdate: "2026-01-01T00:00:00Z", enddate: "2026-01-02T00:00:00Z" }] }] }] };
  expect(() => readSchoolHolidays(data)).toThrow(/unknown region/);
});

test("the shipped data holds five holidays per region for each of the two school years", () => {
  for (const schoolYear of ["2025-2026", "2026-2027"]) {
    for (const region of ["noord", "midden", "zuid"]) {
      const types = SHIPPED_SCHOOL_HOLIDAYS.filter((p) => p.schoolYear === schoolYear && (p.region ?? region) === region).map((p) => p.type);
      expect(types.sort()).toEqual(["Herfstvakantie", "Kerstvakantie", "Meivakantie", "Voorjaarsvakantie", "Zomervakantie"]);
    }
  }
});

test("the shipped 2026-2027 data has autumn noord 10-18 October, midden 17-25 October and Christmas 19 December to 3 January", () => {
  const find = (type: string, region: string | undefined) =>
    SHIPPED_SCHOOL_HOLIDAYS.find((p) => p.schoolYear === "2026-2027" && p.type === type && p.region === region);
  expect(find("Herfstvakantie", "noord")).toMatchObject({ start: "2026-10-10", end: "2026-10-18" });
  expect(find("Herfstvakantie", "midden")).toMatchObject({ start: "2026-10-17", end: "2026-10-25" });
  expect(find("Kerstvakantie", undefined)).toMatchObject({ start: "2026-12-19", end: "2027-01-03" });
});

test("every shipped holiday runs from a Saturday to a Sunday with the length the regulation gives it", () => {
  const expectedDays: Record<string, number> = { Herfstvakantie: 9, Kerstvakantie: 16, Voorjaarsvakantie: 9, Meivakantie: 9, Zomervakantie: 44 };
  for (const period of SHIPPED_SCHOOL_HOLIDAYS) {
    const start = Date.parse(`${period.start}T00:00:00Z`);
    const end = Date.parse(`${period.end}T00:00:00Z`);
    expect([period.type, new Date(start).getUTCDay(), new Date(end).getUTCDay()]).toEqual([period.type, 6, 0]);
    expect([period.type, (end - start) / 86_400_000 + 1]).toEqual([period.type, expectedDays[period.type]]);
  }
});
