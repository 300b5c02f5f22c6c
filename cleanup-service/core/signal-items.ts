// Which items belong to one signal, and which of them are our acknowledgement. Pure decisions: the Graph
// queries only gather candidates (same conversation, same Internet message id); this file decides.
import { recognizeMessage, type RecognitionTrust } from "../../shared";
import type { MailItem } from "./mailbox-port";
import type { ServiceMarker } from "./service-marker";

/** Trusted Veilig Thuis senders for this mailbox (lower case), the date, and the tenant's configured tolerance. */
export type Trust = RecognitionTrust;

/** Our own acknowledgement (draft or sent): only a marker that verifies under the service's key says so. */
export function isOwnAcknowledgement(item: MailItem, marker: ServiceMarker): boolean {
  return marker.kindOf(item) === "acknowledgement";
}

/** Anything the service made and marked (acknowledgement or expiry notice). */
export function isOwnMessage(item: MailItem, marker: ServiceMarker): boolean {
  return marker.kindOf(item) !== undefined;
}

export function isTrustedSignal(item: MailItem, trust: Trust): boolean {
  return recognizeMessage(item.message, trust).kind === "signal";
}

/** From one of the trusted Veilig Thuis senders, recognised as a signal or not (tagged, 18 since, altered). */
export function isFromTrustedSender(item: MailItem, trust: Trust): boolean {
  return trust.senders.some((sender) => sender.toLowerCase() === item.fromAddress);
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

export function acknowledgementsAmong(items: MailItem[], marker: ServiceMarker): AcknowledgementState {
  const acknowledgements = items.filter((item) => isOwnAcknowledgement(item, marker));
  return { sent: acknowledgements.filter((item) => !item.isDraft), drafts: acknowledgements.filter((item) => item.isDraft) };
}

/**
 * Our acknowledgements (sent or draft) whose conversation holds no trusted signal any more among `candidates`:
 * what is left when the original was purged but its acknowledgement copy was not. Content-free, but still ours to remove.
 */
export function strayAcknowledgements(candidates: MailItem[], trust: Trust, marker: ServiceMarker): MailItem[] {
  const withSignal = new Set(candidates.filter((item) => isTrustedSignal(item, trust)).map((item) => item.message.conversationId ?? item.id));
  return candidates.filter((item) => isOwnAcknowledgement(item, marker) && !withSignal.has(item.message.conversationId ?? item.id));
}
