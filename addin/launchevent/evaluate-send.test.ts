import { DEMO_SCHOOLS, SENDER_ADDRESS, TODAY } from "../test-fixtures/demo-register";
import { evaluateSend, type SendProblem } from "./evaluate-send";
import type { SendSnapshot } from "./send-snapshot";

// What Outlook hands back from body.getAsync(Html) after the pane inserted renderSignal's HTML.
const outlookHtml = (inner: string) =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">${inner}</body></html>`;
const SIGNAL_HTML = "<div>Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div>";

const signal: SendSnapshot = {
  subject: "Handle with Care",
  htmlBody: outlookHtml(SIGNAL_HTML),
  to: ["hwc.deregenboog@gooisescholen.example"],
  cc: [],
  bcc: [],
  from: SENDER_ADDRESS,
  attachments: [],
  hasMarker: true,
};

const options = { schools: DEMO_SCHOOLS, senderAddress: SENDER_ADDRESS, today: TODAY };

function problemsOf(snapshot: SendSnapshot): SendProblem[] {
  const decision = evaluateSend(snapshot, options);
  return decision.allow ? [] : decision.problems;
}

test("the signal exactly as the pane inserts it is allowed", () => {
  expect(evaluateSend(signal, options)).toEqual({ allow: true });
});

test("the From address is compared without regard to case", () => {
  expect(evaluateSend({ ...signal, from: "HandleWithCare@VeiligThuisGV.example" }, options)).toEqual({ allow: true });
});

test("ordinary mail to a colleague, with CC and attachments, is never blocked", () => {
  const ordinary: SendSnapshot = {
    subject: "Overleg dinsdag",
    htmlBody: outlookHtml('<div>Zie bijlage.</div><img src="cid:logo">'),
    to: ["collega@veiligthuisgv.example", "ander@example.org"],
    cc: ["m.devries@veiligthuisgv.example"],
    bcc: ["archief@veiligthuisgv.example"],
    from: "m.devries@veiligthuisgv.example",
    attachments: [{ isInline: false }, { isInline: true }],
    hasMarker: false,
  };
  expect(evaluateSend(ordinary, options)).toEqual({ allow: true });
});

test.each<[string, Partial<SendSnapshot>, SendProblem]>([
  ["extra text after the template", { htmlBody: outlookHtml(`${SIGNAL_HTML}<div>Vader is opgepakt</div>`) }, "notTemplate"],
  ["extra text inside a line", { htmlBody: outlookHtml("<div>Fleur van Dijk</div><div>12-03-2015 (broertje ook)</div><div>Handle with Care</div>") }, "notTemplate"],
  ["a second To recipient", { to: ["hwc.deregenboog@gooisescholen.example", "hwc.hetkompas@gooisescholen.example"] }, "recipientCount"],
  ["no To recipient", { to: [] }, "recipientCount"],
  ["a CC recipient", { cc: ["m.devries@veiligthuisgv.example"] }, "ccOrBcc"],
  ["a BCC recipient", { bcc: ["iemand@example.org"] }, "ccOrBcc"],
  ["an attachment", { attachments: [{ isInline: false }] }, "attachments"],
  ["an inline image attachment", { attachments: [{ isInline: true }] }, "attachments"],
  ["an inline image in the body", { htmlBody: outlookHtml(`${SIGNAL_HTML}<img src="cid:image001.png">`) }, "foreignContent"],
  ["an edited subject", { subject: "Handle with Care - Fleur" }, "notTemplate"],
  ["an empty subject", { subject: "" }, "notTemplate"],
  ["the caseworker's own From address", { from: "m.devries@veiligthuisgv.example" }, "wrongFrom"],
  ["a From the client cannot report", { from: undefined }, "wrongFrom"],
  ["a link injected into the body", { htmlBody: outlookHtml('<div><a href="https://example.org">Fleur van Dijk</a></div><div>12-03-2015</div><div>Handle with Care</div>') }, "foreignContent"],
  ["a tracking pixel styled into the body", { htmlBody: outlookHtml(`<div style="background:url(https://example.org/p.gif)">Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div>`) }, "foreignContent"],
  ["a script injected into the body", { htmlBody: outlookHtml(`${SIGNAL_HTML}<script>alert(1)</script>`) }, "foreignContent"],
  ["a birth date in the future", { htmlBody: outlookHtml("<div>Fleur van Dijk</div><div>12-03-2030</div><div>Handle with Care</div>") }, "notTemplate"],
  ["the marker with a recipient outside the register", { to: ["privé@example.org"] }, "recipientNotSchool"],
  ["a school that has not informed parents yet", { to: ["hwc.devlinder@gooisescholen.example"] }, "schoolNotSelectable"],
  ["a school that is no longer active", { to: ["hwc.lyceum@gooisescholen.example"] }, "schoolNotSelectable"],
])("blocks the signal with %s", (_scenario, tampering, expected) => {
  expect(problemsOf({ ...signal, ...tampering })).toContain(expected);
});

