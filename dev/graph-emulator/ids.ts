// Opaque ids shaped like Exchange's: base64url text with a fixed prefix per kind. The prefixes let the emulator
// answer a malformed id (400 ErrorInvalidIdMalformed) differently from a well-formed id that is gone (404).
import { createHash, randomBytes, randomUUID } from "node:crypto";

const body = (bytes: number) => randomBytes(bytes).toString("base64url");

// Exchange's item ids carry the mailbox they belong to: an id used under another mailbox's URL is refused with
// ErrorInvalidMailboxItemId ("Item Id doesn't belong to the current mailbox."), not answered as "not found".
const REST_PREFIX = "AAMkAGI2";
const IMMUTABLE_PREFIX = "AAkALgAA";
const TAG_LENGTH = 8;

/** The part of an item id that names its mailbox. */
export const mailboxTag = (mailboxId: string) => createHash("sha256").update(mailboxId.toLowerCase()).digest("base64url").slice(0, TAG_LENGTH);
/** The mailbox tag inside an item id, or undefined for ids that carry none (folders, attachments, foreign shapes). */
export function tagOfItemId(id: string): string | undefined {
  const prefix = id.startsWith(REST_PREFIX) ? REST_PREFIX : id.startsWith(IMMUTABLE_PREFIX) ? IMMUTABLE_PREFIX : undefined;
  if (!prefix || !/AAA=$/.test(id) || id.length !== prefix.length + TAG_LENGTH + 40) return undefined;
  return id.slice(prefix.length, prefix.length + TAG_LENGTH);
}
/** A REST id: changes whenever the item moves to another folder. */
export const newRestId = (tag: string) => `${REST_PREFIX}${tag}${body(27)}AAA=`;
/** An ImmutableId: stays with the item for its whole life in the mailbox. */
export const newImmutableId = (tag: string) => `${IMMUTABLE_PREFIX}${tag}${body(27)}AAA=`;
export const newFolderId = () => `AAMkAGI2${body(21)}AAAEMAAA=`;
/** A folder id that is the same whenever the same mailbox's same well-known folder is made. */
export const stableFolderId = (mailboxId: string, name: string) => `AAMkAGI2${createHash("sha256").update(`${mailboxId}\u0000${name}`).digest("base64url").slice(0, 28)}AAAEMAAA=`;
export const newChangeKey = () => `CQAAABYAAA${body(12)}`;
export const newConversationId = () => `AAQkAGI2${body(24)}=`;
export const newInternetMessageId = (domain: string) => `<${randomUUID().replace(/-/g, "")}@${domain}>`;

const wellFormed = /^AA[A-Za-z0-9_-]{20,}={0,2}$/;
export const isWellFormedId = (id: string) => wellFormed.test(id);
