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

export interface AcknowledgementState {
  sent: MailItem[];
  drafts: MailItem[];
}

export function acknowledgementsAmong(items: MailItem[], mailboxAddress: string): AcknowledgementState {
  const acknowledgements = items.filter((item) => isOwnAcknowledgement(item, mailboxAddress));
  return { sent: acknowledgements.filter((item) => !item.isDraft), drafts: acknowledgements.filter((item) => item.isDraft) };
}