test("ordinary text to a school HwC address without the marker is still checked and blocked", () => {
  const toSchool: SendSnapshot = { ...signal, hasMarker: false, subject: "Vraag", htmlBody: outlookHtml("<div>Hoe gaat het met Fleur?</div>") };
  expect(problemsOf(toSchool)).toEqual(["notTemplate"]);
});

test("a school HwC address hidden in BCC of ordinary mail is caught", () => {
  const hidden: SendSnapshot = { ...signal, hasMarker: false, to: ["collega@veiligthuisgv.example"], bcc: ["hwc.hetkompas@gooisescholen.example"] };
  expect(problemsOf(hidden)).toEqual(expect.arrayContaining(["recipientNotSchool", "ccOrBcc"]));
});

test("every problem of a badly tampered message is reported at once", () => {
  const tampered: SendSnapshot = { ...signal, subject: "HwC", cc: ["a@example.org"], attachments: [{ isInline: false }], from: "m.devries@veiligthuisgv.example" };
  expect(problemsOf(tampered)).toEqual(["notTemplate", "ccOrBcc", "attachments", "wrongFrom"]);
});

describe("the school chosen in the pane (the marker's value)", () => {
  const chosen: SendSnapshot = { ...signal, chosenSchool: "hwc.deregenboog@gooisescholen.example" };

  test("the signal to the chosen school is allowed, whatever the case of either address", () => {
    expect(evaluateSend(chosen, options)).toEqual({ allow: true });
    expect(evaluateSend({ ...chosen, to: ["HWC.DeRegenboog@gooisescholen.example"] }, options)).toEqual({ allow: true });
  });

  test("another participating school typed in To is blocked", () => {
    expect(problemsOf({ ...chosen, to: ["hwc.hetkompas@gooisescholen.example"] })).toEqual(["notChosenSchool"]);
  });

  test("an address outside the register typed in To is blocked as not the chosen school", () => {
    expect(problemsOf({ ...chosen, to: ["privé@example.org"] })).toEqual(["notChosenSchool"]);
  });

  test("a marker from an earlier version of the pane names no school, so only the register rules apply", () => {
    expect(evaluateSend({ ...signal, to: ["hwc.hetkompas@gooisescholen.example"] }, options)).toEqual({ allow: true });
  });
});

test("a plain-text draft's signal is checked as text, and text added to it is blocked", () => {
  const text: SendSnapshot = { ...signal, bodyFormat: "text", htmlBody: "Fleur van Dijk\n12-03-2015\nHandle with Care" };
  expect(evaluateSend(text, options)).toEqual({ allow: true });
  expect(problemsOf({ ...text, htmlBody: "Fleur van Dijk\n12-03-2015\nHandle with Care\nVader is opgepakt" })).toEqual(["notTemplate"]);
});
