import { renderAcknowledgement } from "../../shared";
import type { MailItem } from "./mailbox-port";
import { createServiceMarker } from "./service-marker";
import { acknowledgementsAmong, isOwnAcknowledgement, selectSignalItems } from "./signal-items";
import { PASSING_AUTHENTICATION, signalBody } from "../testing/signal-scenarios";

const mailbox = "hwc.deregenboog@gooisescholen.example";
const trusted = "handlewithcare@veiligthuisgv.example";
const trust = { senders: [trusted], today: "2026-11-28" };

function item(id: string, overrides: Partial<MailItem> & { subject?: string; html?: string; from?: string; conversationId?: string; internetMessageId?: string; headers?: { name: string; value: string }[]; marker?: string } = {}): MailItem {
  const from = overrides.from ?? trusted;
  return {
    id,
    folderId: overrides.folderId ?? "inbox-id",
    isDraft: overrides.isDraft ?? false,
    fromAddress: from,
    ...(overrides.marker ? { marker: overrides.marker } : {}),
    message: {
      from: { emailAddress: { address: from } },
      subject: overrides.subject ?? "Handle with Care",
      body: { contentType: "html", content: overrides.html ?? signalBody().html },
      hasAttachments: false,
      conversationId: overrides.conversationId ?? "conv-1",
      internetMessageId: overrides.internetMessageId ?? `<${id}@example>`,
      internetMessageHeaders: overrides.headers ?? [...PASSING_AUTHENTICATION],
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

test("our acknowledgement is recognised by a marker that verifies under the service key, never by a header or its text", () => {
  const marker = createServiceMarker("a-key-of-at-least-thirty-two-characters!", "mailbox-object-id");
  const ack = renderAcknowledgement({ receivedAt: "2026-11-28T06:40:00Z" });
  const marked = item("marked", { from: mailbox, subject: "RE: Handle with Care", html: "<p>quoted</p>", isDraft: true, marker: marker.valueFor("acknowledgement", "conv-1") });
  const sent = item("sent", { from: mailbox, subject: ack.subject, html: ack.html, marker: marker.valueFor("acknowledgement", "conv-1") });
  const byTemplate = item("template", { from: mailbox, subject: ack.subject, html: ack.html });
  const outsiderHeader = item("header", { from: "someone@example.org", subject: ack.subject, html: ack.html, headers: [{ name: "X-Handle-With-Care", value: "ack" }] });
  const otherKey = item("forged", { from: mailbox, subject: ack.subject, html: ack.html, marker: createServiceMarker("another-key-of-at-least-thirty-two-chars", "mailbox-object-id").valueFor("acknowledgement", "conv-1") });
  const copiedToAnotherConversation = item("copied", { conversationId: "conv-2", marker: marker.valueFor("acknowledgement", "conv-1") });
  expect([marked, sent].map((i) => isOwnAcknowledgement(i, marker))).toEqual([true, true]);
  expect([byTemplate, outsiderHeader, otherKey, copiedToAnotherConversation].map((i) => isOwnAcknowledgement(i, marker))).toEqual([false, false, false, false]);
  expect(acknowledgementsAmong([marked, sent, byTemplate, theSignal], marker)).toEqual({ sent: [sent], drafts: [marked] });
});

test("a marker of one mailbox does not verify in another, nor as another kind", () => {
  const here = createServiceMarker("a-key-of-at-least-thirty-two-characters!", "mailbox-a");
  const there = createServiceMarker("a-key-of-at-least-thirty-two-characters!", "mailbox-b");
  const notice = item("notice", { marker: here.valueFor("expiry-notice", "conv-1") });
  expect(there.kindOf(notice)).toBeUndefined();
  expect(here.kindOf(notice)).toBe("expiry-notice");
  expect(isOwnAcknowledgement(notice, here)).toBe(false);
  expect(here.kindOf(item("garbage", { marker: "acknowledgement.not-a-mac" }))).toBeUndefined();
});
