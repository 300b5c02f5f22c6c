import { parseSignalInput } from "./parse-signal-input";

const options = { today: "2026-11-28" };

test("returns the signal and no warnings for valid input", () => {
  expect(parseSignalInput({ childName: "Marieke de Vries", birthDate: "12-03-2015" }, options)).toEqual({
    ok: true,
    value: { childName: "Marieke de Vries", birthDate: "2015-03-12" },
    warnings: [],
  });
});

test("reports both fields at once when both are wrong", () => {
  expect(parseSignalInput({ childName: "M", birthDate: "31-02-2015" }, options)).toEqual({
    ok: false,
    errors: [
      { field: "childName", code: "name-too-short" },
      { field: "birthDate", code: "date-not-real" },
    ],
  });
});

test("carries the younger-than-four warning beside the value", () => {
  const result = parseSignalInput({ childName: "Bo Jansen", birthDate: "01-01-2025" }, options);
  expect(result).toMatchObject({ ok: true, warnings: ["younger-than-four"] });
});

test("errors never echo the typed values", () => {
  const result = parseSignalInput({ childName: "Canary Naam1", birthDate: "31-02-2019" }, options);
  const serialized = JSON.stringify(result);
  expect(serialized).not.toContain("Canary");
  expect(serialized).not.toContain("2019");
});
