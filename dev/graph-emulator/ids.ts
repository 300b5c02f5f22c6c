// Opaque ids shaped like Exchange's: base64url text with a fixed prefix per kind. The prefixes let the emulator
// answer a malformed id (400 ErrorInvalidIdMalformed) differently from a well-formed id that is gone (404).
import { randomBytes, randomUUID } from "node:crypto";

const body = (bytes: number) => randomBytes(bytes).toString("base64url");

/** A REST id: changes whenever the item moves to another folder. */
export const newRestId = () => `AAMkAGI2${body(33)}AAA=`;
/** An ImmutableId: stays with the item for its whole life in the mailbox. */
export const newImmutableId = () => `AAkALgAA${body(33)}AAA=`;
export const newFolderId = () => `AAMkAGI2${body(21)}AAAEMAAA=`;
export const newChangeKey = () => `CQAAABYAAA${body(12)}`;
export const newConversationId = () => `AAQkAGI2${body(24)}=`;
export const newInternetMessageId = (domain: string) => `<${randomUUID().replace(/-/g, "")}@${domain}>`;

const wellFormed = /^AA[A-Za-z0-9_-]{20,}={0,2}$/;
export const isWellFormedId = (id: string) => wellFormed.test(id);
