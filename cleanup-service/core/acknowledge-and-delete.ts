// Acknowledge and delete one signal on behalf of the functionary (Bijlage 1.5 and 1.6).
//
// Sequential round trips on a first run (the benchmark's target is ≤ 6); every $batch is fully parallel or a
// strict chain, as Graph demands:
//   1 read the message
//   2 $batch (parallel): find every item of the signal (conversation + copies, all folders and recoverable items,
//     and the functionary's own mailbox) and createReply, the acknowledgement's draft
//   3 $batch (parallel): permanentDelete everything of the signal except the original and a sent acknowledgement
//     (skipped when there is nothing else)
//   4 $batch (chain): PATCH the draft to exactly the acknowledgement with our marker → send → permanentDelete the
//     original; when an earlier run already sent one, only the original
//   5 $batch (parallel): verify (the queries of 2 again) and permanentDelete the acknowledgement's Sent Items copy —
//     never in the batch that sent it. A copy Exchange does not show yet, or still submits, stays for the sweep.
// A call for a message that is gone costs 2–3: the read, a look for stray acknowledgement copies, their removal.
// The original goes only after everything else of it, so a retry after any failure still finds the conversation;
// and the acknowledgement is sent in the same chain just before it, so while the original exists a sent
// acknowledgement is found (by its marker) and never sent twice.
import { recognizeMessage, renderAcknowledgement, type TenantTolerance } from "../../shared";
import { MailboxAccessDeniedError, NotASignalError, RetryableMailboxError } from "./errors";
import { tallyByFolder, type FolderCounts } from "./folder-tally";
import type { CommandOutcome, ItemQuery, MailItem, MailboxCommand, MailboxPort, OutgoingContent, Unreachable } from "./mailbox-port";
import type { ServiceMarker } from "./service-marker";
import { acknowledgementsAmong, isOwnAcknowledgement, selectSignalItems, strayAcknowledgements, type Trust } from "./signal-items";
import { HANDLE_WITH_CARE_SUBJECTS } from "./handle-with-care-subjects";
import { SingleFlight } from "./single-flight";

export interface SignalMailbox {
  address: string;
  /** The mailbox's directory object id. */
  mailboxId: string;
  trustedSenders: { address: string; acknowledgeTo: string }[];
  /** The exact subject tag, banner and disclaimer the school's mail flow adds, as the admin configured them. */
  tolerance?: TenantTolerance;
}

export interface AcknowledgeAndDeleteInput {
  messageId: string;
  mailbox: SignalMailbox;
  /** YYYY-MM-DD, for the recognizer's birth-date rules. */
  today?: string;
}

export interface AcknowledgeAndDeleteResult {
  status: "acknowledged-and-deleted" | "already-deleted";
  acknowledged: boolean;
  deleted: FolderCounts;
  remaining: 0;
  /** How many copies were purged from the functionary's own mailbox (her client's Sent Items or Deleted Items), when any. */
  deletedInOwnMailbox?: number;
  /** Content-free acknowledgement copies Exchange did not let go yet; the next call or the sweep removes them. */
  acknowledgementCopiesLeft?: number;
  /** What Exchange refused to show or change: nothing there could be checked or purged. */
  unreachable?: Unreachable[];
}

export interface AcknowledgeAndDeleteDeps {
  singleFlight: SingleFlight<AcknowledgeAndDeleteResult>;
  /** Verifies and makes the service's marker for this mailbox. */
  marker: ServiceMarker;
  /** Told each step without content, for logs. */
  onStep?: (step: string, detail?: Record<string, number | string | boolean>) => void;
}

export function trustOf(mailbox: SignalMailbox, today?: string): Trust {
  return { senders: mailbox.trustedSenders.map((s) => s.address), ...(today ? { today } : {}), ...(mailbox.tolerance ? { tolerance: mailbox.tolerance } : {}) };
}

export async function acknowledgeAndDelete(port: MailboxPort, input: AcknowledgeAndDeleteInput, deps: AcknowledgeAndDeleteDeps): Promise<AcknowledgeAndDeleteResult> {
  const trust = trustOf(input.mailbox, input.today);
  const signal = await port.getMessage(input.messageId);
  if (!signal) {
    deps.onStep?.("already-deleted");
    return finishAfterOriginalGone(port, trust, deps.marker);
  }
  const verdict = recognizeMessage(signal.message, trust);
  if (verdict.kind !== "signal") throw new NotASignalError(verdict.kind === "unrelated" ? verdict.reason : "acknowledgement");
  const sender = input.mailbox.trustedSenders.find((s) => s.address === signal.fromAddress);
  if (!sender) throw new NotASignalError("sender-not-trusted");

  const key = SingleFlight.keyOf(port.mailboxId, signal.message.conversationId ?? signal.id);
  return deps.singleFlight.run(key, () => finish(port, signal, { ...input, acknowledgeTo: sender.acknowledgeTo, trust }, deps));
}

