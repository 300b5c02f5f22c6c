// Sending: the sender's copy goes to Sent Items (or nowhere, for sendMail with saveToSentItems false), and every
// recipient mailbox the stand-in hosts gets its own copy in Inbox with delivery headers. Recipients outside the
// stand-in are accepted and dropped, as mail to the internet leaves the tenant.
import { deliveryHeaders } from "./delivery-headers";
import { applyMailFlow, isFromOutside } from "./mail-flow";
import { mailboxTag, newChangeKey, newImmutableId, newInternetMessageId, newRestId } from "./ids";
import { wellKnownFolder } from "./mailbox-folders";
import { moveMessage } from "./mailbox-messages";
import type { Mailbox, StoredMessage } from "./model";
import { domainOf } from "./recipients";
import type { Store } from "./store";

export interface SendOptions {
  saveToSentItems: boolean;
  /** How long the Sent Items copy stays invisible to Graph after the send (Exchange writes it asynchronously). */
  sentCopyDelayMs?: number;
  /** How long the Sent Items copy, once visible, stays in submission (changes refused). */
  inSubmissionMs?: number;
}

/** Turns a draft into a sent message and delivers it. The draft keeps its immutable id into Sent Items. */
export function sendDraft(store: Store, mailbox: Mailbox, draft: StoredMessage, options: SendOptions): void {
  const now = new Date().toISOString();
  const from = draft.from ?? { emailAddress: { name: mailbox.displayName, address: mailbox.address } };
  draft.from = from;
  draft.sender = draft.sender ?? from;
  draft.isDraft = false;
  draft.isRead = true;
  draft.sentDateTime = now;
  draft.receivedDateTime = now;
  if (!draft.internetMessageId) draft.internetMessageId = newInternetMessageId(domainOf(from.emailAddress.address));
  const customHeaders = draft.internetMessageHeaders.filter((h) => /^x-/i.test(h.name));
  // The sender's copy carries no Internet headers (microsoft-graph-docs issue 2716); only recipients' copies do.
  draft.internetMessageHeaders = [];
  if (options.saveToSentItems) {
    moveMessage(draft, wellKnownFolder(mailbox, "sentitems").id);
    if (options.sentCopyDelayMs) draft.visibleFrom = Date.now() + options.sentCopyDelayMs;
    if (options.inSubmissionMs) draft.inSubmissionUntil = Date.now() + (options.sentCopyDelayMs ?? 0) + options.inSubmissionMs;
  }
  else mailbox.messages.delete(draft.immutableId);

  const tenant = store.findTenant(mailbox.tenant);
  const recipients = [...draft.toRecipients, ...draft.ccRecipients, ...draft.bccRecipients];
  const delivered = new Set<string>();
  for (const recipient of recipients) {
    const target = store.findMailbox(recipient.emailAddress.address);
    if (!target || delivered.has(target.address)) continue;
    delivered.add(target.address);
    const copy: StoredMessage = {
      ...structuredClone(draft),
      immutableId: newImmutableId(mailboxTag(target.id)),
      restId: newRestId(mailboxTag(target.id)),
      folderId: wellKnownFolder(target, "inbox").id,
      changeKey: newChangeKey(),
      createdDateTime: now,
      lastModifiedDateTime: now,
      isRead: false,
      visibleFrom: undefined,
      inSubmissionUntil: undefined,
      bccRecipients: [],
      // Named properties are the sender's; they do not travel with the message.
      extendedProperties: {},
      internetMessageHeaders: [
        ...deliveryHeaders({
          fromAddress: from.emailAddress.address,
          sendingTenantDomains: tenant?.domains ?? [],
          internetMessageId: draft.internetMessageId,
          inReplyTo: draft.inReplyTo,
          references: draft.references,
          date: now,
        }),
        ...customHeaders,
      ],
    };
    const receiving = store.findTenant(target.tenant);
    if (isFromOutside(from.emailAddress.address, receiving)) applyMailFlow(copy, receiving?.mailFlow);
    target.messages.set(copy.immutableId, copy);
  }
}
