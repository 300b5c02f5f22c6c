// What the read pane needs to decide what the open message is, read as the recognizer wants it: sender,
// attachments (inline images included) and the raw internet headers.
import { readItem } from "./mailbox-item";
import { officeAsync } from "./office-async";
import { isRequirementSupported } from "./requirements";

export class HeadersUnavailableError extends Error {
  override readonly name = "HeadersUnavailableError";
  constructor() {
    super("This Outlook client cannot read a message's internet headers (getAllInternetHeadersAsync, Mailbox 1.8).");
  }
}

export function getReadFromAddress(): string | undefined {
  const from = readItem().from;
  return typeof from?.emailAddress === "string" ? from.emailAddress : undefined;
}

/**
 * Every attachment, inline images included (Graph's hasAttachments leaves those out): read mode's
 * `attachments` (Mailbox 1.1) lists both, with isInline. Undefined when the client gives no list.
 */
export function countReadAttachments(): number | undefined {
  const attachments = readItem().attachments;
  return Array.isArray(attachments) ? attachments.length : undefined;
}

/**
 * The message's header block as received (Mailbox 1.8). Outlook on phones reports Mailbox 1.5 and does not
 * offer this call: then a HeadersUnavailableError, and the pane does not trust the message.
 */
export async function getAllInternetHeaders(): Promise<string> {
  const item = readItem();
  if (!isRequirementSupported("Mailbox", "1.8") || typeof item.getAllInternetHeadersAsync !== "function") throw new HeadersUnavailableError();
  return officeAsync<string>("getAllInternetHeadersAsync", (done) => item.getAllInternetHeadersAsync(done));
}
