// Building drafts: a new message (POST messages), a reply (createReply / createReplyAll) and a forward
// (createForward). Replies go to Reply-To when the original has one, else to From, as Outlook does.
// https://learn.microsoft.com/graph/api/message-createreply
import { mailboxTag, newChangeKey, newConversationId, newImmutableId, newRestId } from "./ids";
import type { Mailbox, Recipient, StoredMessage } from "./model";

export function emptyDraft(mailbox: Mailbox, folderId: string): StoredMessage {
  const now = new Date().toISOString();
  const self: Recipient = { emailAddress: { name: mailbox.displayName, address: mailbox.address } };
  return {
    immutableId: newImmutableId(mailboxTag(mailbox.id)),
    restId: newRestId(mailboxTag(mailbox.id)),
    folderId,
    changeKey: newChangeKey(),
    createdDateTime: now,
    lastModifiedDateTime: now,
    receivedDateTime: now,
    sentDateTime: null,
    subject: "",
    body: { contentType: "html", content: "" },
    from: self,
    sender: self,
    toRecipients: [],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    isDraft: true,
    isRead: true,
    importance: "normal",
    categories: [],
    conversationId: newConversationId(),
    internetMessageId: "",
    internetMessageHeaders: [],
    attachments: [],
    extendedProperties: {},
    inReplyTo: null,
    references: null,
  };
}

const quote = (original: StoredMessage) =>
  `<hr><div><b>From:</b> ${original.from?.emailAddress.name ?? ""} &lt;${original.from?.emailAddress.address ?? ""}&gt;<br>` +
  `<b>Sent:</b> ${original.sentDateTime ?? original.receivedDateTime}<br><b>Subject:</b> ${original.subject}</div>` +
  (original.body.contentType === "html" ? original.body.content : `<pre>${original.body.content}</pre>`);

export function replyDraft(mailbox: Mailbox, folderId: string, original: StoredMessage, all: boolean): StoredMessage {
  const draft = emptyDraft(mailbox, folderId);
  const to = original.replyTo.length > 0 ? original.replyTo : original.from ? [original.from] : [];
  draft.subject = /^re:/i.test(original.subject) ? original.subject : `RE: ${original.subject}`;
  draft.toRecipients = structuredClone(to);
  if (all) {
    const others = [...original.toRecipients, ...original.ccRecipients].filter(
      (r) => r.emailAddress.address.toLowerCase() !== mailbox.address && !to.some((t) => t.emailAddress.address === r.emailAddress.address),
    );
    draft.ccRecipients = structuredClone(others);
  }
  draft.body = { contentType: "html", content: quote(original) };
  draft.conversationId = original.conversationId;
  draft.inReplyTo = original.internetMessageId || null;
  const earlier = original.references ?? original.internetMessageHeaders.find((h) => h.name.toLowerCase() === "references")?.value ?? null;
  draft.references = [earlier, original.internetMessageId].filter(Boolean).join(" ") || null;
  return draft;
}

export function forwardDraft(mailbox: Mailbox, folderId: string, original: StoredMessage): StoredMessage {
  const draft = emptyDraft(mailbox, folderId);
  draft.subject = /^fw:/i.test(original.subject) ? original.subject : `FW: ${original.subject}`;
  draft.body = { contentType: "html", content: quote(original) };
  draft.conversationId = original.conversationId;
  draft.attachments = structuredClone(original.attachments);
  return draft;
}
