import type { Signal } from "../../shared/signal/types";
import { DEMO_SCHOOLS, SENDER_ADDRESS } from "../test-fixtures/demo-register";
import { installOutlook, outlookState, type OutlookState } from "../test-fixtures/outlook-mock";
import { insertSignal } from "./insert-signal";

const school = DEMO_SCHOOLS.find((candidate) => candidate.id === "regenboog-hilversum")!;
const signal = { childName: "Fleur van Dijk", birthDate: "2015-03-12" } as unknown as Signal;

function draft(overrides: Partial<OutlookState> = {}): OutlookState {
  const state = outlookState({
    to: ["iemand@example.org"],
    cc: ["collega@veiligthuisgv.example"],
    bcc: ["archief@veiligthuisgv.example"],
    subject: "Concept",
    attachments: [{ id: "att-1", isInline: false }, { id: "img-1", isInline: true }],
    ...overrides,
  });
  installOutlook(state);
  return state;
}

test("the draft becomes exactly the signal: one recipient, no CC or BCC, template subject and body", async () => {
  const state = draft();
  await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS });
  expect(state.to).toEqual(["hwc.deregenboog@gooisescholen.example"]);
  expect(state.cc).toEqual([]);
  expect(state.bcc).toEqual([]);
  expect(state.subject).toBe("Handle with Care");
  expect(state.htmlBody).toBe("<div>Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div>");
});

test("the whole body is replaced as HTML, the signature included, without touching the account's signature setting", async () => {
  const state = draft();
  await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS });
  expect(state.calls).toContain("body.setAsync:html");
  expect(state.htmlBody).not.toContain("Marieke");
  // disableClientSignatureAsync sets the account's signature to "(none)" for good on classic Windows and Mac.
  expect(state.calls).not.toContain("disableClientSignatureAsync");
  expect(state.signatureDisabled).toBe(false);
});

test("a plain-text draft gets the signal as plain text, in the draft's own format", async () => {
  const state = draft({ bodyType: "text", htmlBody: "Met vriendelijke groet,\nMarieke de Vries" });
  await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS });
  expect(state.calls).toContain("body.getTypeAsync");
  expect(state.calls).not.toContain("body.setAsync:html");
  expect(state.htmlBody).toBe("Fleur van Dijk\n12-03-2015\nHandle with Care");
});

test("a failure halfway puts the draft back as it was, unmarked", async () => {
  const state = draft({ failingOnce: new Set(["subject.setAsync"]) });
  await expect(insertSignal({ school, signal, senderAddress: SENDER_ADDRESS })).rejects.toMatchObject({ name: "OfficeCallError" });
  expect(state.to).toEqual(["iemand@example.org"]);
  expect(state.cc).toEqual(["collega@veiligthuisgv.example"]);
  expect(state.bcc).toEqual(["archief@veiligthuisgv.example"]);
  expect(state.subject).toBe("Concept");
  expect(state.htmlBody).toBe("<div>Met vriendelijke groet,</div><div>Marieke de Vries</div>");
  expect(state.headers).toEqual({});
});

test("when the draft cannot be put back, it stays marked so the send guard keeps checking it", async () => {
  const state = draft({ failing: new Set(["body.setAsync:html"]) });
  await expect(insertSignal({ school, signal, senderAddress: SENDER_ADDRESS })).rejects.toMatchObject({ name: "OfficeCallError" });
  expect(state.headers).toEqual({ "x-handle-with-care": "hwc.deregenboog@gooisescholen.example" });
});

test("a draft that cannot be read is not changed at all", async () => {
  const state = draft({ failing: new Set(["to.getAsync"]) });
  await expect(insertSignal({ school, signal, senderAddress: SENDER_ADDRESS })).rejects.toMatchObject({ name: "OfficeCallError" });
  expect(state.calls.filter((call) => call.includes("set") || call.includes("remove"))).toEqual([]);
});

test("a client without Mailbox 1.12 runs no send guard, so nothing is inserted", async () => {
  const state = draft({ mailboxVersion: "1.11" });
  await expect(insertSignal({ school, signal, senderAddress: SENDER_ADDRESS })).rejects.toMatchObject({ name: "SendGuardUnavailableError" });
  expect(state.calls).toEqual([]);
  expect(state.subject).toBe("Concept");
});

test("the marker header, holding the chosen school's HwC address and nothing personal, is set before anything is changed", async () => {
  const state = draft();
  await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS });
  expect(state.headers).toEqual({ "x-handle-with-care": "hwc.deregenboog@gooisescholen.example" });
  expect(state.calls.find((call) => call.includes("setAsync"))).toBe("internetHeaders.setAsync");
});

test("attachments are removed", async () => {
  const state = draft();
  const outcome = await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS });
  expect(state.attachments).toEqual([]);
  expect(outcome.attachmentsLeft).toBe(false);
});

test("an attachment Outlook will not remove is reported, not hidden", async () => {
  draft({ stuckAttachments: new Set(["img-1"]) });
  const outcome = await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS });
  expect(outcome.attachmentsLeft).toBe(true);
});

test("a From that is not the Veilig Thuis HwC mailbox is reported", async () => {
  draft({ from: "m.devries@veiligthuisgv.example" });
  expect((await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS })).from).toBe("wrong");
});

test("the right From is recognised regardless of case", async () => {
  draft({ from: "HandleWithCare@veiligthuisgv.example" });
  expect((await insertSignal({ school, signal, senderAddress: SENDER_ADDRESS })).from).toBe("ok");
});

test("a failing Office call rejects, so the pane can say inserting failed", async () => {
  draft({ failing: new Set(["body.setAsync:html"]) });
  await expect(insertSignal({ school, signal, senderAddress: SENDER_ADDRESS })).rejects.toMatchObject({ name: "OfficeCallError", code: 9002 });
});
