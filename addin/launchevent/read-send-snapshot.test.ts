import { installOutlook, outlookState } from "../test-fixtures/outlook-mock";
import { readSendEnvelope, readSendSnapshot } from "./read-send-snapshot";

test("reads recipients and the marker header for the envelope, and not the subject", async () => {
  const state = outlookState({ to: ["hwc.hetkompas@gooisescholen.example"], cc: ["a@example.org"], headers: { "x-handle-with-care": "1" } });
  installOutlook(state);
  expect(await readSendEnvelope()).toEqual({ to: ["hwc.hetkompas@gooisescholen.example"], cc: ["a@example.org"], bcc: [], hasMarker: true });
  expect(state.calls).not.toContain("subject.getAsync");
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

test("a part Outlook cannot give is left out of the envelope, and the subject is read instead", async () => {
  installOutlook(outlookState({ to: ["a@example.org"], subject: "Overleg", failing: new Set(["internetHeaders.getAsync", "bcc.getAsync"]) }));
  expect(await readSendEnvelope()).toEqual({ to: ["a@example.org"], cc: [], bcc: undefined, hasMarker: undefined, subject: "Overleg" });
});

test("reads subject, HTML body, From and attachments for the snapshot", async () => {
  const state = outlookState({ subject: "Handle with Care", htmlBody: "<div>x</div>", attachments: [{ id: "a", isInline: true }] });
  installOutlook(state);
  const envelope = { to: [], cc: [], bcc: [], hasMarker: true };
  expect(await readSendSnapshot(envelope)).toEqual({
    ...envelope,
    subject: "Handle with Care",
    htmlBody: "<div>x</div>",
    bodyFormat: "html",
    from: "handlewithcare@veiligthuisgv.example",
    attachments: [{ id: "a", isInline: true }],
  });
  expect(state.calls).toContain("body.getAsync:html");
});

test("a plain-text draft is read as text", async () => {
  const state = outlookState({ bodyType: "text", htmlBody: "Fleur van Dijk\n12-03-2015\nHandle with Care" });
  installOutlook(state);
  const snapshot = await readSendSnapshot({ to: [], cc: [], bcc: [], hasMarker: true });
  expect(snapshot).toMatchObject({ bodyFormat: "text", htmlBody: "Fleur van Dijk\n12-03-2015\nHandle with Care" });
  expect(state.calls).toContain("body.getAsync:text");
});

test("recipients the envelope could not read are read again for the snapshot, and a second failure rejects", async () => {
  installOutlook(outlookState({ to: ["hwc.hetkompas@gooisescholen.example"] }));
  expect((await readSendSnapshot({ cc: [], bcc: [], hasMarker: false, subject: "Handle with Care" })).to).toEqual(["hwc.hetkompas@gooisescholen.example"]);
  installOutlook(outlookState({ failing: new Set(["to.getAsync"]) }));
  await expect(readSendSnapshot({ cc: [], bcc: [], hasMarker: false })).rejects.toMatchObject({ name: "OfficeCallError" });
});
