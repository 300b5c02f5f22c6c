import { DEMO_SCHOOLS } from "../test-fixtures/demo-register";
import { guardApplies } from "./signal-like";

const SCHOOL = "hwc.deregenboog@gooisescholen.example";
const complete = { to: ["collega@veiligthuisgv.example"], cc: [], bcc: [], hasMarker: false };

test("ordinary mail fully read does not concern the guard", () => {
  expect(guardApplies(complete, DEMO_SCHOOLS)).toBe(false);
});

test.each([
  ["the pane's marker", { ...complete, hasMarker: true }],
  ["a school HwC address in To", { ...complete, to: [SCHOOL] }],
  ["a school HwC address hidden in BCC, in other case", { ...complete, bcc: [SCHOOL.toUpperCase()] }],
  ["a school address while BCC cannot be read", { to: [SCHOOL], cc: [], hasMarker: false }],
])("the guard applies to a message with %s", (_case, reading) => {
  expect(guardApplies(reading, DEMO_SCHOOLS)).toBe(true);
});

test.each([
  ["the marker cannot be read", { to: ["collega@veiligthuisgv.example"], cc: [], bcc: [], subject: "Overleg" }],
  ["no recipient field can be read", { hasMarker: false, subject: "Overleg" }],
  ["nothing can be read at all", {}],
])("a read failure on ordinary mail lets it go: %s", (_case, reading) => {
  expect(guardApplies(reading, DEMO_SCHOOLS)).toBe(false);
});

test("when a part cannot be read, the signal's subject is enough to check the message", () => {
  expect(guardApplies({ to: ["privé@example.org"], cc: [], bcc: [], subject: " handle with care " }, DEMO_SCHOOLS)).toBe(true);
  expect(guardApplies({ ...complete, subject: "Handle with Care" }, DEMO_SCHOOLS)).toBe(false);
});
