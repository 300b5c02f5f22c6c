// Acknowledge and delete one signal on behalf of the functionary (Bijlage 1.5 and 1.6).
//
// Sequential round trips on a first run (the benchmark's target is ≤ 6):
//   1 read the message
//   2 $batch: find every item of the signal (conversation + copies, all folders and recoverable items) and, in
//     the same round trip, createReply carrying the whole acknowledgement and the marker header
//   3 $batch: send the acknowledgement (PATCHed first only if the draft is not exactly the template) — or, when
//     an earlier run already sent one, delete the fresh draft instead — permanentDelete every other item, then the
//     original (dependsOn all of those), then the acknowledgement's Sent Items copy (dependsOn the original)
//   4 verify: find again; anything left fails the call as retryable.
// A call for a message that is gone costs 2–3: the read, a look for stray acknowledgement copies, their removal.
// The original is purged only after everything but the acknowledgement copy, and the copy only after the
// original, so a retry after any failure either finds the signal with its sent acknowledgement (no second one),
// or finds the signal gone and removes the stray copy.
import { recognizeMessage, renderAcknowledgement } from "../../shared";
import { NotASignalError, RetryableMailboxError } from "./errors";
import { customFolderIds, tallyByFolder, type FolderCounts } from "./folder-tally";
import type { CommandOutcome, ItemQuery, MailItem, MailboxCommand, MailboxPort, OutgoingContent } from "./mailbox-port";
import { ACKNOWLEDGEMENT_MARKER, acknowledgementsAmong, selectSignalItems, strayAcknowledgements, type Trust } from "./signal-items";
import { HANDLE_WITH_CARE_SUBJECTS } from "./handle-with-care-subjects";
import { SingleFlight } from "./single-flight";

export interface SignalMailbox {
  address: string;
  trustedSenders: { address: string; acknowledgeTo: string }[];
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
}

export interface AcknowledgeAndDeleteDeps {
  singleFlight: SingleFlight<AcknowledgeAndDeleteResult>;
  /** Told each step without content, for logs. */
  onStep?: (step: string, detail?: Record<string, number | string | boolean>) => void;
}

export async function acknowledgeAndDelete(port: MailboxPort, input: AcknowledgeAndDeleteInput, deps: AcknowledgeAndDeleteDeps): Promise<AcknowledgeAndDeleteResult> {
  const trust: Trust = { senders: input.mailbox.trustedSenders.map((s) => s.address), ...(input.today ? { today: input.today } : {}) };
  const signal = await port.getMessage(input.messageId);
  if (!signal) {
    deps.onStep?.("already-deleted");
    return finishAfterOriginalGone(port, trust);
  }
  const verdict = recognizeMessage(signal.message, trust);
  if (verdict.kind !== "signal") throw new NotASignalError(verdict.kind === "unrelated" ? verdict.reason : "acknowledgement");
  const sender = input.mailbox.trustedSenders.find((s) => s.address === signal.fromAddress);
  if (!sender) throw new NotASignalError("sender-not-trusted");

  const key = SingleFlight.keyOf(port.address, signal.message.conversationId ?? signal.id);
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
  // The reply draft is made in the same round trip as the search, before we know whether an acknowledgement was
  // sent already: if one was, this draft is simply deleted with the rest. It holds only the acknowledgement text.
  const content = acknowledgementContent(signal, input);
  const found = await port.findItems(queryFor(signal), { resolveFolders: true, draftReply: { messageId: signal.id, content } });
  const fresh = found.draft;
  if (!fresh) throw new RetryableMailboxError("acknowledgement-draft-not-created");
  const items = selectSignalItems(
    found.items.filter((item) => item.id !== fresh.id),
    signal,
    input.trust,
  );
  const original = items.find((item) => item.id === signal.id) ?? signal;
  const acknowledgements = acknowledgementsAmong(items, port.address);
  const deleted: MailItem[] = [];
  const customNames = new Map<string, string>();
  const folderReads = customFolderIds(items, found.wellKnownFolders);

  // One $batch: send the acknowledgement (if none was sent yet) and delete everything else of the signal; then,
  // after all of those, the original; then, last, the acknowledgement's Sent Items copy. That order keeps one
  // durable trace at every moment: while the original exists, so does the sent acknowledgement, so a retry never
  // sends a second one; once the original is gone, a leftover acknowledgement copy is a stray the retry removes.
  const commands: MailboxCommand[] = [];
  const targets: (MailItem | undefined)[] = [];
  const others = items.filter((item) => item.id !== original.id);
  let sendIndex: number | undefined;
  let sentNowId: string | undefined;
  if (acknowledgements.sent.length > 0) {
    // Already acknowledged by an earlier run: the fresh draft goes (not counted: it was never the signal's).
    commands.push({ kind: "permanent-delete", id: fresh.id });
    targets.push(undefined);
  } else {
    const draft = fresh;
    deps.onStep?.("acknowledgement-draft", { ready: draft.ready, leftoverDrafts: acknowledgements.drafts.length });
    sendIndex = commands.push({ kind: "send-draft", id: draft.id, content, replaceContent: !draft.ready }) - 1;
    targets.push(undefined);
    sentNowId = draft.id;
  }
  const sentAcknowledgements = new Set(acknowledgements.sent.map((item) => item.id));
  const beforeOriginal = others.filter((item) => !sentAcknowledgements.has(item.id));
  const afterOriginal = others.filter((item) => sentAcknowledgements.has(item.id));
  for (const item of beforeOriginal) {
    commands.push({ kind: "permanent-delete", id: item.id });
    targets.push(item);
  }
  const originalIndex = commands.push({ kind: "permanent-delete", id: original.id, dependsOn: commands.map((_, index) => index) }) - 1;
  targets.push(original);
  for (const item of afterOriginal) {
    commands.push({ kind: "permanent-delete", id: item.id, dependsOn: [originalIndex] });
    targets.push(item);
  }
  const sentCopyIndex = sentNowId ? commands.push({ kind: "permanent-delete", id: sentNowId, dependsOn: [originalIndex] }) - 1 : undefined;
  if (sentNowId) targets.push({ ...original, id: sentNowId, folderId: idOfWellKnown(found.wellKnownFolders, "sentitems") });
  const readsFrom = commands.length;
  commands.push(...folderReads.map((id): MailboxCommand => ({ kind: "read-folder-name", id })));

  const outcomes = await port.execute(commands);
  if (sendIndex !== undefined) {
    if (!outcomes[sendIndex]?.ok) throw new RetryableMailboxError("acknowledgement-not-sent");
    deps.onStep?.("acknowledgement-sent");
  }
  readNames(outcomes.slice(readsFrom), folderReads, customNames);
  if (!outcomes[originalIndex]?.ok && !isGone(outcomes[originalIndex])) throw new RetryableMailboxError("signal-not-purged");
  // Just sent, the Sent Items copy may not be there yet (Exchange files it asynchronously): the retry removes it.
  if (sentCopyIndex !== undefined && isGone(outcomes[sentCopyIndex])) throw new RetryableMailboxError("acknowledgement-copy-pending");
  collect(outcomes.slice(0, readsFrom), targets, deleted);
  deps.onStep?.("purged", { items: deleted.length });

  const verify = await port.findItems(queryFor(signal));
  const remaining = selectSignalItems(verify.items, signal, input.trust);
  if (remaining.length > 0) throw new RetryableMailboxError("remnants-remain");
  deps.onStep?.("verified");
  return { status: "acknowledged-and-deleted", acknowledged: true, deleted: tallyByFolder(deleted, found.wellKnownFolders, customNames), remaining: 0 };
}