function queryFor(signal: MailItem): ItemQuery {
  return {
    kind: "signal",
    conversationIds: signal.message.conversationId ? [signal.message.conversationId] : [],
    internetMessageIds: signal.message.internetMessageId ? [signal.message.internetMessageId] : [],
  };
}

interface FinishInput extends AcknowledgeAndDeleteInput {
  acknowledgeTo: string;
  trust: Trust;
}

async function finish(port: MailboxPort, signal: MailItem, input: FinishInput, deps: AcknowledgeAndDeleteDeps): Promise<AcknowledgeAndDeleteResult> {
  const unreachable = new Set<Unreachable>();
  // The reply draft is made in the same round trip as the search, before we know whether an acknowledgement was
  // sent already: if one was, this draft is simply deleted with the rest.
  const content = acknowledgementContent(signal, input, deps.marker);
  const found = await port.findItems(queryFor(signal), { resolveFolders: true, includeOwnMailbox: true, draftReply: { messageId: signal.id, content } });
  found.unreachable.forEach((u) => unreachable.add(u));
  const fresh = found.draft;
  if (!fresh) throw new RetryableMailboxError("acknowledgement-draft-not-created");
  const items = selectSignalItems(
    found.items.filter((item) => item.id !== fresh.id),
    signal,
    input.trust,
  );
  const ownItems = selectSignalItems(found.ownItems, signal, input.trust).filter((item) => item.id !== signal.id);
  const original = items.find((item) => item.id === signal.id) ?? signal;
  const acknowledgements = acknowledgementsAmong(items, deps.marker);
  const alreadySent = acknowledgements.sent.length > 0;
  const sentIds = new Set(acknowledgements.sent.map((item) => item.id));
  const deleted: MailItem[] = [];
  const deletedOwn: MailItem[] = [];
  /** Items Exchange refused to delete (recoverable items, her own mailbox): reported, not retried for ever. */
  const refused = new Set<string>();

  // 3: everything else of the signal, in parallel (the fresh draft too, when an acknowledgement went out before).
  const others = items.filter((item) => item.id !== original.id && !sentIds.has(item.id));
  const targets: MailItem[] = [...others, ...ownItems];
  const commands: MailboxCommand[] = targets.map((item) => ({ kind: "permanent-delete", id: item.id, ...(item.mailbox === "own" ? { inOwnMailbox: true } : {}) }));
  if (alreadySent) commands.push({ kind: "permanent-delete", id: fresh.id });
  if (commands.length > 0) {
    const outcomes = await port.execute(commands, "parallel");
    targets.forEach((item, index) => {
      const outcome = outcomes[index];
      if (!outcome || outcome.ok) return void (item.mailbox === "own" ? deletedOwn : deleted).push(item);
      if (outcome.notFound) return;
      if (outcome.refused) refused.add(item.id);
      if (outcome.refused) return void unreachable.add(item.mailbox === "own" ? "own-mailbox-delete" : isRecoverable(item, found.wellKnownFolders) ? "recoverable-items-delete" : deleteRefused());
      throw new RetryableMailboxError("delete-failed");
    });
    deps.onStep?.("others-purged", { items: deleted.length + deletedOwn.length });
  }

  // 4: acknowledge, then the original, in one chain.
  const chain: MailboxCommand[] = alreadySent ? [] : [{ kind: "send-draft", id: fresh.id, content }];
  chain.push({ kind: "permanent-delete", id: original.id });
  const chained = await port.execute(chain, "sequence");
  if (!alreadySent) {
    if (!chained[0]?.ok) throw new RetryableMailboxError("acknowledgement-not-sent");
    deps.onStep?.("acknowledgement-sent");
  }
  const originalOutcome = chained[chain.length - 1];
  if (originalOutcome?.ok) deleted.push(original);
  else if (!isGone(originalOutcome)) throw new RetryableMailboxError("signal-not-purged");

  // 5: verify, and let the acknowledgement's Sent Items copy go (it was sent in the previous round trip).
  const copies = alreadySent ? acknowledgements.sent.map((item) => item.id) : [fresh.id];
  const verify = await port.findItems(queryFor(signal), { includeOwnMailbox: true, purgeAlongside: copies });
  let copiesLeft = 0;
  copies.forEach((id, index) => {
    const outcome = verify.purged?.[index];
    if (outcome?.ok) deleted.push(acknowledgementCopy(id, alreadySent ? acknowledgements.sent[index] : undefined, found.wellKnownFolders));
    else if (!isGone(outcome) || !alreadySent) copiesLeft += 1;
  });
  const copySet = new Set(copies);
  const remaining = selectSignalItems([...verify.items, ...verify.ownItems], signal, input.trust).filter((item) => !copySet.has(item.id) && !refused.has(item.id) && !isOwnAcknowledgement(item, deps.marker));
  if (remaining.length > 0) throw new RetryableMailboxError("remnants-remain");
  deps.onStep?.("verified", { acknowledgementCopiesLeft: copiesLeft });
  return {
    status: "acknowledged-and-deleted",
    acknowledged: true,
    deleted: tallyByFolder(deleted, found.wellKnownFolders),
    remaining: 0,
    ...(deletedOwn.length > 0 ? { deletedInOwnMailbox: deletedOwn.length } : {}),
    ...(copiesLeft > 0 ? { acknowledgementCopiesLeft: copiesLeft } : {}),
    ...(unreachable.size > 0 ? { unreachable: [...unreachable] } : {}),
  };
}

