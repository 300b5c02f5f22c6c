import { renderAcknowledgement } from "../../shared";
import type { MailItem } from "./mailbox-port";
import { acknowledgementsAmong, isOwnAcknowledgement, selectSignalItems } from "./signal-items";
import { signalBody } from "../testing/signal-scenarios";

const mailbox = "hwc.deregenboog@gooisescholen.example";
const trusted = "handlewithcare@veiligthuisgv.example";
const trust = { senders: [trusted], today: "2026-11-28" };

function item(id: string, overrides: Partial<MailItem> & { subject?: string; html?: string; from?: string; conversationId?: string; internetMessageId?: string; headers?: { name: string; value: string }[] } = {}): MailItem {
  const from = overrides.from ?? trusted;
  return {
    id,
    folderId: overrides.folderId ?? "inbox-id",
    isDraft: overrides.isDraft ?? false,
    fromAddress: from,
    message: {
      from: { emailAddress: { address: from } },
      subject: overrides.subject ?? "Handle with Care",
      body: { contentType: "html", content: overrides.html ?? signalBody().html },
      hasAttachments: false,
      conversationId: overrides.conversationId ?? "conv-1",
      internetMessageId: overrides.internetMessageId ?? `<${id}@example>`,
      internetMessageHeaders: overrides.headers ?? [],
    },
  };
}

const theSignal = item("signal", { internetMessageId: "<signal@vt>" });

test("copies (same Internet message id) belong to the signal even in another conversation", () => {
  const copy = item("copy", { internetMessageId: "<signal@vt>", conversationId: "conv-other" });
  expect(selectSignalItems([theSignal, copy], theSignal, trust).map((i) => i.id)).toEqual(["signal", "copy"]);
});

test("replies and drafts in the conversation belong to the signal; mail in other conversations does not", () => {
  const reply = item("reply", { from: mailbox, subject: "RE: Handle with Care", html: "<p>Ontvangen</p>" });
  const draft = item("draft", { from: mailbox, isDraft: true, subject: "RE: Handle with Care" });
  const unrelated = item("unrelated", { conversationId: "conv-2", from: "someone@example.org" });
  expect(selectSignalItems([theSignal, reply, draft, unrelated], theSignal, trust).map((i) => i.id)).toEqual(["signal", "reply", "draft"]);
});

test("another child's signal sharing the conversation is not part of this one", () => {
  const other = item("other-signal", { internetMessageId: "<other@vt>", html: signalBody("Pieter Anders", "2015-01-02").html });
  expect(selectSignalItems([theSignal, other], theSignal, trust).map((i) => i.id)).toEqual(["signal"]);
});

test("our acknowledgement is recognised by its marker header, or by its template when sent from the mailbox", () => {
  const ack = renderAcknowledgement({ receivedAt: "2026-11-28T06:40:00Z" });
  const marked = item("marked", { from: mailbox, subject: "RE: Handle with Care", html: "<p>quoted</p>", headers: [{ name: "X-Handle-With-Care", value: "ack" }], isDraft: true });
  const byTemplate = item("template", { from: mailbox, subject: ack.subject, html: ack.html });
  const fromElsewhere = item("elsewhere", { from: "someone@example.org", subject: ack.subject, html: ack.html });
  expect(isOwnAcknowledgement(marked, mailbox)).toBe(true);
  expect(isOwnAcknowledgement(byTemplate, mailbox)).toBe(true);
  expect(isOwnAcknowledgement(fromElsewhere, mailbox)).toBe(false);
  expect(acknowledgementsAmong([marked, byTemplate, theSignal], mailbox)).toEqual({ sent: [byTemplate], drafts: [marked] });
});
