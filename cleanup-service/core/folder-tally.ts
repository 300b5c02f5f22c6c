// Counts per folder for responses and reports: well-known folders by their Graph name (inbox, sentitems, …),
// custom folders by their display name, anything unresolved as "other".
import type { MailItem } from "./mailbox-port";

export type FolderCounts = Record<string, number>;

export function folderNameOf(folderId: string, wellKnown: Map<string, string>, custom: Map<string, string>): string {
  return wellKnown.get(folderId) ?? custom.get(folderId) ?? "other";
}

export function tallyByFolder(items: MailItem[], wellKnown: Map<string, string>, custom: Map<string, string>): FolderCounts {
  const counts: FolderCounts = {};
  for (const item of items) {
    const name = folderNameOf(item.folderId, wellKnown, custom);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** Folder ids among `items` that have no well-known name, so their display names can be fetched. */
export function customFolderIds(items: MailItem[], wellKnown: Map<string, string>): string[] {
  return [...new Set(items.map((item) => item.folderId).filter((id) => id && !wellKnown.has(id)))];
}
