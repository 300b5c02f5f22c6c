import demoRegister from "../../config/school-register.json";
import { parseSchoolRegister } from "./parse-school-register";
import type { School } from "./school";
import { findSchoolByHwcAddress, isSchoolSelectable, schoolNamedExactly, searchSchools } from "./select-schools";

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

test("a school's full name, typed in any case, with or without its place or the whole option text, names it", () => {
  for (const typed of ["De Regenboog", "de regenboog ", "De  Regenboog Hilversum", "De Regenboog, Hilversum", "de regenboog, hilversum (brin 12ab)"]) {
    expect(schoolNamedExactly(schools, typed, today)?.id).toBe("regenboog-hilversum");
  }
});

test("part of a name, a school that is not selectable, or a name two schools share names none", () => {
  expect(schoolNamedExactly(schools, "Regenboog", today)).toBeUndefined();
  expect(schoolNamedExactly(schools, "De Vlinder", today)).toBeUndefined();
  expect(schoolNamedExactly(schools, "", today)).toBeUndefined();
  const regenboog = schools.find((school) => school.id === "regenboog-hilversum");
  if (!regenboog) throw new Error("missing");
  const twoRegenboogs = [...schools, { ...regenboog, id: "regenboog-huizen", place: "Huizen", brin: "99ZZ", hwcAddress: "hwc.regenboog-huizen@gooisescholen.example" }];
  expect(schoolNamedExactly(twoRegenboogs, "De Regenboog", today)).toBeUndefined();
  expect(schoolNamedExactly(twoRegenboogs, "De Regenboog, Huizen", today)?.id).toBe("regenboog-huizen");
});
