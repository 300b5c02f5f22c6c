// Which items belong to one signal, and which of them are our acknowledgement. Pure decisions: the Graph
// queries only gather candidates (same conversation, same Internet message id); this file decides.
import { recognizeMessage } from "../../shared";
import type { MailItem } from "./mailbox-port";

/** Set on every message the service creates, at creation (Graph allows custom x- headers only then). */
export const MARKER_HEADER = "x-handle-with-care";
export const ACKNOWLEDGEMENT_MARKER = "ack";
export const EXPIRY_NOTICE_MARKER = "expired";

export interface Trust {
  /** Trusted Veilig Thuis senders for this mailbox (lower case). */
  senders: string[];
  today?: string;
}

export function markerOf(item: MailItem): string | undefined {
  return item.message.internetMessageHeaders?.find((header) => header.name.toLowerCase() === MARKER_HEADER)?.value.trim().toLowerCase();
}

/** Our own acknowledgement (draft or sent): marked at creation, or recognisably the template sent from this mailbox. */
export function isOwnAcknowledgement(item: MailItem, mailboxAddress: string): boolean {
  if (markerOf(item) === ACKNOWLEDGEMENT_MARKER) return true;
  const fromMailbox = item.fromAddress === "" || item.fromAddress === mailboxAddress;
  return fromMailbox && recognizeMessage(item.message, { senders: [mailboxAddress] }).kind === "acknowledgement";
}

export function isTrustedSignal(item: MailItem, trust: Trust): boolean {
  return recognizeMessage(item.message, trust).kind === "signal";
}

/**
 * The items of the signal `signal`: itself, every copy (same Internet message id), and everything in its
 * conversation — replies, forwards, drafts, our acknowledgement — except another signal that happens to share
 * the conversation: that one is a different child's and waits for its own acknowledgement.
 */
export function selectSignalItems(candidates: MailItem[], signal: MailItem, trust: Trust): MailItem[] {
  const { conversationId, internetMessageId } = signal.message;
  return candidates.filter((item) => {
    if (item.id === signal.id) return true;
    if (internetMessageId && item.message.internetMessageId === internetMessageId) return true;
    if (!conversationId || item.message.conversationId !== conversationId) return false;
    return !isTrustedSignal(item, trust);
  });
}

/**
 * A fresh reply draft may be sent as it is only when it is exactly the acknowledgement: the template (no quoted
 * original, so no name or birth date), our subject, and the registered address as its only recipient.
 */
export function isExactAcknowledgementDraft(draft: MailItem, recipients: string[], content: { subject: string; to: string }): boolean {
  return (
    draft.message.subject === content.subject &&
    recipients.length === 1 &&
    recipients[0] === content.to.toLowerCase() &&
    recognizeMessage(draft.message, { senders: [] }).kind === "acknowledgement"
  );
}

export interface AcknowledgementState {
  sent: MailItem[];
  drafts: MailItem[];
}

export function acknowledgementsAmong(items: MailItem[], mailboxAddress: string): AcknowledgementState {
  const acknowledgements = items.filter((item) => isOwnAcknowledgement(item, mailboxAddress));
  return { sent: acknowledgements.filter((item) => !item.isDraft), drafts: acknowledgements.filter((item) => item.isDraft) };
}

/**
 * Our acknowledgements (sent or draft) whose conversation holds no trusted signal any more among `candidates`:
 * what is left when the original was purged but its acknowledgement copy was not. Content-free, but still ours to remove.
 */
export function strayAcknowledgements(candidates: MailItem[], trust: Trust, mailboxAddress: string): MailItem[] {
  const withSignal = new Set(candidates.filter((item) => isTrustedSignal(item, trust)).map((item) => item.message.conversationId ?? item.id));
  return candidates.filter((item) => isOwnAcknowledgement(item, mailboxAddress) && !withSignal.has(item.message.conversationId ?? item.id));
}
