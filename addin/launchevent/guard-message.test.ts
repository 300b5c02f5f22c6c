import { guardErrorMessage } from "./guard-message";

test("the block message is Dutch, names what to fix, and fits Outlook's 500 characters", () => {
  const message = guardErrorMessage(["notTemplate", "recipientCount", "ccOrBcc", "attachments", "wrongFrom", "foreignContent", "schoolNotSelectable", "recipientNotSchool"], "nl", "handlewithcare@veiligthuisgv.example");
  expect(message.startsWith("Handle with Care: niet verzonden.")).toBe(true);
  expect(message.length).toBeLessThanOrEqual(500);
});

test("the wrong-From line says which address to choose", () => {
  expect(guardErrorMessage(["wrongFrom"], "nl", "handlewithcare@veiligthuisgv.example")).toContain('handlewithcare@veiligthuisgv.example: kies dat adres bij "Van"');
});

test("an English Outlook gets the English message", () => {
  expect(guardErrorMessage(["ccOrBcc"], "en", "x@example.org")).toBe("Handle with Care: not sent. Remove all Cc and Bcc recipients.");
});
