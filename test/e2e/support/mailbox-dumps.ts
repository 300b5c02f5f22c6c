// Reading the stand-in's whole-mailbox dump (every folder, recoverable items and the purge store included).
import type { DumpItem, MailboxDump } from "../../../dev/stand-in";

export const PURGE_STORE = "purges";

export function allItems(dump: MailboxDump): DumpItem[] {
  return dump.folders.flatMap((folder) => folder.items);
}

/** Items Graph can still reach: everything outside the purge store. */
export function graphVisibleItems(dump: MailboxDump): DumpItem[] {
  return dump.folders.filter((folder) => folder.name !== PURGE_STORE).flatMap((folder) => folder.items);
}

export function purgedItems(dump: MailboxDump): DumpItem[] {
  return dump.folders.find((folder) => folder.name === PURGE_STORE)?.items ?? [];
}

/** Items in `after` that were not in `before`, by immutable id. */
export function newItems(before: MailboxDump, after: MailboxDump): DumpItem[] {
  const known = new Set(allItems(before).map((item) => item.immutableId));
  return allItems(after).filter((item) => !known.has(item.immutableId));
}

/** What must not change about an unrelated message: where it is and what it says. */
export function fingerprint(item: DumpItem): string {
  return JSON.stringify([item.folder, item.subject, item.body, item.from, item.toRecipients, item.isDraft]);
}
