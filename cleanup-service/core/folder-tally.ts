// Counts per folder for responses and logs: well-known folders by their Graph name (inbox, sentitems, …),
// everything else — a custom folder, Outbox, Archive — as "other". A custom folder's display name may be a
// child's name, so it never reaches an answer or a log line.
import type { MailItem } from "./mailbox-port";

export type FolderCounts = Record<string, number>;

export function folderNameOf(folderId: string, wellKnown: Map<string, string>): string {
  return wellKnown.get(folderId) ?? "other";
}

export function tallyByFolder(items: MailItem[], wellKnown: Map<string, string>): FolderCounts {
  const counts: FolderCounts = {};
  for (const item of items) {
    const name = folderNameOf(item.folderId, wellKnown);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
