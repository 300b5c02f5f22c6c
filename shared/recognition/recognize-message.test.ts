import { receiptLine } from "../acknowledgement/receipt-line";
import { renderAcknowledgement, renderExpiryNotice, renderNotice } from "../acknowledgement/render-acknowledgement";
import { domainMessages } from "../messages/domain";
import type { InboundMessage } from "./inbound-message";
import { recognizeMessage } from "./recognize-message";

const VEILIG_THUIS = "handlewithcare@veiligthuisgv.example";
const trust = { senders: [VEILIG_THUIS], today: "2026-11-28" };
const PASS =
  "spf=pass (sender IP is 40.107.22.54) smtp.mailfrom=veiligthuisgv.example; dkim=pass (signature was verified) header.d=veiligthuisgv.example;dmarc=pass action=none header.from=veiligthuisgv.example;compauth=pass reason=100";
const RENDERED = "<div>Marieke de Vries</div><div>12-03-2015</div><div>Handle with Care</div>";

function signalMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    from: { emailAddress: { address: VEILIG_THUIS, name: "Veilig Thuis Handle with Care" } },
    subject: "Handle with Care",
    body: { contentType: "html", content: RENDERED },
    hasAttachments: false,
    internetMessageHeaders: [
      { name: "Received", value: "from EUR05-AM6-obe.outbound.protection.outlook.com (40.107.22.54)" },
      { name: "Authentication-Results", value: PASS },
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

const authentication = (...values: string[]) => signalMessage({ internetMessageHeaders: values.map((value) => ({ name: "Authentication-Results", value })) });
const FAIL = "spf=fail (sender IP is 203.0.113.77) smtp.mailfrom=veiligthuisgv.example; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=veiligthuisgv.example;compauth=fail reason=000";

describe("sender authentication fails closed: only the receiving organisation's top-most verdict counts", () => {
  test.each([
    ["a gateway in front of Exchange (spf=fail, dmarc=pass through DKIM)", "spf=fail (sender IP is 198.51.100.20; identity alignment result is pass and alignment mode is relaxed) smtp.mailfrom=veiligthuisgv.example; dkim=pass (signature was verified) header.d=veiligthuisgv.example;dmarc=pass action=none header.from=veiligthuisgv.example;compauth=pass reason=100"],
    ["ARC vouching for a forward (dmarc=fail, compauth=pass reason=130)", "spf=fail (sender IP is 192.0.2.14) smtp.mailfrom=lists.example.org; dkim=fail (body hash did not verify) header.d=veiligthuisgv.example;dmarc=fail action=none header.from=veiligthuisgv.example;compauth=pass reason=130"],
    ["an authserv-id in front (another receiver's format)", "mx.veiligthuisgv.example; spf=pass smtp.mailfrom=veiligthuisgv.example; dkim=pass header.d=veiligthuisgv.example; dmarc=pass header.from=veiligthuisgv.example"],
  ])("%s passes", (_name, value) => {
    expect(recognizeMessage(authentication(value), trust)).toMatchObject({ kind: "signal" });
  });

  test.each([
    ["no Authentication-Results", [] as string[], "sender-authentication-missing"],
    ["dmarc=fail", [FAIL], "sender-authentication-failed"],
    ["dmarc=none with compauth=softfail", ["spf=pass smtp.mailfrom=veiligthuisgv.example; dkim=none header.d=none;dmarc=none action=none header.from=veiligthuisgv.example;compauth=softfail reason=201"], "sender-authentication-inconclusive"],
    ["dmarc=temperror", ["spf=temperror smtp.mailfrom=veiligthuisgv.example;dmarc=temperror action=none header.from=veiligthuisgv.example;compauth=none reason=451"], "sender-authentication-inconclusive"],
    ["softfail only", ["spf=softfail smtp.mailfrom=veiligthuisgv.example"], "sender-authentication-inconclusive"],
    ["dmarc=pass for another domain", ["spf=pass smtp.mailfrom=elders.example;dmarc=pass action=none header.from=elders.example"], "sender-authentication-domain-mismatch"],
    ["a forged pass beneath Exchange's fail", [FAIL, PASS], "sender-authentication-failed"],
    ["a pass hidden in a comment", ["spf=none (dmarc=pass compauth=pass) smtp.mailfrom=veiligthuisgv.example"], "sender-authentication-inconclusive"],
  ])("%s is not a signal", (_name, values, reason) => {
    expect(recognizeMessage(authentication(...values), trust)).toEqual({ kind: "unrelated", reason });
  });

  test("a comment may hold a semicolon without splitting the verdict", () => {
    expect(recognizeMessage(authentication("spf=fail (sender IP is 1.2.3.4; identity alignment result is pass) smtp.mailfrom=veiligthuisgv.example;dmarc=pass action=none header.from=veiligthuisgv.example"), trust)).toMatchObject({ kind: "signal" });
  });

  test("only the Authentication-Results header counts, not ARC-Authentication-Results", () => {
    const message = signalMessage({ internetMessageHeaders: [{ name: "ARC-Authentication-Results", value: PASS }] });
    expect(recognizeMessage(message, trust)).toEqual({ kind: "unrelated", reason: "sender-authentication-missing" });
  });
});

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
