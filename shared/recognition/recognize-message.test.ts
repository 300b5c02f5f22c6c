import { receiptLine } from "../acknowledgement/receipt-line";
import { renderAcknowledgement, renderExpiryNotice, renderNotice } from "../acknowledgement/render-acknowledgement";
import { domainMessages } from "../messages/domain";
import type { InboundMessage } from "./inbound-message";
import { recognizeMessage } from "./recognize-message";

const VEILIG_THUIS = "handlewithcare@veiligthuisgv.example";
const trust = { senders: [VEILIG_THUIS], today: "2026-11-28" };
const RENDERED = "<div>Marieke de Vries</div><div>12-03-2015</div><div>Handle with Care</div>";

function signalMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    from: { emailAddress: { address: VEILIG_THUIS, name: "Veilig Thuis Handle with Care" } },
    subject: "Handle with Care",
    body: { contentType: "html", content: RENDERED },
    hasAttachments: false,
    internetMessageHeaders: [
      { name: "Authentication-Results", value: "spf=pass (sender IP is 40.107.1.2) smtp.mailfrom=veiligthuisgv.example; dkim=pass; dmarc=pass action=none" },
    ],
    conversationId: "AAQkAD",
    internetMessageId: "<1@veiligthuisgv.example>",
    ...overrides,
  };
}

test("a template message from the trusted sender is a signal", () => {
  expect(recognizeMessage(signalMessage(), trust)).toEqual({ kind: "signal", childName: "Marieke de Vries", birthDate: "2015-03-12" });
});

test("the sender comparison ignores case", () => {
  const message = signalMessage({ from: { emailAddress: { address: "HandleWithCare@VeiligThuisGV.example" } } });
  expect(recognizeMessage(message, trust)).toMatchObject({ kind: "signal" });
});

test("the same template from another sender is unrelated", () => {
  const message = signalMessage({ from: { emailAddress: { address: "m.devries@veiligthuisgv.example" } } });
  expect(recognizeMessage(message, trust)).toEqual({ kind: "unrelated", reason: "sender-not-trusted" });
});

test("a message without a sender is unrelated", () => {
  expect(recognizeMessage(signalMessage({ from: null }), trust)).toEqual({ kind: "unrelated", reason: "sender-not-trusted" });
});

test.each([["dmarc=fail action=quarantine"], ["spf=fail (sender IP is 1.2.3.4) smtp.mailfrom=veiligthuisgv.example"]])(
  "a failed sender authentication (%s) makes it unrelated",
  (value) => {
    const message = signalMessage({ internetMessageHeaders: [{ name: "authentication-results", value }] });
    expect(recognizeMessage(message, trust)).toEqual({ kind: "unrelated", reason: "sender-authentication-failed" });
  },
);

test("attachments make it unrelated", () => {
  expect(recognizeMessage(signalMessage({ hasAttachments: true }), trust)).toEqual({ kind: "unrelated", reason: "has-attachments" });
});

test("an unknown attachment state is not trusted", () => {
  expect(recognizeMessage(signalMessage({ hasAttachments: undefined }), trust)).toEqual({ kind: "unrelated", reason: "attachments-unknown" });
});

test("a trailing disclaimer makes it unrelated", () => {
  const body = { contentType: "html" as const, content: `${RENDERED}<div>Disclaimer: dit bericht is vertrouwelijk.</div>` };
  expect(recognizeMessage(signalMessage({ body }), trust)).toEqual({ kind: "unrelated", reason: "body-not-three-lines" });
});

test("a reply to the signal is unrelated", () => {
  expect(recognizeMessage(signalMessage({ subject: "RE: Handle with Care" }), trust)).toEqual({ kind: "unrelated", reason: "subject-not-template" });
});

test("today feeds the date rules", () => {
  expect(recognizeMessage(signalMessage(), { ...trust, today: "2033-03-12" })).toEqual({ kind: "unrelated", reason: "body-date-invalid" });
});

test("today defaults to the current date", () => {
  expect(recognizeMessage(signalMessage(), { senders: [VEILIG_THUIS] })).toMatchObject({ kind: "signal" });
});

// Today's acknowledgement is Dutch; earlier versions sent an English one to functionaries with an English browser.
const earlierEnglishAcknowledgement = (receivedAt: string) => renderNotice([domainMessages.en.acknowledgementLine, receiptLine(receivedAt, "en")]);

test.each([
  ["Dutch", renderAcknowledgement],
  ["earlier English", (options: { receivedAt: string }) => earlierEnglishAcknowledgement(options.receivedAt)],
])("a %s acknowledgement is recognised whoever sent it", (_language, render) => {
  const rendered = render({ receivedAt: "2026-11-28T07:05:00Z" });
  const message: InboundMessage = {
    from: { emailAddress: { address: "hwc.deregenboog@gooisescholen.example" } },
    subject: rendered.subject,
    body: { contentType: "html", content: `<html><body><div dir="ltr">${rendered.html}</div></body></html>` },
    hasAttachments: false,
  };
  expect(recognizeMessage(message, trust)).toEqual({ kind: "acknowledgement" });
});

test("an expiry notice is recognised as an acknowledgement", () => {
  const rendered = renderExpiryNotice({ receivedAt: "2026-11-28T07:05:00Z" });
  const message: InboundMessage = { subject: rendered.subject, body: { contentType: "text", content: rendered.text }, hasAttachments: false };
  expect(recognizeMessage(message, trust)).toEqual({ kind: "acknowledgement" });
});

test("an acknowledgement with a quoted original below it is unrelated", () => {
  const rendered = renderAcknowledgement({ receivedAt: "2026-11-28T07:05:00Z" });
  const message: InboundMessage = {
    from: { emailAddress: { address: VEILIG_THUIS } },
    subject: rendered.subject,
    body: { contentType: "text", content: `${rendered.text}\n\nFrom: Veilig Thuis\nMarieke de Vries` },
    hasAttachments: false,
  };
  expect(recognizeMessage(message, trust)).toMatchObject({ kind: "unrelated" });
});

test("an ordinary message is unrelated", () => {
  const message: InboundMessage = {
    from: { emailAddress: { address: "ouder@example.nl" } },
    subject: "Ziekmelding",
    body: { contentType: "text", content: "Pim is vandaag ziek." },
    hasAttachments: false,
  };
  expect(recognizeMessage(message, trust)).toEqual({ kind: "unrelated", reason: "sender-not-trusted" });
});
