// Folder lookups inside one mailbox: well-known names, ids, display-name paths and the visibility rules.
import { idMalformed, itemNotFound } from "./errors";
import { isWellFormedId, newFolderId } from "./ids";
import type { Folder, Mailbox } from "./model";
import { PURGES, reachableWellKnownNames } from "./folders";

export function wellKnownFolder(mailbox: Mailbox, name: string): Folder {
  for (const folder of mailbox.folders.values()) if (folder.wellKnownName === name) return folder;
  throw new Error(`mailbox ${mailbox.address} has no ${name} folder`);
}

/** A folder reference from a Graph path: an id or a well-known name. The purge store is never reachable. */
export function resolveFolder(mailbox: Mailbox, ref: string): Folder {
  const name = ref.toLowerCase();
  if (reachableWellKnownNames.has(name)) return wellKnownFolder(mailbox, name);
  const folder = mailbox.folders.get(ref);
  if (folder && folder.wellKnownName !== PURGES && folder.wellKnownName !== "root" && folder.wellKnownName !== "recoverableitemsroot") {
    return folder;
  }
  if (folder || isWellFormedId(ref)) throw itemNotFound();
  throw idMalformed();
}

export function childFolders(mailbox: Mailbox, parentId: string): Folder[] {
  return [...mailbox.folders.values()].filter((f) => f.parentId === parentId);
}

/** True for folders under msgfolderroot: what `GET users/{id}/messages` spans. */
export function isInMessageStore(mailbox: Mailbox, folderId: string): boolean {
  const root = wellKnownFolder(mailbox, "msgfolderroot").id;
  let current = mailbox.folders.get(folderId);
  while (current) {
    if (current.id === root) return true;
    current = current.parentId ? mailbox.folders.get(current.parentId) : undefined;
  }
  return false;
}

/** The name the dump uses: the well-known name, or the display-name path from msgfolderroot ("Inbox/Signalen"). */
export function folderDumpName(mailbox: Mailbox, folder: Folder): string {
  if (folder.wellKnownName) return folder.wellKnownName;
  const parts: string[] = [];
  let current: Folder | undefined = folder;
  while (current && current.wellKnownName !== "msgfolderroot" && current.wellKnownName !== "root") {
    parts.unshift(current.displayName);
    current = current.parentId ? mailbox.folders.get(current.parentId) : undefined;
  }
  return parts.join("/");
}

export function createFolder(mailbox: Mailbox, parentId: string, displayName: string): Folder {
  const folder: Folder = { id: newFolderId(), displayName, wellKnownName: null, parentId, hidden: false };
  mailbox.folders.set(folder.id, folder);
  return folder;
}

/** Finds or creates a folder from a seed reference: a well-known name or a "/" path of display names. */
export function ensureFolderPath(mailbox: Mailbox, path: string): Folder {
  const name = path.toLowerCase();
  if (reachableWellKnownNames.has(name) || name === PURGES) return wellKnownFolder(mailbox, name);
  let parent = wellKnownFolder(mailbox, "msgfolderroot");
  for (const segment of path.split("/").filter((s) => s.length > 0)) {
    const existing = childFolders(mailbox, parent.id).find((f) => f.displayName.toLowerCase() === segment.toLowerCase());
    parent = existing ?? createFolder(mailbox, parent.id, segment);
  }
  return parent;
}
