// The folder tree every mailbox starts with. Graph lists the children of msgfolderroot; the recoverable
// items tree sits beside it: Deletions is reachable as the well-known "recoverableitemsdeletions", Purges is not.
// https://learn.microsoft.com/graph/api/resources/mailfolder
import { stableFolderId } from "./ids";
import type { Folder } from "./model";

export const PURGES = "recoverableitemspurges";

const standardFolders: Array<{ wellKnownName: string; displayName: string; parent: string | null; hidden: boolean }> = [
  { wellKnownName: "root", displayName: "Root", parent: null, hidden: true },
  { wellKnownName: "msgfolderroot", displayName: "Top of Information Store", parent: "root", hidden: false },
  { wellKnownName: "inbox", displayName: "Inbox", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "drafts", displayName: "Drafts", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "sentitems", displayName: "Sent Items", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "outbox", displayName: "Outbox", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "deleteditems", displayName: "Deleted Items", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "junkemail", displayName: "Junk Email", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "archive", displayName: "Archive", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "conversationhistory", displayName: "Conversation History", parent: "msgfolderroot", hidden: false },
  { wellKnownName: "recoverableitemsroot", displayName: "Recoverable Items", parent: "root", hidden: true },
  { wellKnownName: "recoverableitemsdeletions", displayName: "Deletions", parent: "recoverableitemsroot", hidden: true },
  { wellKnownName: PURGES, displayName: "Purges", parent: "recoverableitemsroot", hidden: true },
];

/** Well-known names Graph accepts in a path; the purge store is deliberately absent. */
export const reachableWellKnownNames = new Set(
  standardFolders.map((f) => f.wellKnownName).filter((name) => name !== PURGES && name !== "root" && name !== "recoverableitemsroot"),
);

/**
 * The standard folders of one mailbox. Their ids are derived from the mailbox's object id, so a reset of the
 * stand-in gives an existing mailbox the same folder ids again, as Exchange keeps them for a mailbox's lifetime.
 */
export function createStandardFolders(mailboxId: string): Map<string, Folder> {
  const idsByName = new Map<string, string>();
  const folders = new Map<string, Folder>();
  for (const spec of standardFolders) {
    const id = stableFolderId(mailboxId, spec.wellKnownName);
    idsByName.set(spec.wellKnownName, id);
    folders.set(id, {
      id,
      displayName: spec.displayName,
      wellKnownName: spec.wellKnownName,
      parentId: spec.parent === null ? null : (idsByName.get(spec.parent) ?? null),
      hidden: spec.hidden,
    });
  }
  return folders;
}
