// POST …/messages/{id}/{action}: move, copy, permanentDelete, createReply, createReplyAll, createForward, send.
// https://learn.microsoft.com/graph/api/resources/message#methods
import { z } from "zod";
import { sendDraft } from "../delivery";
import { forwardDraft, replyDraft } from "../drafts";
import { badRequest, GraphHttpError, noResource } from "../errors";
import { accepted, json, noContent, type GraphCall, type GraphResult } from "../graph-call";
import { authorizeSendAs } from "../mailbox-access";
import { resolveFolder, wellKnownFolder } from "../mailbox-folders";
import { copyMessage, findMessage, moveMessage, purge } from "../mailbox-messages";
import { applyMessageInput, parseMessageInput } from "../message-input";
import { messageJson } from "../message-json";
import { contextUrl } from "../odata-context";
import type { StoredMessage } from "../model";
import { toRecipient } from "../recipients";

const destination = z.object({ destinationId: z.string().min(1) });
const replyBody = z.object({ comment: z.string().optional(), message: z.unknown().optional() }).passthrough();
const forwardBody = replyBody.extend({
  toRecipients: z.array(z.object({ emailAddress: z.object({ name: z.string().optional(), address: z.string() }) })).optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown, action: string): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw badRequest(`The body of ${action} is not valid: ${parsed.error.issues[0]?.message ?? "unreadable"}.`, "ErrorInvalidRequest");
  return parsed.data;
}

const entity = (call: GraphCall, status: number, message: Parameters<typeof messageJson>[0]) =>
  json(status, { "@odata.context": contextUrl(call, "messages/$entity"), ...messageJson(message, call.mailbox, call.view, null) });

/**
 * The `comment` or `message` of createReply/createReplyAll/createForward. Both at once is 400 (documented). A
 * `message.body` is written above the quoted original, which stays: the documentation does not say it replaces the
 * quote, so the stand-in takes the pessimistic reading and a client must PATCH the body to be rid of it.
 * Custom Internet headers in `message` are refused when the switch says so (undocumented for these actions).
 */
function applyResponseInput(call: GraphCall, draft: StoredMessage, input: z.infer<typeof replyBody>, action: string): void {
  const quoted = draft.body.content;
  const message = input.message !== undefined ? parseMessageInput(input.message) : undefined;
  if (input.comment !== undefined && message?.body !== undefined) {
    throw badRequest(`Specify either a comment or the body property of the message parameter of ${action}, not both.`, "ErrorInvalidRequest");
  }
  if (message?.internetMessageHeaders !== undefined && call.state.switches.refuseHeadersOnResponses) {
    throw badRequest(`internetMessageHeaders cannot be set on ${action}: create the message with POST messages instead.`, "ErrorInvalidPropertySet");
  }
  if (message) applyMessageInput(call.state.store, draft, message, true);
  if (message?.body !== undefined) {
    const given = message.body.contentType.toLowerCase() === "html" ? message.body.content : `<pre>${message.body.content}</pre>`;
    draft.body = { contentType: "html", content: `${given}${quoted}` };
  }
  if (input.comment) draft.body = { contentType: "html", content: `<div>${input.comment}</div>${quoted}` };
}

/** A Sent Items copy still in submission (the sentCopyInSubmissionMs switch) cannot be changed yet. */
export function assertNotInSubmission(message: StoredMessage, now = Date.now()): void {
  if ((message.inSubmissionUntil ?? 0) > now) {
    throw new GraphHttpError(409, "ErrorItemSave", "The item is still being submitted and cannot be changed yet. Try again later.");
  }
}

export function handleMessageAction(call: GraphCall, id: string, action: string): GraphResult {
  if (call.method !== "POST") throw new GraphHttpError(405, "Request_BadRequest", `Use POST for ${action}.`);
  const message = findMessage(call.mailbox, id);
  const drafts = () => wellKnownFolder(call.mailbox, "drafts").id;
  switch (action.toLowerCase()) {
    case "move": {
      assertNotInSubmission(message);
      const target = resolveFolder(call.mailbox, parse(destination, call.body, action).destinationId);
      return entity(call, 201, moveMessage(message, target.id));
    }
    case "copy": {
      const target = resolveFolder(call.mailbox, parse(destination, call.body, action).destinationId);
      return entity(call, 201, copyMessage(call.mailbox, message, target.id));
    }
    case "permanentdelete":
      assertNotInSubmission(message);
      if (call.state.switches.refusePermanentDeleteInRecoverableItems && call.mailbox.folders.get(message.folderId)?.wellKnownName === "recoverableitemsdeletions") {
        // As Exchange answers a plain DELETE there (docs issue 7764); a naive client retries this for ever.
        throw new GraphHttpError(500, "ErrorCannotDeleteObject", "Object cannot be deleted.");
      }
      purge(call.mailbox, message);
      return noContent();
    case "createreply":
    case "createreplyall": {
      const input = parse(replyBody, call.body, action);
      const draft = replyDraft(call.mailbox, drafts(), message, action.toLowerCase() === "createreplyall");
      applyResponseInput(call, draft, input, action);
      call.mailbox.messages.set(draft.immutableId, draft);
      return entity(call, 201, draft);
    }
    case "createforward": {
      const input = parse(forwardBody, call.body, action);
      const draft = forwardDraft(call.mailbox, drafts(), message);
      if (input.toRecipients) draft.toRecipients = input.toRecipients.map((r) => toRecipient(call.state.store, { name: r.emailAddress.name, address: r.emailAddress.address }));
      applyResponseInput(call, draft, input, action);
      call.mailbox.messages.set(draft.immutableId, draft);
      return entity(call, 201, draft);
    }
    case "send": {
      if (!message.isDraft) throw new GraphHttpError(400, "ErrorInvalidOperation", "The item has already been sent. Only a draft can be sent.");
      if (message.toRecipients.length + message.ccRecipients.length + message.bccRecipients.length === 0) {
        throw badRequest("At least one recipient is not valid., Recipient is missing. Add a recipient before sending.", "ErrorInvalidRecipients");
      }
      authorizeSendAs(call.state.store, call.caller, call.mailbox, message.from?.emailAddress.address ?? call.mailbox.address);
      sendDraft(call.state.store, call.mailbox, message, { saveToSentItems: true, sentCopyDelayMs: call.state.sentCopyDelayMs, inSubmissionMs: call.state.switches.sentCopyInSubmissionMs });
      return accepted();
    }
    default:
      throw noResource(action);
  }
}