/**
 * The original is gone: either the job was done, or an earlier run stopped after purging the original but before
 * its acknowledgement copy. Remove our acknowledgements whose conversation holds no signal any more (one round
 * trip to look, one more only when there is something to remove).
 */
async function finishAfterOriginalGone(port: MailboxPort, trust: Trust): Promise<AcknowledgeAndDeleteResult> {
  const found = await port.findItems({ kind: "subjects", subjects: [...HANDLE_WITH_CARE_SUBJECTS] }, { resolveFolders: true });
  const stray = strayAcknowledgements(found.items, trust, port.address);
  if (stray.length === 0) return { status: "already-deleted", acknowledged: false, deleted: {}, remaining: 0 };
  const outcomes = await port.execute(stray.map((item): MailboxCommand => ({ kind: "permanent-delete", id: item.id })));
  const deleted: MailItem[] = [];
  collect(outcomes, stray, deleted);
  return { status: "already-deleted", acknowledged: true, deleted: tallyByFolder(deleted, found.wellKnownFolders, new Map()), remaining: 0 };
}

function acknowledgementContent(signal: MailItem, input: FinishInput): OutgoingContent {
  const rendered = renderAcknowledgement({ receivedAt: signal.receivedDateTime ?? new Date().toISOString() });
  return { subject: rendered.subject, html: rendered.html, to: input.acknowledgeTo, marker: ACKNOWLEDGEMENT_MARKER };
}

function idOfWellKnown(wellKnown: Map<string, string>, name: string): string {
  for (const [id, wellKnownName] of wellKnown) if (wellKnownName === name) return id;
  return "";
}

function isGone(outcome: CommandOutcome | undefined): boolean {
  return outcome !== undefined && !outcome.ok && outcome.notFound;
}

/** Deleted items are counted; an item already gone (404) is fine; anything else fails the call as retryable. */
function collect(outcomes: CommandOutcome[], items: (MailItem | undefined)[], deleted: MailItem[]): void {
  outcomes.forEach((outcome, index) => {
    const item = items[index];
    if (!item) return;
    if (outcome.ok) deleted.push(item);
    else if (!outcome.notFound) throw new RetryableMailboxError("delete-failed");
  });
}

function readNames(outcomes: CommandOutcome[], ids: string[], names: Map<string, string>): void {
  outcomes.forEach((outcome, index) => {
    const id = ids[index];
    if (id && outcome.ok && outcome.folderName) names.set(id, outcome.folderName);
  });
}
