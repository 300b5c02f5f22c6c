import demoRegister from "../../config/school-register.json";
import { parseSchoolRegister } from "./parse-school-register";
import type { School } from "./school";
import { findSchoolByHwcAddress, isSchoolSelectable, searchSchools } from "./select-schools";

const parsed = parseSchoolRegister(demoRegister);
if (!parsed.ok) throw new Error("demo register must be valid");
const schools: School[] = parsed.value;
const today = { today: "2026-11-28" };
const ids = (found: School[]) => found.map((school) => school.id);

test("a school is selectable from its parentsInformedOn date, not before", () => {
  const vlinder = schools.find((school) => school.id === "vlinder-weesp");
  if (!vlinder) throw new Error("missing");
  expect(isSchoolSelectable(vlinder, "2027-02-28")).toBe(false);
  expect(isSchoolSelectable(vlinder, "2027-03-01")).toBe(true);
});

test("an inactive school is never selectable", () => {
  const lyceum = schools.find((school) => school.id === "lyceum-blaricum");
  expect(lyceum && isSchoolSelectable(lyceum, "2026-11-28")).toBe(false);
});

test("an empty query lists the selectable schools by name", () => {
  expect(ids(searchSchools(schools, "", today))).toEqual(["regenboog-hilversum", "kompas-huizen"]);
});

test("searches name, place and BRIN ignoring case", () => {
  expect(ids(searchSchools(schools, "REGENBOOG", today))).toEqual(["regenboog-hilversum"]);
  expect(ids(searchSchools(schools, "huizen", today))).toEqual(["kompas-huizen"]);
  expect(ids(searchSchools(schools, "34cd", today))).toEqual(["kompas-huizen"]);
});

test("ignores diacritics and word order", () => {
  expect(ids(searchSchools(schools, "hílversum régenboog", today))).toEqual(["regenboog-hilversum"]);
});

test("never returns a school that is not yet selectable or inactive", () => {
  expect(searchSchools(schools, "weesp", today)).toEqual([]);
  expect(searchSchools(schools, "lyceum", today)).toEqual([]);
});

test("finds a school by its HwC address ignoring case, selectable or not", () => {
  expect(findSchoolByHwcAddress(schools, " HWC.Lyceum@gooisescholen.example ")?.id).toBe("lyceum-blaricum");
  expect(findSchoolByHwcAddress(schools, "handlewithcare@veiligthuisgv.example")).toBeUndefined();
});
