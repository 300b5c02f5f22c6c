// The school's acknowledgement to Veilig Thuis (Bijlage 1.5): content-free, so it may travel and be kept
// by Veilig Thuis without carrying the child's name or birth date. Always Dutch, the covenant's language,
// whatever language the functionary's Outlook or browser is set to.

import { domainMessages } from "../messages/domain";
import { escapeHtml } from "../signal/escape-html";
import type { RenderedMessage } from "../signal/render-signal";
import { ACKNOWLEDGEMENT_SUBJECT } from "../signal/template";
import { receiptLine } from "./receipt-line";

export interface NoticeOptions {
  /** When the signal arrived at the school, an ISO instant. */
  readonly receivedAt: string;
}

export function acknowledgementLines(options: NoticeOptions): string[] {
  return [domainMessages.nl.acknowledgementLine, receiptLine(options.receivedAt, "nl")];
}

export function expiryNoticeLines(options: NoticeOptions): string[] {
  const messages = domainMessages.nl;
  return [messages.expiryLine, receiptLine(options.receivedAt, "nl"), messages.expiryNextStep];
}

export function renderNotice(lines: readonly string[]): RenderedMessage {
  return {
    subject: ACKNOWLEDGEMENT_SUBJECT,
    text: lines.join("\n"),
    html: lines.map((line) => `<div>${escapeHtml(line)}</div>`).join(""),
  };
}

export function renderAcknowledgement(options: NoticeOptions): RenderedMessage {
  return renderNotice(acknowledgementLines(options));
}

/** Sent to Veilig Thuis when a signal expired unacknowledged and the sweeper removed it. */
export function renderExpiryNotice(options: NoticeOptions): RenderedMessage {
  return renderNotice(expiryNoticeLines(options));
}
