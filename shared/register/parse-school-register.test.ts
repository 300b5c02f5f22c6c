import demoRegister from "../../config/school-register.json";
import { parseSchoolRegister } from "./parse-school-register";

const valid = {
  id: "regenboog-hilversum",
  name: "De Regenboog",
  brin: "12AB",
  place: "Hilversum",
  hwcAddress: "hwc.deregenboog@gooisescholen.example",
  region: "noord",
  parentsInformedOn: "2025-08-25",
  active: true,
};

test("the shipped demo register is valid and holds four schools", () => {
  const result = parseSchoolRegister(demoRegister);
  expect(result.ok).toBe(true);
  expect(result.ok && result.value.map((school) => school.id)).toEqual(["regenboog-hilversum", "kompas-huizen", "vlinder-weesp", "lyceum-blaricum"]);
});

test("lower-cases the HwC address", () => {
  const result = parseSchoolRegister([{ ...valid, hwcAddress: "HWC.DeRegenboog@GooiseScholen.example" }]);
  expect(result.ok && result.value[0]?.hwcAddress).toBe("hwc.deregenboog@gooisescholen.example");
});

test("accepts a BRIN with a two-digit vestiging", () => {
  expect(parseSchoolRegister([{ ...valid, brin: "34CD01" }]).ok).toBe(true);
});

test("reports every invalid row at once with 1-based row numbers", () => {
  const result = parseSchoolRegister([
    { ...valid, brin: "12A" },
    valid,
    { ...valid, id: "Kompas Huizen", hwcAddress: "geen-adres", region: "oost", parentsInformedOn: "2025-02-30", active: "ja" },
  ]);
  expect(result).toEqual({
    ok: false,
    errors: [
      { row: 1, field: "brin", code: "register-brin-format" },
      { row: 3, field: "id", code: "register-id-format" },
      { row: 3, field: "hwcAddress", code: "register-email-format" },
      { row: 3, field: "region", code: "register-region-unknown" },
      { row: 3, field: "parentsInformedOn", code: "register-date-invalid" },
      { row: 3, field: "active", code: "register-active-invalid" },
    ],
  });
});

test("reports missing and unknown fields", () => {
  const { name: _name, ...withoutName } = valid;
  expect(parseSchoolRegister([{ ...withoutName, email: "x" }])).toEqual({
    ok: false,
    errors: [
      { row: 1, field: "name", code: "register-required" },
      { row: 1, field: "email", code: "register-unknown-field" },
    ],
  });
});

test("reports duplicate ids, addresses and BRIN numbers", () => {
  const result = parseSchoolRegister([valid, { ...valid, name: "Andere school" }]);
  expect(result).toEqual({
    ok: false,
    errors: [
      { row: 2, field: "id", code: "register-duplicate" },
      { row: 2, field: "hwcAddress", code: "register-duplicate" },
      { row: 2, field: "brin", code: "register-duplicate" },
    ],
  });
});

test("refuses a document that is not a list", () => {
  expect(parseSchoolRegister({ schools: [] })).toEqual({ ok: false, errors: [{ row: 0, field: "", code: "register-not-a-list" }] });
});
