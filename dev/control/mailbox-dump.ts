// The test-only view of a whole mailbox: every folder, the recoverable items and the purge store included,
// which Graph itself never shows. Used to prove what was (and was not) deleted.
import { PURGES } from "../graph-emulator/folders";
import { folderDumpName } from "../graph-emulator/mailbox-folders";
import type { InternetMessageHeader, Mailbox, Recipient } from "../graph-emulator/model";

export interface DumpItem {
  /** The current REST id (what Graph returns without the ImmutableId preference). */
  id: string;
  immutableId: string;
  folder: string;
  subject: string;
  body: { contentType: "html" | "text"; content: string };
  from: Recipient | null;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  replyTo: Recipient[];
  conversationId: string;
  internetMessageId: string;
  internetMessageHeaders: InternetMessageHeader[];
  isDraft: boolean;
  isRead: boolean;
  receivedDateTime: string;
  sentDateTime: string | null;
}

export interface DumpFolder {
  name: string;
  wellKnownName?: string;
  items: DumpItem[];
}

export interface MailboxDump {
  address: string;
  folders: DumpFolder[];
}

const internal = new Set(["root", "msgfolderroot", "recoverableitemsroot"]);

export function dumpMailbox(mailbox: Mailbox): MailboxDump {
  const folders: DumpFolder[] = [];
  for (const folder of mailbox.folders.values()) {
    if (folder.wellKnownName && internal.has(folder.wellKnownName)) continue;
    const name = folder.wellKnownName === PURGES ? "purges" : folderDumpName(mailbox, folder);
    const items = [...mailbox.messages.values()]
      .filter((m) => m.folderId === folder.id)
      .sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime))
      .map(
        (m): DumpItem => ({
          id: m.restId,
          immutableId: m.immutableId,
          folder: name,
          subject: m.subject,
          body: structuredClone(m.body),
          from: structuredClone(m.from),
          toRecipients: structuredClone(m.toRecipients),
          ccRecipients: structuredClone(m.ccRecipients),
          replyTo: structuredClone(m.replyTo),
          conversationId: m.conversationId,
          internetMessageId: m.internetMessageId,
          internetMessageHeaders: structuredClone(m.internetMessageHeaders),
          isDraft: m.isDraft,
          isRead: m.isRead,
          receivedDateTime: m.receivedDateTime,
          sentDateTime: m.sentDateTime,
        }),
      );
    folders.push({ name, ...(folder.wellKnownName ? { wellKnownName: folder.wellKnownName } : {}), items });
  }
  return { address: mailbox.address, folders };
}