function deleteRefused(): never {
  // Exchange refused to delete an ordinary item of the signal: the functionary's rights, which a retry cannot change.
  throw new MailboxAccessDeniedError();
}

function isRecoverable(item: MailItem, wellKnown: Map<string, string>): boolean {
  return wellKnown.get(item.folderId) === "recoverableitemsdeletions";
}

/** The just-sent acknowledgement's copy, counted where Exchange files it. */
function acknowledgementCopy(id: string, known: MailItem | undefined, wellKnown: Map<string, string>): MailItem {
  if (known) return known;
  const sentItems = [...wellKnown].find(([, name]) => name === "sentitems")?.[0] ?? "";
  return { id, folderId: sentItems, isDraft: false, fromAddress: "", message: {} };
}

/**
 * The original is gone: either the job was done, or an earlier run stopped after purging the original but before
 * its acknowledgement copy. Remove our acknowledgements whose conversation holds no signal any more (one round
 * trip to look, one more only when there is something to remove).
 */
async function finishAfterOriginalGone(port: MailboxPort, trust: Trust, marker: ServiceMarker): Promise<AcknowledgeAndDeleteResult> {
  const found = await port.findItems({ kind: "candidates", subjects: [...HANDLE_WITH_CARE_SUBJECTS], senders: [] }, { resolveFolders: true });
  const stray = strayAcknowledgements(found.items, trust, marker);
  const unreachable = found.unreachable.length > 0 ? { unreachable: found.unreachable } : {};
  if (stray.length === 0) return { status: "already-deleted", acknowledged: false, deleted: {}, remaining: 0, ...unreachable };
  const outcomes = await port.execute(
    stray.map((item): MailboxCommand => ({ kind: "permanent-delete", id: item.id })),
    "parallel",
  );
  const deleted = stray.filter((_, index) => outcomes[index]?.ok);
  if (outcomes.some((outcome) => !outcome.ok && !outcome.notFound && !outcome.refused)) throw new RetryableMailboxError("delete-failed");
  const left = stray.length - deleted.length - outcomes.filter((outcome) => !outcome.ok && outcome.notFound).length;
  return {
    status: "already-deleted",
    acknowledged: true,
    deleted: tallyByFolder(deleted, found.wellKnownFolders),
    remaining: 0,
    ...(left > 0 ? { acknowledgementCopiesLeft: left } : {}),
    ...unreachable,
  };
}

function acknowledgementContent(signal: MailItem, input: FinishInput, marker: ServiceMarker): OutgoingContent {
  const rendered = renderAcknowledgement({ receivedAt: signal.receivedDateTime ?? new Date().toISOString() });
  return { subject: rendered.subject, html: rendered.html, to: input.acknowledgeTo, marker: marker.valueFor("acknowledgement", signal.message.conversationId ?? "") };
}

function isGone(outcome: CommandOutcome | undefined): boolean {
  return outcome !== undefined && !outcome.ok && outcome.notFound;
}
