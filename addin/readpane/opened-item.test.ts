import { installOutlook, outlookState } from "../test-fixtures/outlook-mock";
import { readOpenedItem } from "./opened-item";

function readItem(subject: string, htmlBody: string) {
  const state = outlookState({ htmlBody });
  installOutlook(state);
  (Office.context.mailbox.item as unknown as { subject: string }).subject = subject;
}

test("a delivered signal is recognised with its name and birth date", async () => {
  readItem("Handle with Care", "<html><body><div>Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div></body></html>");
  expect(await readOpenedItem("2026-11-27")).toEqual({ kind: "signal", signal: { childName: "Fleur van Dijk", birthDate: "2015-03-12" } });
});

test("ordinary mail in the HwC mailbox is not a signal", async () => {
  readItem("Rooster volgende week", "<div>Zie bijlage</div>");
  expect(await readOpenedItem("2026-11-27")).toEqual({ kind: "not-a-signal" });
});

test("an item whose body cannot be read is reported as unreadable", async () => {
  const state = outlookState({ failing: new Set(["body.getAsync:html"]) });
  installOutlook(state);
  (Office.context.mailbox.item as unknown as { subject: string }).subject = "Handle with Care";
  expect(await readOpenedItem("2026-11-27")).toEqual({ kind: "unreadable" });
});
