// The demo school register (the brief's demo tenant), parsed like the build parses config/school-register.json.
import { parseSchoolRegister } from "../../shared/register/parse-school-register";
import type { School } from "../../shared/register/school";

export const DEMO_REGISTER_JSON = [
  {
    id: "regenboog-hilversum",
    name: "De Regenboog",
    brin: "12AB",
    place: "Hilversum",
    hwcAddress: "hwc.deregenboog@gooisescholen.example",
    region: "noord",
    parentsInformedOn: "2025-08-25",
    active: true,
  },
  {
    id: "kompas-huizen",
    name: "Het Kompas",
    brin: "34CD01",
    place: "Huizen",
    hwcAddress: "hwc.hetkompas@gooisescholen.example",
    region: "noord",
    parentsInformedOn: "2025-09-01",
    active: true,
  },
  {
    id: "vlinder-weesp",
    name: "De Vlinder",
    brin: "56EF",
    place: "Weesp",
    hwcAddress: "hwc.devlinder@gooisescholen.example",
    region: "noord",
    parentsInformedOn: "2027-03-01",
    active: true,
  },
  {
    id: "lyceum-blaricum",
    name: "'t Gooise Lyceum",
    brin: "78GH",
    place: "Blaricum",
    hwcAddress: "hwc.lyceum@gooisescholen.example",
    region: "noord",
    parentsInformedOn: "2025-08-25",
    active: false,
  },
];

function parseDemoRegister(): School[] {
  const parsed = parseSchoolRegister(DEMO_REGISTER_JSON);
  if (!parsed.ok) throw new Error(`The demo register fixture is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

export const DEMO_SCHOOLS: readonly School[] = parseDemoRegister();
export const SENDER_ADDRESS = "handlewithcare@veiligthuisgv.example";
export const TODAY = "2026-11-27";
