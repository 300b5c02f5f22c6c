// users/{id}/mailFolders, …/mailFolders/{id|wellKnownName}[/childFolders/{id}]*[/childFolders|/messages…].
// `GET mailFolders` lists the children of msgfolderroot. https://learn.microsoft.com/graph/api/user-list-mailfolders
import { z } from "zod";
import { paginate } from "../collection-query";
import { accessDenied, badRequest, GraphHttpError } from "../errors";
import { json, type GraphCall, type GraphResult } from "../graph-call";
import { childFolders, createFolder, resolveFolder, wellKnownFolder } from "../mailbox-folders";
import { messagesInFolder } from "../mailbox-messages";
import type { Folder, Mailbox } from "../model";
import { collectionOf, contextUrl } from "../odata-context";
import { evaluateFilter } from "../odata-filter-evaluate";
import { parseFilter } from "../odata-filter";
import { handleMessages, methodNotAllowed } from "./messages";

function folderJson(mailbox: Mailbox, folder: Folder): Record<string, unknown> {
  const items = messagesInFolder(mailbox, folder.id);
  return {
    id: folder.id,
    displayName: folder.displayName,
    parentFolderId: folder.parentId,
    childFolderCount: childFolders(mailbox, folder.id).length,
    unreadItemCount: items.filter((m) => !m.isRead).length,
    totalItemCount: items.length,
    sizeInBytes: items.reduce((sum, m) => sum + m.body.content.length + 512, 0),
    isHidden: false,
  };
}

const newFolder = z.object({ displayName: z.string().min(1), isHidden: z.boolean().optional() });

function folderCollection(call: GraphCall, parent: Folder): GraphResult {
  if (call.method === "POST") {
    const parsed = newFolder.safeParse(call.body);
    if (!parsed.success) throw badRequest("A folder needs a displayName.", "ErrorInvalidRequest");
    const exists = childFolders(call.mailbox, parent.id).some((f) => f.displayName.toLowerCase() === parsed.data.displayName.toLowerCase());
    if (exists) throw new GraphHttpError(409, "ErrorFolderExists", "A folder with the specified name already exists.");
    return json(201, { "@odata.context": contextUrl(call, "mailFolders/$entity"), ...folderJson(call.mailbox, createFolder(call.mailbox, parent.id, parsed.data.displayName)) });
  }
  if (call.method !== "GET") throw methodNotAllowed();
  const filterText = call.query.get("$filter");
  const filter = filterText ? parseFilter(filterText) : null;
  const all = childFolders(call.mailbox, parent.id).map((f) => folderJson(call.mailbox, f));
  const matching = filter ? all.filter((f) => evaluateFilter(filter, (path) => f[path])) : all;
  const page = paginate(matching, call.query, call.requestUrl);
  return json(200, collectionOf(contextUrl(call, "mailFolders"), page.items, page.nextLink));
}

export function handleMailFolders(call: GraphCall, rest: string[]): GraphResult {
  if (rest.length === 0) return folderCollection(call, wellKnownFolder(call.mailbox, "msgfolderroot"));
  let folder = resolveFolder(call.mailbox, rest[0] ?? "");
  let i = 1;
  while (rest[i]?.toLowerCase() === "childfolders" && rest[i + 1] !== undefined) {
    const child = resolveFolder(call.mailbox, rest[i + 1] ?? "");
    if (child.parentId !== folder.id) throw new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    folder = child;
    i += 2;
  }
  const tail = rest.slice(i);
  const head = tail[0]?.toLowerCase();
  if (folder.wellKnownName === "recoverableitemsdeletions" && call.state.switches.refuseDelegatedRecoverableItems && call.caller.kind === "user" && call.mailbox.ownerUserId !== call.caller.userId) {
    throw accessDenied();
  }
  if (head === undefined) {
    if (call.method !== "GET") throw methodNotAllowed();
    return json(200, { "@odata.context": contextUrl(call, "mailFolders/$entity"), ...folderJson(call.mailbox, folder) });
  }
  if (head === "childfolders" && tail.length === 1) return folderCollection(call, folder);
  if (head === "messages") return handleMessages(call, folder, tail.slice(1));
  throw badRequest(`Resource not found for the segment '${tail[0] ?? ""}'.`);
}
