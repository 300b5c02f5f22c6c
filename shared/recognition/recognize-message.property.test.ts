import fc from "fast-check";
import { formatBirthDate } from "../dates/format-birth-date";
import { htmlBodyLines } from "../signal/body-lines";
import { escapeHtml } from "../signal/escape-html";
import { parseSignalInput } from "../signal/parse-signal-input";
import { renderSignal } from "../signal/render-signal";
import type { InboundMessage } from "./inbound-message";
import { recognizeMessage } from "./recognize-message";
import { acceptedInput, deliver, deliveryEnvelope } from "./signal-arbitraries";

const SENDER = "handlewithcare@veiligthuisgv.example";

const PASSED = [
  {
    name: "Authentication-Results",
    value: "spf=pass (sender IP is 40.107.22.54) smtp.mailfrom=veiligthuisgv.example; dkim=pass header.d=veiligthuisgv.example;dmarc=pass action=none header.from=veiligthuisgv.example;compauth=pass reason=100",
  },
];

function delivered(subject: string, body: InboundMessage["body"]): InboundMessage {
  return { from: { emailAddress: { address: SENDER } }, subject, body, hasAttachments: false, internetMessageHeaders: PASSED };
}

test("every accepted input renders to a message recognised as that same signal, in HTML and in text", () => {
  fc.assert(
    fc.property(acceptedInput, deliveryEnvelope, ({ today, signal }, envelope) => {
      const rendered = renderSignal(signal);
      const expected = { kind: "signal", childName: signal.childName, birthDate: signal.birthDate };
      const trust = { senders: [SENDER], today };
      expect(recognizeMessage(delivered(rendered.subject, { contentType: "html", content: deliver(rendered.html, envelope) }), trust)).toEqual(expected);
      expect(recognizeMessage(delivered(rendered.subject, { contentType: "text", content: rendered.text }), trust)).toEqual(expected);
      expect(recognizeMessage(delivered(rendered.subject, { contentType: "text", content: rendered.text.replace(/\n/g, "\r\n") }), trust)).toEqual(expected);
    }),
  );
});

test("no accepted input produces a body with anything beyond the three lines", () => {
  fc.assert(
    fc.property(acceptedInput, ({ signal }) => {
      const lines = [signal.childName, formatBirthDate(signal.birthDate), "Handle with Care"];
      const rendered = renderSignal(signal);
      expect(rendered.subject).toBe("Handle with Care");
      expect(rendered.text.split("\n")).toEqual(lines);
      // The HTML holds three bare <div>s and, inside them, only the escaped lines: nothing else at all.
      const htmlLength = lines.reduce((sum, line) => sum + "<div></div>".length + escapeHtml(line).length, 0);
      expect(rendered.html).toHaveLength(htmlLength);
      expect(rendered.html).toMatch(/^(?:<div>[^<>"]*<\/div>){3}$/);
      expect(htmlBodyLines(rendered.html)).toEqual({ ok: true, lines });
      // The name line holds only characters the caseworker typed (after NFC), nothing added.
      expect(lines[0]).not.toMatch(/[\p{C}\p{N}<>&"@\n\r]/u);
    }),
  );
});

test("random strings never crash the parser, and errors are only stable codes", () => {
  const codes = /^(name|date)-[a-z-]+$|^not-a-minor$/;
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "binary", maxLength: 20 }), (childName, birthDate) => {
      const result = parseSignalInput({ childName, birthDate }, { today: "2026-11-28" });
      if (!result.ok) for (const error of result.errors) expect(error.code).toMatch(codes);
    }),
  );
});

test("random strings as a body from a trusted sender never crash recognition", () => {
  const htmlish = fc.string({ unit: fc.constantFrom("<", ">", "/", "div", "p", "br", "&", "#", ";", "nbsp", " ", "\n", "a", "=", '"', "!--", "-->"), maxLength: 80 });
  fc.assert(
    fc.property(fc.oneof(htmlish, fc.string({ unit: "binary" })), fc.constantFrom("html" as const, "text" as const), (content, contentType) => {
      const result = recognizeMessage(delivered("Handle with Care", { contentType, content }), { senders: [SENDER], today: "2026-11-28" });
      expect(["signal", "unrelated"]).toContain(result.kind);
    }),
  );
});

// Anything added to a delivered signal that the template does not have: its own line of text, text that no
// template line can contain, a tag outside the wrapper set, an attribute or style that adds or fetches.
const visibleText = fc.string({ minLength: 1, maxLength: 30 }).filter((text) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(text) && !/[<&]/.test(text));
const poison = fc.oneof(
  visibleText.map((text) => `<div>${text}</div>`),
  visibleText.map((text) => `<p>${text}</p>`),
  fc.tuple(fc.string({ maxLength: 10 }).filter((text) => !/[<&]/.test(text)), fc.constantFrom("0", "7", "@", "#", "%", "!", "?", "+", "=", ":", ";", "/", "[", "€", "™")).map(([text, mark]) => `${text}${mark}`),
  fc.constantFrom(
    '<a href="https://example.nl">hier</a>',
    '<img src="cid:image001.png">',
    '<img src="https://t.example/p.gif" width="1" height="1">',
    "<blockquote>Van: Veilig Thuis</blockquote>",
    "<hr>",
    "<table><tr><td>x</td></tr></table>",
    "<b></b>",
    "<i></i>",
    "<u></u>",
    // An empty <script></script> is harmless only in the head, where classic Outlook writes one (fixtures/outlook-bodies.ts).
    "<script>alert(1)</script>",
    '<span style="background-image:url(https://t.example/p.gif)"></span>',
    '<div onclick="x"></div>',
    "<!--[if mso]>extra<![endif]-->",
    "<div>Handle with Care</div>",
    "<div>12-03-2015</div>",
  ),
);

test("random additions never make a non-template message a signal", () => {
  fc.assert(
    fc.property(acceptedInput, deliveryEnvelope, poison, fc.nat(), ({ today, signal }, envelope, addition, position) => {
      const html = deliver(renderSignal(signal).html, envelope);
      // Insert only between tags or at the ends, so the addition cannot split a tag or a reference, and not
      // inside a head <style>, whose text is style sheet, not message (its own rules are tested apart).
      const insideStyle = (cut: number) => html.slice(0, cut).split("<style").length > html.slice(0, cut).split("</style").length;
      const cuts = [0, html.length, ...[...html.matchAll(/>/g)].map((match) => (match.index ?? 0) + 1)].filter((cut) => !insideStyle(cut));
      const cut = cuts[position % cuts.length] ?? 0;
      const content = html.slice(0, cut) + addition + html.slice(cut);
      const result = recognizeMessage(delivered("Handle with Care", { contentType: "html", content }), { senders: [SENDER], today });
      expect(result.kind).toBe("unrelated");
    }),
  );
});

test("dropping any one template line makes it unrelated", () => {
  fc.assert(
    fc.property(acceptedInput, fc.integer({ min: 0, max: 2 }), ({ today, signal }, dropped) => {
      const lines = renderSignal(signal).text.split("\n").filter((_, index) => index !== dropped);
      const result = recognizeMessage(delivered("Handle with Care", { contentType: "text", content: lines.join("\n") }), { senders: [SENDER], today });
      expect(result.kind).toBe("unrelated");
    }),
  );
});
