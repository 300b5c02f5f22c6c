// What a school tenant's own mail flow adds to every message from outside — a subject tag such as "[EXTERN] ",
// an external-sender banner at the top of the body, a disclaimer at the bottom — removed exactly as the school's
// admin configured it, once, only where a transport rule puts it, and nothing else. Anything that does not match
// exactly stays, and the signal template then refuses the message: the tolerance is configured, never guessed.
// https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/disclaimers-signatures-footers-or-headers
import type { InboundMessage, TenantTolerance } from "./inbound-message";

const BODY_OPEN = /<body\b[^>]*>/i;
const BODY_CLOSE = /<\/body\s*>/i;

/** Removes `banner` when the HTML body (inside <body>, or the whole fragment) starts with it, bar white space. */
function withoutLeading(html: string, banner: string): string {
  const open = BODY_OPEN.exec(html);
  const start = open ? open.index + open[0].length : 0;
  const rest = html.slice(start);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  return rest.startsWith(banner, lead) ? html.slice(0, start) + rest.slice(lead + banner.length) : html;
}

/** Removes `disclaimer` when the HTML body (before </body>, or the whole fragment) ends with it, bar white space. */
function withoutTrailing(html: string, disclaimer: string): string {
  const close = BODY_CLOSE.exec(html);
  const end = close ? close.index : html.length;
  const before = html.slice(0, end).replace(/\s+$/, "");
  return before.endsWith(disclaimer) ? before.slice(0, before.length - disclaimer.length) + html.slice(end) : html;
}

function withoutText(text: string, banner: string | undefined, disclaimer: string | undefined): string {
  let result = text;
  if (banner) {
    const trimmed = result.replace(/^\s+/, "");
    if (trimmed.startsWith(banner)) result = trimmed.slice(banner.length);
  }
  if (disclaimer) {
    const trimmed = result.replace(/\s+$/, "");
    if (trimmed.endsWith(disclaimer)) result = trimmed.slice(0, trimmed.length - disclaimer.length);
  }
  return result;
}

export function removeTenantAdditions(message: InboundMessage, tolerance: TenantTolerance | undefined): InboundMessage {
  if (!tolerance) return message;
  const subject = typeof message.subject === "string" && tolerance.subjectTag && message.subject.startsWith(tolerance.subjectTag) ? message.subject.slice(tolerance.subjectTag.length) : message.subject;
  const body = message.body;
  if (!body || typeof body.content !== "string") return { ...message, subject };
  let content = body.content;
  if (String(body.contentType).toLowerCase() === "html") {
    if (tolerance.htmlBanner) content = withoutLeading(content, tolerance.htmlBanner);
    if (tolerance.htmlDisclaimer) content = withoutTrailing(content, tolerance.htmlDisclaimer);
  } else {
    content = withoutText(content, tolerance.textBanner, tolerance.textDisclaimer);
  }
  return { ...message, subject, body: { contentType: body.contentType, content } };
}
