// A stored message as Graph's `microsoft.graph.message` JSON. internetMessageHeaders (and uniqueBody) come
// back only when $select names them. https://learn.microsoft.com/graph/api/resources/message
import { formatBody, type BodyFormat } from "./body-format";
import { unknownProperty } from "./errors";
import { expandedProperties } from "./extended-properties";
import type { Mailbox, StoredMessage } from "./model";

export interface IdView {
  /** The request sent `Prefer: IdType="ImmutableId"`. */
  immutable: boolean;
  /** The request sent `Prefer: outlook.body-content-type=…`. */
  bodyFormat?: BodyFormat | null;
}

const bodyPreview = (m: StoredMessage) =>
  m.body.content
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 255);

type Property = (m: StoredMessage, mailbox: Mailbox, view: IdView) => unknown;

const properties: Record<string, Property> = {
  id: (m, _b, view) => (view.immutable ? m.immutableId : m.restId),
  createdDateTime: (m) => m.createdDateTime,
  lastModifiedDateTime: (m) => m.lastModifiedDateTime,
  changeKey: (m) => m.changeKey,
  categories: (m) => m.categories,
  receivedDateTime: (m) => m.receivedDateTime,
  sentDateTime: (m) => m.sentDateTime,
  hasAttachments: (m) => m.attachments.some((a) => !a.isInline),
  internetMessageId: (m) => m.internetMessageId,
  subject: (m) => m.subject,
  bodyPreview,
  importance: (m) => m.importance,
  parentFolderId: (m) => m.folderId,
  conversationId: (m) => m.conversationId,
  conversationIndex: (m) => Buffer.from(m.conversationId).toString("base64").slice(0, 44),
  isDeliveryReceiptRequested: () => false,
  isReadReceiptRequested: () => false,
  isRead: (m) => m.isRead,
  isDraft: (m) => m.isDraft,
  webLink: (m, mailbox) => `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.restId)}&exvsurl=1&viewmodel=ReadMessageItem&mailbox=${mailbox.address}`,
  inferenceClassification: () => "focused",
  body: (m, _b, view) => formatBody(m.body, view.bodyFormat ?? null),
  sender: (m) => m.sender,
  from: (m) => m.from,
  toRecipients: (m) => m.toRecipients,
  ccRecipients: (m) => m.ccRecipients,
  bccRecipients: (m) => m.bccRecipients,
  replyTo: (m) => m.replyTo,
  flag: () => ({ flagStatus: "notFlagged" }),
};
const selectOnly: Record<string, Property> = {
  // Headers exist only on received mail: a Sent Items copy has none (microsoft-graph-docs issue 2716) and a draft
  // read back shows none, even the x- headers it was created with (they go out with it on send).
  internetMessageHeaders: (m) => (m.isDraft || m.internetMessageHeaders.length === 0 ? undefined : m.internetMessageHeaders),
  uniqueBody: (m, _b, view) => formatBody(m.body, view.bodyFormat ?? null),
};

const canonical = new Map(
  [...Object.keys(properties), ...Object.keys(selectOnly)].map((name) => [name.toLowerCase(), name] as const),
);

/** The canonical name of a message property, or 400 as Graph answers an unknown one. */
export function messageProperty(name: string): string {
  const found = canonical.get(name.toLowerCase());
  if (!found) throw unknownProperty(name);
  return found;
}

export function parseSelect(select: string | null): string[] | null {
  if (!select) return null;
  return select
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(messageProperty);
}

export function messageJson(m: StoredMessage, mailbox: Mailbox, view: IdView, select: string[] | null, expandIds: string[] | null = null): Record<string, unknown> {
  const json: Record<string, unknown> = { "@odata.etag": `W/"${m.changeKey}"` };
  const names = select ? ["id", ...select.filter((s) => s !== "id")] : Object.keys(properties);
  for (const name of names) {
    const read = properties[name] ?? selectOnly[name];
    const value = read ? read(m, mailbox, view) : undefined;
    if (read && value !== undefined) json[name] = structuredClone(value);
  }
  if (expandIds) {
    const expanded = expandedProperties(m, expandIds);
    if (expanded.length > 0) json.singleValueExtendedProperties = expanded;
  }
  return json;
}

/** Reads a filter or orderby path such as `from/emailAddress/address` from a message. */
export function readMessagePath(m: StoredMessage, mailbox: Mailbox, view: IdView, path: string): unknown {
  const [head = "", ...rest] = path.split("/");
  const name = messageProperty(head);
  const read = properties[name] ?? selectOnly[name];
  let value: unknown = read ? read(m, mailbox, view) : undefined;
  for (const segment of rest) {
    if (value === null || typeof value !== "object") return undefined;
    const record = value as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === segment.toLowerCase());
    if (!key) throw unknownProperty(segment);
    value = record[key];
  }
  return value;
}
