// Acknowledge and delete one signal on behalf of the functionary (Bijlage 1.5 and 1.6).
//
// Sequential round trips on a first run (the benchmark's target is ≤ 6):
//   1 read the message            2 find every item of the signal ($batch: conversation + copies, all folders
//   and recoverable items)        3 createReply (only when no acknowledgement exists yet)
//   4 $batch: PATCH + send the acknowledgement, then permanentDelete every other item (dependsOn send)
//   5 $batch: permanentDelete the acknowledgement's Sent Items copy, then the original (dependsOn)
//   6 verify: find again; anything left fails the call as retryable.
// The original goes last, so "the message is gone" means the whole job was done: a retry after any failure
// still finds the signal and its conversation, and finds the acknowledgement already there (no second one).
import { recognizeMessage, renderAcknowledgement } from "../../shared";
import { NotASignalError, RetryableMailboxError } from "./errors";
import { customFolderIds, tallyByFolder, type FolderCounts } from "./folder-tally";
import type { CommandOutcome, ItemQuery, MailItem, MailboxCommand, MailboxPort, OutgoingContent } from "./mailbox-port";
import { ACKNOWLEDGEMENT_MARKER, acknowledgementsAmong, selectSignalItems, type Trust } from "./signal-items";
import { SingleFlight } from "./single-flight";

export interface SignalMailbox {
  address: string;
  trustedSenders: { address: string; acknowledgeTo: string }[];
}

export interface AcknowledgeAndDeleteInput {
  messageId: string;
  mailbox: SignalMailbox;
  locale?: "nl" | "en";
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
  const signal = await port.getMessage(input.messageId);
  if (!signal) {
    deps.onStep?.("already-deleted");
    return { status: "already-deleted", acknowledged: false, deleted: {}, remaining: 0 };
  }
  const trust: Trust = { senders: input.mailbox.trustedSenders.map((s) => s.address), ...(input.today ? { today: input.today } : {}) };
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
  const found = await port.findItems(queryFor(signal), { resolveFolders: true });
  const items = selectSignalItems(found.items, signal, input.trust);
  const original = items.find((item) => item.id === signal.id) ?? signal;
  const acknowledgements = acknowledgementsAmong(items, port.address);
  const deleted: MailItem[] = [];
  const customNames = new Map<string, string>();
  const folderReads = customFolderIds(items, found.wellKnownFolders);

  let sentNowId: string | undefined;
  let others = items.filter((item) => item.id !== original.id);
  if (acknowledgements.sent.length === 0) {
    const content = acknowledgementContent(signal, input);
    const draftId = acknowledgements.drafts[0]?.id ?? (await port.createReplyDraft(signal.id, content));
    deps.onStep?.("acknowledgement-draft", { reused: acknowledgements.drafts.length > 0 });
    others = others.filter((item) => item.id !== draftId);
    const commands: MailboxCommand[] = [{ kind: "send-draft", id: draftId, content }];
    commands.push(...others.map((item): MailboxCommand => ({ kind: "permanent-delete", id: item.id, dependsOn: [0] })));
    commands.push(...folderReads.map((id): MailboxCommand => ({ kind: "read-folder-name", id })));
    const outcomes = await port.execute(commands);
    if (!outcomes[0]?.ok) throw new RetryableMailboxError("acknowledgement-not-sent");
    deps.onStep?.("acknowledgement-sent");
    collect(outcomes.slice(1, 1 + others.length), others, deleted);
    readNames(outcomes.slice(1 + others.length), folderReads, customNames);
    sentNowId = draftId;
    others = [];
  }

  // The original goes last and only after everything else is gone.
  const last: MailboxCommand[] = others.map((item) => ({ kind: "permanent-delete", id: item.id }));
  const lastItems = [...others];
  if (sentNowId) {
    last.push({ kind: "permanent-delete", id: sentNowId });
    lastItems.push({ ...original, id: sentNowId, folderId: idOfWellKnown(found.wellKnownFolders, "sentitems") });
  }
  const reads = sentNowId ? [] : folderReads;
  last.push({ kind: "permanent-delete", id: original.id, dependsOn: last.map((_, index) => index) });
  last.push(...reads.map((id): MailboxCommand => ({ kind: "read-folder-name", id })));
  const outcomes = await port.execute(last);
  collect(outcomes.slice(0, lastItems.length + 1), [...lastItems, original], deleted);
  readNames(outcomes.slice(lastItems.length + 1), reads, customNames);
  if (!outcomes[lastItems.length]?.ok && !isGone(outcomes[lastItems.length])) throw new RetryableMailboxError("signal-not-purged");
  deps.onStep?.("purged", { items: deleted.length });

  const verify = await port.findItems(queryFor(signal));
  const remaining = selectSignalItems(verify.items, signal, input.trust);
  if (remaining.length > 0) throw new RetryableMailboxError("remnants-remain");
  deps.onStep?.("verified");
  return { status: "acknowledged-and-deleted", acknowledged: true, deleted: tallyByFolder(deleted, found.wellKnownFolders, customNames), remaining: 0 };
}

function acknowledgementContent(signal: MailItem, input: FinishInput): OutgoingContent {
  const rendered = renderAcknowledgement({ receivedAt: signal.receivedDateTime ?? new Date().toISOString(), ...(input.locale ? { locale: input.locale } : {}) });
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
function collect(outcomes: CommandOutcome[], items: MailItem[], deleted: MailItem[]): void {
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
