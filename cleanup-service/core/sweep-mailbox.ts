// The sweep (app-only, no user present): purge what acknowledge-and-delete could not reach — remnants of
// acknowledged signals, stray acknowledgement copies — and report signals still waiting, as counts and times.
// A clean mailbox costs one round trip (one $batch over all folders and recoverable items).
// Unacknowledged signals are kept unless the expiry policy is set: then, after N hours, Veilig Thuis gets a
// content-free "expired unacknowledged" notice (sent without a Sent Items copy) and the signal is purged.
import { renderExpiryNotice } from "../../shared";
import { customFolderIds, tallyByFolder, type FolderCounts } from "./folder-tally";
import { HANDLE_WITH_CARE_SUBJECTS } from "./handle-with-care-subjects";
import type { CommandOutcome, MailItem, MailboxCommand, MailboxPort } from "./mailbox-port";
import type { SignalMailbox } from "./acknowledge-and-delete";
import { EXPIRY_NOTICE_MARKER, isOwnAcknowledgement, isTrustedSignal, type Trust } from "./signal-items";
import { RetryableMailboxError } from "./errors";

export interface SweepOptions {
  now: Date;
  /** Unset: keep unacknowledged signals. */
  expireUnacknowledgedAfterHours?: number;
}

export interface SweepResult {
  mailbox: string;
  sweptAt: string;
  purged: FolderCounts;
  /** Signals waiting for acknowledgement: when they arrived and how old they are. Nothing else. */
  waiting: { count: number; receivedAt: string[]; oldestAgeHours: number | null };
  expired: number;
}

export async function sweepMailbox(port: MailboxPort, mailbox: SignalMailbox, options: SweepOptions): Promise<SweepResult> {
  const trust: Trust = { senders: mailbox.trustedSenders.map((s) => s.address), today: options.now.toISOString().slice(0, 10) };
  const result: SweepResult = { mailbox: port.address, sweptAt: options.now.toISOString(), purged: {}, waiting: { count: 0, receivedAt: [], oldestAgeHours: null }, expired: 0 };
  const candidates = (await port.findItems({ kind: "subjects", subjects: [...HANDLE_WITH_CARE_SUBJECTS] })).items;
  const anchors = candidates.filter((item) => isTrustedSignal(item, trust) || isOwnAcknowledgement(item, port.address));
  if (anchors.length === 0) return result;

  const conversationIds = [...new Set(anchors.map((item) => item.message.conversationId).filter((id): id is string => Boolean(id)))];
  const internetMessageIds = [...new Set(anchors.map((item) => item.message.internetMessageId).filter((id): id is string => Boolean(id)))];
  const found = await port.findItems({ kind: "signal", conversationIds, internetMessageIds }, { resolveFolders: true });

  const commands: MailboxCommand[] = [];
  const targets: MailItem[] = [];
  for (const group of groupByConversation([...found.items, ...anchors])) {
    const signals = group.filter((item) => isTrustedSignal(item, trust));
    const acknowledged = group.some((item) => !item.isDraft && isOwnAcknowledgement(item, port.address));
    // One acknowledgement cannot say which of two signals in one conversation it answered: purging both could
    // lose an unread one. Such a conversation is left whole; its signals are reported as waiting.
    if (acknowledged && signals.length <= 1) {
      targets.push(...group);
      commands.push(...group.map((item): MailboxCommand => ({ kind: "permanent-delete", id: item.id })));
      continue;
    }
    if (signals.length === 0) {
      const stray = group.filter((item) => isOwnAcknowledgement(item, port.address));
      targets.push(...stray);
      commands.push(...stray.map((item): MailboxCommand => ({ kind: "permanent-delete", id: item.id })));
      continue;
    }
    for (const signal of signals) {
      const receivedAt = signal.receivedDateTime ?? options.now.toISOString();
      const ageHours = (options.now.getTime() - Date.parse(receivedAt)) / 3_600_000;
      const limit = options.expireUnacknowledgedAfterHours;
      if (limit !== undefined && ageHours >= limit) {
        const sender = mailbox.trustedSenders.find((s) => s.address === signal.fromAddress);
        if (!sender) continue;
        const notice = renderExpiryNotice({ receivedAt });
        const noticeIndex = commands.push({ kind: "send-mail", content: { subject: notice.subject, html: notice.html, to: sender.acknowledgeTo, marker: EXPIRY_NOTICE_MARKER } }) - 1;
        targets.push(...group);
        commands.push(...group.map((item): MailboxCommand => ({ kind: "permanent-delete", id: item.id, dependsOn: [noticeIndex] })));
        result.expired += 1;
        break;
      }
      result.waiting.receivedAt.push(receivedAt);
      result.waiting.oldestAgeHours = Math.max(result.waiting.oldestAgeHours ?? 0, Math.round(ageHours * 10) / 10);
    }
  }
  result.waiting.count = result.waiting.receivedAt.length;
  if (commands.length === 0) return result;

  const folderIds = customFolderIds(targets, found.wellKnownFolders);
  const outcomes = await port.execute([...commands, ...folderIds.map((id): MailboxCommand => ({ kind: "read-folder-name", id }))]);
  const customNames = new Map<string, string>();
  folderIds.forEach((id, index) => {
    const outcome = outcomes[commands.length + index];
    if (outcome?.ok && outcome.folderName) customNames.set(id, outcome.folderName);
  });
  const purged = deletedTargets(commands, outcomes, targets);
  result.purged = tallyByFolder(purged, found.wellKnownFolders, customNames);
  if (outcomes.slice(0, commands.length).some((outcome) => !outcome.ok && !outcome.notFound)) throw new RetryableMailboxError("sweep-incomplete");
  return result;
}

function deletedTargets(commands: MailboxCommand[], outcomes: CommandOutcome[], targets: MailItem[]): MailItem[] {
  const byId = new Map(targets.map((item) => [item.id, item]));
  const deleted: MailItem[] = [];
  commands.forEach((command, index) => {
    const item = command.kind === "permanent-delete" ? byId.get(command.id) : undefined;
    if (item && outcomes[index]?.ok) deleted.push(item);
  });
  return deleted;
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
