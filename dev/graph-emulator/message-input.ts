// The writable part of a message in a POST or PATCH body. Recipients, subject, body and From change only on
// drafts; custom internetMessageHeaders (x- only) only when the message is created.
// https://learn.microsoft.com/graph/api/message-update
import { z } from "zod";
import { badRequest, GraphHttpError } from "./errors";
import { setExtendedProperties } from "./extended-properties";
import { markModified } from "./mailbox-messages";
import type { StoredMessage } from "./model";
import { toRecipient } from "./recipients";
import type { Store } from "./store";

const recipient = z.object({ emailAddress: z.object({ name: z.string().optional(), address: z.string().email() }) });
const messageInput = z
  .object({
    subject: z.string(),
    body: z.object({ contentType: z.enum(["html", "text", "HTML", "Text"]), content: z.string() }),
    toRecipients: z.array(recipient),
    ccRecipients: z.array(recipient),
    bccRecipients: z.array(recipient),
    replyTo: z.array(recipient),
    from: recipient,
    sender: recipient,
    importance: z.enum(["low", "normal", "high"]),
    isRead: z.boolean(),
    categories: z.array(z.string()),
    internetMessageHeaders: z.array(z.object({ name: z.string(), value: z.string() })),
    internetMessageId: z.string(),
    singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string() })),
    flag: z.object({ flagStatus: z.string() }).passthrough(),
    inferenceClassification: z.enum(["focused", "other"]),
    isDeliveryReceiptRequested: z.boolean(),
    isReadReceiptRequested: z.boolean(),
  })
  .partial()
  .strict();

export type MessageInput = z.infer<typeof messageInput>;

export function parseMessageInput(body: unknown): MessageInput {
  const parsed = messageInput.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === "unrecognized_keys") {
    throw new GraphHttpError(400, "RequestBodyRead", `The property '${issue.keys[0]}' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type.`);
  }
  throw badRequest(`Invalid value for '${issue?.path.join(".") ?? "body"}': ${issue?.message ?? "unreadable"}.`, "RequestBodyRead");
}

const draftOnly: Array<keyof MessageInput> = ["subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "from", "sender"];

export function applyMessageInput(store: Store, message: StoredMessage, input: MessageInput, creating: boolean): void {
  if (!message.isDraft && draftOnly.some((key) => input[key] !== undefined)) {
    throw new GraphHttpError(400, "ErrorInvalidPropertyUpdateSentMessage", "Update operation is invalid for property of a sent message. Only drafts can change recipients, subject, body or sender.");
  }
  if (!creating && (input.internetMessageHeaders !== undefined || input.internetMessageId !== undefined)) {
    throw new GraphHttpError(400, "ErrorInvalidPropertySet", "internetMessageHeaders and internetMessageId can be set only when the message is created.");
  }
  const headers = input.internetMessageHeaders ?? [];
  const notCustom = headers.find((h) => !/^x-/i.test(h.name));
  if (notCustom) throw badRequest(`The internet message header name '${notCustom.name}' should start with 'x-' or 'X-'.`, "InvalidInternetMessageHeader");
  const people = (list: z.infer<typeof recipient>[]) => list.map((r) => toRecipient(store, { name: r.emailAddress.name, address: r.emailAddress.address }));
  if (input.subject !== undefined) message.subject = input.subject;
  if (input.body !== undefined) message.body = { contentType: input.body.contentType.toLowerCase() as "html" | "text", content: input.body.content };
  if (input.toRecipients) message.toRecipients = people(input.toRecipients);
  if (input.ccRecipients) message.ccRecipients = people(input.ccRecipients);
  if (input.bccRecipients) message.bccRecipients = people(input.bccRecipients);
  if (input.replyTo) message.replyTo = people(input.replyTo);
  if (input.from) message.from = people([input.from])[0] ?? message.from;
  if (input.sender) message.sender = people([input.sender])[0] ?? message.sender;
  if (input.importance) message.importance = input.importance;
  if (input.isRead !== undefined) message.isRead = input.isRead;
  if (input.categories) message.categories = input.categories;
  if (headers.length > 0) message.internetMessageHeaders = headers;
  if (input.internetMessageId) message.internetMessageId = input.internetMessageId;
  // Documented both at creation and with a PATCH of an existing item (sent or not).
  if (input.singleValueExtendedProperties) setExtendedProperties(message, input.singleValueExtendedProperties);
  markModified(message);
}
