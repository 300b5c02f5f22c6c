// Message collections and single messages: list (with query options), create a draft, get, update, delete.
import { collectionOf, contextUrl } from "../odata-context";
import { queryMessages } from "../collection-query";
import { emptyDraft } from "../drafts";
import { GraphHttpError, noResource } from "../errors";
import { json, noContent, type GraphCall, type GraphResult } from "../graph-call";
import { wellKnownFolder } from "../mailbox-folders";
import { findMessage, messagesInFolder, messagesInStore, softDelete } from "../mailbox-messages";
import { applyMessageInput, parseMessageInput } from "../message-input";
import { messageJson, parseSelect } from "../message-json";
import type { Folder } from "../model";
import { expandedPropertyIds } from "../extended-properties";
import { assertNotInSubmission, handleMessageAction } from "./message-actions";

/** `…/messages[/{id}[/{action}]]`, under the mailbox or under one folder. */
export function handleMessages(call: GraphCall, folder: Folder | null, rest: string[]): GraphResult {
  const [id, action, ...more] = rest;
  if (more.length > 0) throw noResource(more.join("/"));
  if (id === undefined) return collection(call, folder);
  if (action?.toLowerCase() === "attachments" && call.method === "GET") return attachments(call, id);
  if (action !== undefined) return handleMessageAction(call, id, action);
  const message = findMessage(call.mailbox, id);
  if (folder && message.folderId !== folder.id) throw new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
  const select = parseSelect(call.query.get("$select"));
  const expand = expandedPropertyIds(call.query.get("$expand"));
  switch (call.method) {
    case "GET":
      return json(200, { "@odata.context": contextUrl(call, "messages/$entity"), ...messageJson(message, call.mailbox, call.view, select, expand) });
    case "PATCH":
      assertNotInSubmission(message);
      applyMessageInput(call.state.store, message, parseMessageInput(call.body), false);
      return json(200, { "@odata.context": contextUrl(call, "messages/$entity"), ...messageJson(message, call.mailbox, call.view, null) });
    case "DELETE":
      if (call.mailbox.folders.get(message.folderId)?.wellKnownName === "recoverableitemsdeletions") {
        // Graph refuses a plain DELETE of an item already in Recoverable Items; permanentDelete is the way.
        throw new GraphHttpError(500, "ErrorCannotDeleteObject", "Object cannot be deleted. Use permanentDelete for items in recoverable items.");
      }
      assertNotInSubmission(message);
      softDelete(call.mailbox, message);
      return noContent();
    default:
      throw methodNotAllowed();
  }
}

function collection(call: GraphCall, folder: Folder | null): GraphResult {
  if (call.method === "POST") {
    const draft = emptyDraft(call.mailbox, folder?.id ?? wellKnownFolder(call.mailbox, "drafts").id);
    applyMessageInput(call.state.store, draft, parseMessageInput(call.body), true);
    call.mailbox.messages.set(draft.immutableId, draft);
    return json(201, { "@odata.context": contextUrl(call, "messages/$entity"), ...messageJson(draft, call.mailbox, call.view, null) });
  }
  if (call.method !== "GET") throw methodNotAllowed();
  const all = folder ? messagesInFolder(call.mailbox, folder.id) : messagesInStore(call.mailbox);
  const expand = expandedPropertyIds(call.query.get("$expand"));
  const page = queryMessages(all, call.mailbox, call.view, call.query, call.requestUrl, { refuseOr: call.state.switches.refuseOrFilters });
  const select = parseSelect(call.query.get("$select"));
  const count = call.query.get("$count")?.toLowerCase() === "true" ? page.total : undefined;
  return json(200, collectionOf(contextUrl(call, "messages"), page.items.map((m) => messageJson(m, call.mailbox, call.view, select, expand)), page.nextLink, count));
}

/** GET …/messages/{id}/attachments: file attachments with their content, as Graph lists them. */
function attachments(call: GraphCall, id: string): GraphResult {
  const message = findMessage(call.mailbox, id);
  const value = message.attachments.map((a) => ({
    "@odata.type": "#microsoft.graph.fileAttachment",
    id: a.id,
    name: a.name,
    contentType: a.contentType,
    size: Math.floor((a.contentBytes.length * 3) / 4),
    isInline: a.isInline,
    contentBytes: a.contentBytes,
  }));
  return json(200, collectionOf(contextUrl(call, "messages('" + id + "')/attachments"), value, null));
}

export const methodNotAllowed = () =>
  new GraphHttpError(405, "Request_BadRequest", "The HTTP method is not allowed on this resource. Check the method against the Graph reference.");
