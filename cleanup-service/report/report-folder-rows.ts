// The report's folder table as a parent reads it: Outlook's folder names (a custom folder's path starts with its
// well-known parent, "inbox/Signalen" → "Postvak IN/Signalen"), in Outlook's order, each custom folder beneath its
// parent, recoverable items last.
import type { FolderCount } from "../core/inspect-mailbox";

const OUTLOOK_ORDER = ["inbox", "drafts", "sentitems", "outbox", "deleteditems", "junkemail", "archive"];
const LAST = "recoverableitemsdeletions";

export interface FolderRow {
  label: string;
  itemCount: number;
}

function rank(name: string): number {
  const top = name.split("/")[0] ?? name;
  if (top === LAST) return OUTLOOK_ORDER.length + 1;
  const index = OUTLOOK_ORDER.indexOf(top);
  return index === -1 ? OUTLOOK_ORDER.length : index;
}

/** `folderName` names a well-known folder (a Graph name) in the reader's language, or returns what it is given. */
export function reportFolderRows(folders: readonly FolderCount[], folderName: (name: string) => string): FolderRow[] {
  return [...folders]
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
    .map((folder) => {
      const [top = "", ...rest] = folder.name.split("/");
      return { label: [folderName(top), ...rest].join("/"), itemCount: folder.itemCount };
    });
}
