import type { InboundMessage, TenantTolerance } from "./inbound-message";
import { recognizeMessage } from "./recognize-message";

const VT = "handlewithcare@veiligthuisgv.example";
const PASS = "spf=pass smtp.mailfrom=veiligthuisgv.example;dmarc=pass action=none header.from=veiligthuisgv.example;compauth=pass reason=100";
const RENDERED = "<div>Marieke de Vries</div><div>12-03-2015</div><div>Handle with Care</div>";
const BANNER = '<table style="border:1px solid #c00"><tr><td>Let op: deze e-mail komt van buiten de organisatie.</td></tr></table>';
const DISCLAIMER = "<p>Stichting Gooise Scholen: dit bericht is vertrouwelijk.</p>";
const tolerance: TenantTolerance = { subjectTag: "[EXTERN] ", htmlBanner: BANNER, htmlDisclaimer: DISCLAIMER, textBanner: "LET OP: EXTERNE AFZENDER", textDisclaimer: "Dit bericht is vertrouwelijk." };

function delivered(subject: string, contentType: "html" | "text", content: string): InboundMessage {
  return {
    from: { emailAddress: { address: VT } },
    subject,
    body: { contentType, content },
    hasAttachments: false,
    internetMessageHeaders: [{ name: "Authentication-Results", value: PASS }],
  };
}
const recognize = (message: InboundMessage, withTolerance: TenantTolerance | null = tolerance) =>
  recognizeMessage(message, { senders: [VT], today: "2026-11-28", ...(withTolerance ? { tolerance: withTolerance } : {}) });
const html = (inner: string) => `<html><head><meta charset="utf-8"></head><body>${inner}</body></html>`;

test("the configured subject tag, banner and disclaimer are removed and the signal is recognised", () => {
  const message = delivered("[EXTERN] Handle with Care", "html", html(`${BANNER}\r\n${RENDERED}\r\n${DISCLAIMER}`));
  expect(recognize(message)).toMatchObject({ kind: "signal", childName: "Marieke de Vries" });
});

test("a plain-text signal with the configured text banner and disclaimer is recognised", () => {
  const message = delivered("[EXTERN] Handle with Care", "text", "LET OP: EXTERNE AFZENDER\r\nMarieke de Vries\r\n12-03-2015\r\nHandle with Care\r\n\r\nDit bericht is vertrouwelijk.");
  expect(recognize(message)).toMatchObject({ kind: "signal" });
});

test("without a configured tolerance, the same message is refused, with a reason that says to configure or exempt", () => {
  expect(recognize(delivered("[EXTERN] Handle with Care", "html", html(RENDERED)), null)).toEqual({ kind: "unrelated", reason: "subject-not-template" });
  expect(recognize(delivered("Handle with Care", "html", html(`${BANNER}${RENDERED}`)), null)).toMatchObject({ kind: "unrelated" });
});

test.each([
  ["a tag that differs by one character", delivered("[EXTERN]: Handle with Care", "html", html(RENDERED))],
  ["a tag in another place", delivered("Handle with Care [EXTERN] ", "html", html(RENDERED))],
  ["the tag twice", delivered("[EXTERN] [EXTERN] Handle with Care", "html", html(RENDERED))],
  ["the banner at the bottom", delivered("Handle with Care", "html", html(`${RENDERED}${BANNER}`))],
  ["the disclaimer at the top", delivered("Handle with Care", "html", html(`${DISCLAIMER}${RENDERED}`))],
  ["an altered disclaimer", delivered("Handle with Care", "html", html(`${RENDERED}<p>Stichting Gooise Scholen: dit bericht is vertrouwelijk!</p>`))],
  ["text added after the disclaimer", delivered("Handle with Care", "html", html(`${RENDERED}${DISCLAIMER}<p>Jan</p>`))],
  ["text between banner and signal", delivered("Handle with Care", "html", html(`${BANNER}<p>Jan</p>${RENDERED}`))],
  ["the banner twice", delivered("Handle with Care", "html", html(`${BANNER}${BANNER}${RENDERED}`))],
])("%s is not tolerated", (_name, message) => {
  expect(recognize(message)).toMatchObject({ kind: "unrelated" });
});
