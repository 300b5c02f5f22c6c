// Turns seed messages into stored items. Received items without explicit headers get the headers delivery would
// have stamped for an authenticated sender (dmarc=pass); a seed that stands for spoofed mail gives its own headers.
import { randomUUID } from "node:crypto";
import { deliveryHeaders } from "./delivery-headers";
import { canonicalPropertyId } from "./extended-properties";
import { applyMailFlow, isFromOutside } from "./mail-flow";
import { mailboxTag, newChangeKey, newConversationId, newImmutableId, newInternetMessageId, newRestId } from "./ids";
import { ensureFolderPath } from "./mailbox-folders";
import type { Mailbox, StoredMessage } from "./model";
import { domainOf, toRecipient } from "./recipients";
import type { Store } from "./store";
import type { z } from "zod";
import type { seedMessageSchema } from "./seed";

type ParsedSeedMessage = z.output<typeof seedMessageSchema>;

export function addSeedMessage(store: Store, mailbox: Mailbox, m: ParsedSeedMessage, index: number): StoredMessage {
  const folder = ensureFolderPath(mailbox, m.folder);
  // Seeds without dates get distinct, ordered times (the last seeded is the newest), so $orderby is meaningful.
  const received = m.receivedDateTime ?? new Date(Date.now() - (10_000 - index) * 60_000).toISOString();
  const from = toRecipient(store, m.from);
  const internetMessageId = m.internetMessageId ?? newInternetMessageId(domainOf(from.emailAddress.address));
  const wasDelivered = !m.isDraft && folder.wellKnownName !== "sentitems" && folder.wellKnownName !== "drafts";
  const headers =
    m.internetMessageHeaders ??
    (wasDelivered
      ? deliveryHeaders({
          fromAddress: from.emailAddress.address,
          sendingTenantDomains: [domainOf(from.emailAddress.address)],
          internetMessageId,
          inReplyTo: null,
          references: null,
          date: received,
          authentication: m.authentication ?? "pass",
        })
      : []);
  const message: StoredMessage = {
    immutableId: newImmutableId(mailboxTag(mailbox.id)),
    restId: newRestId(mailboxTag(mailbox.id)),
    folderId: folder.id,
    changeKey: newChangeKey(),
    createdDateTime: received,
    lastModifiedDateTime: received,
    receivedDateTime: received,
    sentDateTime: m.isDraft ? null : (m.sentDateTime ?? received),
    subject: m.subject,
    body: m.body,
    from,
    sender: from,
    toRecipients: m.toRecipients.map((r) => toRecipient(store, r)),
    ccRecipients: m.ccRecipients.map((r) => toRecipient(store, r)),
    bccRecipients: m.bccRecipients.map((r) => toRecipient(store, r)),
    replyTo: m.replyTo.map((r) => toRecipient(store, r)),
    isDraft: m.isDraft,
    isRead: m.isRead,
    importance: "normal",
    categories: [],
    conversationId: m.conversationId ?? newConversationId(),
    internetMessageId,
    internetMessageHeaders: headers,
    attachments: m.attachments.map((a) => ({ ...a, id: `AAMkAGI2${randomUUID().replace(/-/g, "")}=` })),
    extendedProperties: Object.fromEntries(m.singleValueExtendedProperties.map((p) => [canonicalPropertyId(p.id), p.value])),
    inReplyTo: null,
    references: null,
  };
  if (wasDelivered) {
    const receiving = store.findTenant(mailbox.tenant);
    if (isFromOutside(from.emailAddress.address, receiving)) applyMailFlow(message, receiving?.mailFlow);
  }
  mailbox.messages.set(message.immutableId, message);
  return message;
}
