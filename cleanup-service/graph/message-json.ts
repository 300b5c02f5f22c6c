// Graph `message` JSON → MailItem, parsed at the edge with zod so the core never sees a raw payload.
import { z } from "zod";
import type { MailItem } from "../core/mailbox-port";
import { MARKER_PROPERTY_ID } from "../core/service-marker";

/** The service's marker property, read with every message (Graph returns it only when expanded). */
export const MESSAGE_EXPAND = `singleValueExtendedProperties($filter=id eq '${MARKER_PROPERTY_ID}')`;

/** Exactly what the service reads; internetMessageHeaders only come back when selected. */
export const MESSAGE_SELECT = [
  "id",
  "parentFolderId",
  "isDraft",
  "receivedDateTime",
  "from",
  "subject",
  "body",
  "hasAttachments",
  "internetMessageHeaders",
  "conversationId",
  "internetMessageId",
].join(",");

const graphMessage = z.object({
  id: z.string(),
  parentFolderId: z.string().nullish(),
  isDraft: z.boolean().nullish(),
  receivedDateTime: z.string().nullish(),
  from: z.object({ emailAddress: z.object({ address: z.string().nullish() }).nullish() }).nullish(),
  subject: z.string().nullish(),
  body: z.object({ contentType: z.string().nullish(), content: z.string().nullish() }).nullish(),
  hasAttachments: z.boolean().nullish(),
  internetMessageHeaders: z.array(z.object({ name: z.string(), value: z.string() })).nullish(),
  conversationId: z.string().nullish(),
  internetMessageId: z.string().nullish(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string().nullish() })).nullish(),
});

export const messageListSchema = z.object({
  value: z.array(z.unknown()),
  "@odata.nextLink": z.string().optional(),
});

export function toMailItem(json: unknown): MailItem {
  const m = graphMessage.parse(json);
  const fromAddress = m.from?.emailAddress?.address?.toLowerCase() ?? "";
  const marker = m.singleValueExtendedProperties?.find((p) => p.id.toLowerCase() === MARKER_PROPERTY_ID.toLowerCase())?.value ?? undefined;
  return {
    id: m.id,
    folderId: m.parentFolderId ?? "",
    isDraft: m.isDraft ?? false,
    ...(m.receivedDateTime ? { receivedDateTime: m.receivedDateTime } : {}),
    fromAddress,
    ...(marker ? { marker } : {}),
    message: {
      from: { emailAddress: { address: fromAddress } },
      subject: m.subject ?? "",
      body: { contentType: m.body?.contentType?.toLowerCase() === "html" ? "html" : "text", content: m.body?.content ?? "" },
      hasAttachments: m.hasAttachments ?? false,
      ...(m.internetMessageHeaders ? { internetMessageHeaders: m.internetMessageHeaders } : {}),
      ...(m.conversationId ? { conversationId: m.conversationId } : {}),
      ...(m.internetMessageId ? { internetMessageId: m.internetMessageId } : {}),
    },
  };
}
