// Message lookups and moves inside one mailbox, with Exchange's id rules: the REST id changes on every folder
// move, the immutable id never does. https://learn.microsoft.com/graph/outlook-immutable-id
import { idMalformed, itemNotFound, itemOfAnotherMailbox } from "./errors";
import { PURGES } from "./folders";
import { isWellFormedId, mailboxTag, newChangeKey, newImmutableId, newRestId, tagOfItemId } from "./ids";
import { isInMessageStore, wellKnownFolder } from "./mailbox-folders";
import type { Mailbox, StoredMessage } from "./model";

/** Graph shows an item once it is written: a Sent Items copy may lag behind the send (see delivery.ts). */
export const isVisible = (message: StoredMessage, now = Date.now()) => (message.visibleFrom ?? 0) <= now;

export function isPurged(mailbox: Mailbox, message: StoredMessage): boolean {
  return mailbox.folders.get(message.folderId)?.wellKnownName === PURGES;
}

/** Finds a message by its current REST id or its immutable id; purged items and stale REST ids are gone (404). */
export function findMessage(mailbox: Mailbox, id: string): StoredMessage {
  const byImmutable = mailbox.messages.get(id);
  const message = byImmutable ?? [...mailbox.messages.values()].find((m) => m.restId === id);
  if (message && !isPurged(mailbox, message) && isVisible(message)) return message;
  const tag = tagOfItemId(id);
  if (tag !== undefined && tag !== mailboxTag(mailbox.id)) throw itemOfAnotherMailbox();
  if (isWellFormedId(id)) throw itemNotFound();
  throw idMalformed();
}

/** `GET users/{id}/messages`: every folder under msgfolderroot, Deleted Items included, recoverable items not. */
export function messagesInStore(mailbox: Mailbox): StoredMessage[] {
  return [...mailbox.messages.values()].filter((m) => isVisible(m) && isInMessageStore(mailbox, m.folderId));
}

export function messagesInFolder(mailbox: Mailbox, folderId: string): StoredMessage[] {
  return [...mailbox.messages.values()].filter((m) => m.folderId === folderId && isVisible(m));
}

function touch(message: StoredMessage): void {
  message.changeKey = newChangeKey();
  message.lastModifiedDateTime = new Date().toISOString();
}

export function moveMessage(message: StoredMessage, folderId: string): StoredMessage {
  if (message.folderId !== folderId) {
    message.folderId = folderId;
    message.restId = newRestId(tagOfItemId(message.immutableId) ?? "");
    touch(message);
  }
  return message;
}

/** A copy is a new item: new REST and immutable ids, same Internet Message-ID and conversation. */
export function copyMessage(mailbox: Mailbox, message: StoredMessage, folderId: string): StoredMessage {
  const now = new Date().toISOString();
  const copy: StoredMessage = {
    ...structuredClone(message),
    immutableId: newImmutableId(mailboxTag(mailbox.id)),
    restId: newRestId(mailboxTag(mailbox.id)),
    folderId,
    changeKey: newChangeKey(),
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
  mailbox.messages.set(copy.immutableId, copy);
  return copy;
}

/** DELETE: to Deleted Items; from Deleted Items on to Recoverable Items Deletions. */
export function softDelete(mailbox: Mailbox, message: StoredMessage): void {
  const deleted = wellKnownFolder(mailbox, "deleteditems").id;
  const target = message.folderId === deleted ? wellKnownFolder(mailbox, "recoverableitemsdeletions").id : deleted;
  moveMessage(message, target);
}

/** permanentDelete: into the Purges folder, which Graph cannot list or read. */
export function purge(mailbox: Mailbox, message: StoredMessage): void {
  moveMessage(message, wellKnownFolder(mailbox, PURGES).id);
}

export function markModified(message: StoredMessage): void {
  touch(message);
}
