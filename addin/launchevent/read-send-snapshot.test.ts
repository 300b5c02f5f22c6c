import { installOutlook, outlookState } from "../test-fixtures/outlook-mock";
import { readSendEnvelope, readSendSnapshot } from "./read-send-snapshot";

test("reads recipients and the marker header for the envelope", async () => {
  installOutlook(outlookState({ to: ["hwc.hetkompas@gooisescholen.example"], cc: ["a@example.org"], headers: { "x-handle-with-care": "1" } }));
  expect(await readSendEnvelope()).toEqual({ to: ["hwc.hetkompas@gooisescholen.example"], cc: ["a@example.org"], bcc: [], hasMarker: true });
});

test("the marker's value is the school chosen in the pane", async () => {
  installOutlook(outlookState({ to: ["hwc.hetkompas@gooisescholen.example"], headers: { "x-handle-with-care": "HWC.DeRegenboog@gooisescholen.example" } }));
  expect(await readSendEnvelope()).toEqual({
    to: ["hwc.hetkompas@gooisescholen.example"],
    cc: [],
    bcc: [],
    hasMarker: true,
    chosenSchool: "hwc.deregenboog@gooisescholen.example",
  });
});

test("a message without the marker reads as unmarked", async () => {
  installOutlook(outlookState());
  expect((await readSendEnvelope()).hasMarker).toBe(false);
});

test("reads subject, HTML body, From and attachments for the snapshot", async () => {
  const state = outlookState({ subject: "Handle with Care", htmlBody: "<div>x</div>", attachments: [{ id: "a", isInline: true }] });
  installOutlook(state);
  const envelope = { to: [], cc: [], bcc: [], hasMarker: true };
  expect(await readSendSnapshot(envelope)).toEqual({
    ...envelope,
    subject: "Handle with Care",
    htmlBody: "<div>x</div>",
    from: "handlewithcare@veiligthuisgv.example",
    attachments: [{ id: "a", isInline: true }],
  });
  expect(state.calls).toContain("body.getAsync:html");
});
