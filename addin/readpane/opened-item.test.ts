import { installOutlook, outlookState, type OutlookState } from "../test-fixtures/outlook-mock";
import { readOpenedItem } from "./opened-item";

const SIGNAL_BODY = "<html><body><div>Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div></body></html>";
const trust = { senders: ["handlewithcare@veiligthuisgv.example"], schoolAddresses: ["hwc.deregenboog@gooisescholen.example"], today: "2026-11-27" };

function openItem(subject: string, overrides: Partial<OutlookState> = {}): OutlookState {
  const state = outlookState({ htmlBody: SIGNAL_BODY, ...overrides });
  installOutlook(state);
  (Office.context.mailbox.item as unknown as { subject: string }).subject = subject;
  return state;
}

test("a delivered signal from the registered sender, authenticated, is recognised with its name and birth date", async () => {
  const state = openItem("Handle with Care");
  expect(await readOpenedItem(trust)).toEqual({ kind: "signal", signal: { childName: "Fleur van Dijk", birthDate: "2015-03-12" } });
  expect(state.calls).toContain("getAllInternetHeadersAsync");
});

test("ordinary mail in the HwC mailbox is not a signal, and its headers are not even read", async () => {
  const state = openItem("Rooster volgende week", { htmlBody: "<div>Zie bijlage</div>" });
  expect(await readOpenedItem(trust)).toEqual({ kind: "not-a-signal" });
  expect(state.calls).not.toContain("getAllInternetHeadersAsync");
});

test("the exact template from another sender is an imitation: no name, no button", async () => {
  openItem("Handle with Care", { readFrom: "handlewithcare@veiligthuisgv-example.com" });
  expect(await readOpenedItem(trust)).toEqual({ kind: "imitation" });
});

test("the exact template whose sender authentication failed is an imitation", async () => {
  openItem("Handle with Care", { internetHeaderBlock: "Authentication-Results: spf=fail (sender IP is 1.2.3.4)\r\n smtp.mailfrom=veiligthuisgv.example; dmarc=fail action=quarantine\r\n\r\n" });
  expect(await readOpenedItem(trust)).toEqual({ kind: "imitation" });
});

test("an inline image makes the template an imitation: attachments are counted, inline included", async () => {
  openItem("Handle with Care", { readAttachments: [{ id: "img", isInline: true }] });
  expect(await readOpenedItem(trust)).toEqual({ kind: "imitation" });
});

test("when this Outlook cannot read the headers, nothing is trusted and the pane says what to do", async () => {
  openItem("Handle with Care", { failing: new Set(["getAllInternetHeadersAsync"]) });
  expect(await readOpenedItem(trust)).toEqual({ kind: "not-verified", onPhone: false });
  openItem("Handle with Care", { mailboxVersion: "1.7" });
  expect(await readOpenedItem(trust)).toEqual({ kind: "not-verified", onPhone: false });
});

test("on a phone in the school's own mailbox, without getAllInternetHeadersAsync, the signal is not verified", async () => {
  openItem("Handle with Care", { platform: "iOS", hostName: "OutlookIOS", mailboxVersion: "1.5", userAddress: "hwc.deregenboog@gooisescholen.example" });
  expect(await readOpenedItem(trust)).toEqual({ kind: "not-verified", onPhone: true });
});

test("on a phone, a signal outside the signed-in HwC mailbox says plainly that the phone cannot act there", async () => {
  openItem("Handle with Care", { platform: "Android", hostName: "OutlookAndroid", mailboxVersion: "1.5", userAddress: "j.bakker@gooisescholen.example" });
  expect(await readOpenedItem(trust)).toEqual({ kind: "phone-shared-mailbox" });
});

test("an item whose body cannot be read is reported as unreadable", async () => {
  openItem("Handle with Care", { failing: new Set(["body.getAsync:html"]) });
  expect(await readOpenedItem(trust)).toEqual({ kind: "unreadable" });
});
