// The sweep (app-only, no user present): purge what acknowledge-and-delete could not reach — remnants of
// acknowledged signals, stray acknowledgement copies — and report signals still waiting, as counts and times.
// A clean mailbox costs one round trip (one $batch over all folders and recoverable items).
// Unacknowledged signals are kept unless the expiry policy is set: then, after N hours, Veilig Thuis gets a
// content-free "expired unacknowledged" notice (sent without a Sent Items copy) and the signal is purged in the
// next round trip, once the notice went (a batch is fully parallel or a strict chain, so they cannot share one).
// Mail from a trusted sender that is not a recognisable signal (a tag the tenant adds and nobody configured, a
// child who has since turned 18) is never purged and never passed over in silence: it is counted as unrecognised.
import { renderExpiryNotice } from "../../shared";
import { tallyByFolder, type FolderCounts } from "./folder-tally";
import { HANDLE_WITH_CARE_SUBJECTS } from "./handle-with-care-subjects";
import type { MailItem, MailboxCommand, MailboxPort, Unreachable } from "./mailbox-port";
import { trustOf, type SignalMailbox } from "./acknowledge-and-delete";
import type { ServiceMarker } from "./service-marker";
import { isFromTrustedSender, isOwnAcknowledgement, isOwnMessage, isTrustedSignal } from "./signal-items";
import { RetryableMailboxError } from "./errors";

export interface SweepOptions {
  now: Date;
  /** Unset: keep unacknowledged signals. */
  expireUnacknowledgedAfterHours?: number;
  marker: ServiceMarker;
}

export interface SweepResult {
  mailbox: string;
  sweptAt: string;
  purged: FolderCounts;
  /** Signals waiting for acknowledgement: when they arrived and how old they are. Nothing else. */
  waiting: { count: number; receivedAt: string[]; oldestAgeHours: number | null };
  expired: number;
  /** Items from a trusted sender that are not a recognisable signal, and their conversations: kept, for a person to look at. */
  unrecognised: number;
  /** What Exchange refused to show or change. */
  unreachable: Unreachable[];
}

export async function sweepMailbox(port: MailboxPort, mailbox: SignalMailbox, options: SweepOptions): Promise<SweepResult> {
  const trust = trustOf(mailbox, options.now.toISOString().slice(0, 10));
  const { marker } = options;
  const result: SweepResult = {
    mailbox: port.address,
    sweptAt: options.now.toISOString(),
    purged: {},
    waiting: { count: 0, receivedAt: [], oldestAgeHours: null },
    expired: 0,
    unrecognised: 0,
    unreachable: [],
  };
  const first = await port.findItems({ kind: "candidates", subjects: [...HANDLE_WITH_CARE_SUBJECTS], senders: [...trust.senders] });
  const unreachable = new Set(first.unreachable);
  const anchors = first.items.filter((item) => isFromTrustedSender(item, trust) || isTrustedSignal(item, trust) || isOwnMessage(item, marker));
  if (anchors.length === 0) return { ...result, unreachable: [...unreachable] };

  const conversationIds = [...new Set(anchors.map((item) => item.message.conversationId).filter((id): id is string => Boolean(id)))];
  const internetMessageIds = [...new Set(anchors.map((item) => item.message.internetMessageId).filter((id): id is string => Boolean(id)))];
  const found = await port.findItems({ kind: "signal", conversationIds, internetMessageIds }, { resolveFolders: true });
  found.unreachable.forEach((u) => unreachable.add(u));

  const purges: MailItem[] = [];
  const notices: { command: MailboxCommand; group: MailItem[] }[] = [];
  for (const group of groupByConversation([...found.items, ...anchors])) {
    const fromTrusted = group.filter((item) => isFromTrustedSender(item, trust) && !isOwnMessage(item, marker));
    const signals = fromTrusted.filter((item) => isTrustedSignal(item, trust));
    const acknowledged = group.some((item) => !item.isDraft && isOwnAcknowledgement(item, marker));
    // One acknowledgement cannot say which of two messages from Veilig Thuis in one conversation it answered:
    // purging both could lose an unread signal. Such a conversation is left whole and reported.
    if (acknowledged && fromTrusted.length <= 1) {
      purges.push(...group);
      continue;
    }
    if (fromTrusted.length === 0) {
      purges.push(...group.filter((item) => isOwnMessage(item, marker)));
      continue;
    }
    const unrecognised = fromTrusted.length - signals.length;
    if (unrecognised > 0) result.unrecognised += group.filter((item) => !isOwnMessage(item, marker) && !signals.includes(item)).length;
    for (const signal of signals) {
      const receivedAt = signal.receivedDateTime ?? options.now.toISOString();
      const ageHours = (options.now.getTime() - Date.parse(receivedAt)) / 3_600_000;
      const limit = options.expireUnacknowledgedAfterHours;
      const sender = mailbox.trustedSenders.find((s) => s.address === signal.fromAddress);
      if (limit !== undefined && ageHours >= limit && sender && signals.length === 1 && unrecognised === 0) {
        const notice = renderExpiryNotice({ receivedAt });
        const content = { subject: notice.subject, html: notice.html, to: sender.acknowledgeTo, marker: marker.valueFor("expiry-notice", signal.message.conversationId ?? "") };
        notices.push({ command: { kind: "send-mail", content }, group });
        continue;
      }
      result.waiting.receivedAt.push(receivedAt);
      result.waiting.oldestAgeHours = Math.max(result.waiting.oldestAgeHours ?? 0, Math.round(ageHours * 10) / 10);
    }
  }
  result.waiting.count = result.waiting.receivedAt.length;

  // The notice goes before the purge, in its own round trip: a failure can repeat the notice but never loses the
  // signal silently.
  let noticeFailed = false;
  if (notices.length > 0) {
    const sent = await port.execute(
      notices.map((notice) => notice.command),
      "parallel",
    );
    notices.forEach((notice, index) => {
      if (sent[index]?.ok) {
        purges.push(...notice.group);
        result.expired += 1;
      }
    });
    noticeFailed = sent.some((outcome) => !outcome.ok);
  }
  if (purges.length === 0) {
    if (noticeFailed) throw new RetryableMailboxError("expiry-notice-not-sent");
    return { ...result, unreachable: [...unreachable] };
  }

  const outcomes = await port.execute(
    purges.map((item): MailboxCommand => ({ kind: "permanent-delete", id: item.id })),
    "parallel",
  );
  const purged = purges.filter((_, index) => outcomes[index]?.ok);
  result.purged = tallyByFolder(purged, found.wellKnownFolders);
  purges.forEach((item, index) => {
    const outcome = outcomes[index];
    if (outcome && !outcome.ok && outcome.refused && found.wellKnownFolders.get(item.folderId) === "recoverableitemsdeletions") unreachable.add("recoverable-items-delete");
  });
  result.unreachable = [...unreachable];
  if (noticeFailed || outcomes.some((outcome) => !outcome.ok && !outcome.notFound && !outcome.refused)) throw new RetryableMailboxError("sweep-incomplete");
  return result;
}

/** Items grouped by conversation (items without one stand alone), each item once. */
function groupByConversation(items: MailItem[]): MailItem[][] {
  const groups = new Map<string, Map<string, MailItem>>();
  for (const item of items) {
    const key = item.message.conversationId ?? `item:${item.id}`;
    const group = groups.get(key) ?? new Map<string, MailItem>();
    group.set(item.id, item);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => [...group.values()]);
}
