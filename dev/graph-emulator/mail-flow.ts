// A receiving tenant's mail-flow (transport) rules for mail from outside the organisation, as many schools have
// them: "prepend the subject with" a tag, "apply a disclaimer" (HTML and text; append), and an external-sender
// banner table prepended to the body. Exchange turns an HTML fragment into a full document on delivery and puts a
// prepended disclaimer right after <body>, an appended one right before </body>.
// https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/disclaimers-signatures-footers-or-headers
// https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/mail-flow-rule-actions
import type { StoredMessage, Tenant } from "./model";

export interface MailFlowRules {
  subjectPrefix?: string;
  htmlBanner?: string;
  htmlDisclaimer?: string;
  textBanner?: string;
  textDisclaimer?: string;
}

function asDocument(html: string): string {
  if (/<body\b/i.test(html)) return html;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${html}</body></html>`;
}

/** Applies the receiving tenant's rules to a message delivered from outside it (in place). */
export function applyMailFlow(message: Pick<StoredMessage, "subject" | "body">, rules: MailFlowRules | undefined): void {
  if (!rules) return;
  if (rules.subjectPrefix) message.subject = `${rules.subjectPrefix}${message.subject}`;
  if (message.body.contentType === "html") {
    let html = asDocument(message.body.content);
    if (rules.htmlBanner) html = html.replace(/<body\b[^>]*>/i, (open) => `${open}${rules.htmlBanner}\r\n`);
    if (rules.htmlDisclaimer) html = html.replace(/<\/body\s*>/i, (close) => `\r\n${rules.htmlDisclaimer}${close}`);
    message.body = { contentType: "html", content: html };
  } else {
    let text = message.body.content;
    if (rules.textBanner) text = `${rules.textBanner}\r\n\r\n${text}`;
    if (rules.textDisclaimer) text = `${text}\r\n\r\n${rules.textDisclaimer}`;
    message.body = { contentType: "text", content: text };
  }
}

/** Mail is "from outside" when the From domain is not one of the receiving tenant's domains. */
export function isFromOutside(fromAddress: string, receiving: Tenant | undefined): boolean {
  const domain = fromAddress.slice(fromAddress.lastIndexOf("@") + 1).toLowerCase();
  return !(receiving?.domains ?? []).some((d) => d.toLowerCase() === domain);
}
