// The mailbox port over Microsoft Graph v1.0. Each port method is one round trip (one request or one $batch
// of up to 20), which is what keeps acknowledge-and-delete at ≤ 6 sequential round trips and a clean sweep at 1.
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";
import type { CommandOutcome, FindOptions, FolderCount, FoundItems, ItemQuery, MailItem, MailboxCommand, MailboxPort, OutgoingContent } from "../core/mailbox-port";
import { MARKER_HEADER, isExactAcknowledgementDraft } from "../core/signal-items";
import { NotASignalError, RetryableMailboxError } from "../core/errors";
import { isNotFound, toMailboxError } from "./graph-failure";
import { MESSAGE_SELECT, messageListSchema, toMailItem } from "./message-json";
import { eqAnyFilters } from "./odata-filter";
import { isSuccess, runBatch, type BatchRequest, type BatchResponse } from "./run-batch";

/** The folders reported by their Graph name; `recoverableitemsdeletions` is not part of /messages. */
export const WELL_KNOWN_FOLDERS = ["inbox", "drafts", "sentitems", "outbox", "deleteditems", "junkemail", "archive", "recoverableitemsdeletions"] as const;
const PAGE_SIZE = 100;
/** Looked up with every find to prove the cached folder map still belongs to this mailbox. */
const CACHE_CHECKS = ["inbox"] as const;
/**
 * The folders whose items a find names by their Graph name. Recoverable items are named by the query that found
 * them; anything elsewhere (outbox, archive, custom folders) by its display name. Five lookups plus the two queries
 * and the reply draft fit two turns of Outlook's four-at-a-time batch; all eight would take three.
 */
const NAMED_FOLDERS = ["inbox", "sentitems", "drafts", "deleteditems", "junkemail"] as const;

function idOf(folders: Map<string, string>, name: string): string | undefined {
  for (const [id, folderName] of folders) if (folderName === name) return id;
  return undefined;
}

export interface GraphMailboxOptions {
  client: Client;
  address: string;
  maxRetries: number;
  retryDelayInSeconds: number;
  onRoundTrip?: () => void;
  /**
   * Well-known folder ids per mailbox (id → name), shared across calls: folder ids never change, so after the first
   * lookup the find batch holds only the two message queries. Holds no message data.
   */
  wellKnownFolderCache?: Map<string, Map<string, string>>;
}

export class GraphMailbox implements MailboxPort {
  readonly address: string;
  private readonly root: string;

  constructor(private readonly options: GraphMailboxOptions) {
    this.address = options.address.toLowerCase();
    this.root = `/users/${encodeURIComponent(this.address)}`;
  }

  async getMessage(id: string): Promise<MailItem | undefined> {
    try {
      this.options.onRoundTrip?.();
      const json: unknown = await this.options.client.api(`${this.root}/messages/${encodeURIComponent(id)}`).select(MESSAGE_SELECT).get();
      return toMailItem(json);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      // A malformed id cannot name a signal: refuse like any other non-signal, changing nothing.
      if (error instanceof GraphError && error.statusCode === 400) throw new NotASignalError("message-id-invalid");
      throw toMailboxError(error, "read");
    }
  }

  async findItems(query: ItemQuery, options: FindOptions = {}): Promise<FoundItems> {
    const requests: BatchRequest[] = [];
    for (const [index, filter] of filtersFor(query).entries()) {
      const params = `?$filter=${encodeURIComponent(filter)}&$select=${MESSAGE_SELECT}&$top=${PAGE_SIZE}`;
      requests.push({ id: `m${index}`, method: "GET", url: `${this.root}/messages${params}` });
      requests.push({ id: `r${index}`, method: "GET", url: `${this.root}/mailFolders/recoverableitemsdeletions/messages${params}` });
    }
    if (requests.length === 0) return { items: [], wellKnownFolders: new Map() };
    // Folder names: with a cached map, one lookup rides along only to check it still holds (a batch runs 4 at a
    // time, so 2 queries + 1 check + the reply draft cost no extra wait); without one, all are looked up.
    const cached = options.resolveFolders ? this.options.wellKnownFolderCache?.get(this.address) : undefined;
    const lookups = options.resolveFolders ? (cached ? CACHE_CHECKS : NAMED_FOLDERS) : [];
    requests.push(...lookups.map((name): BatchRequest => ({ id: `f-${name}`, method: "GET", url: `${this.root}/mailFolders/${name}?$select=id` })));
    const reply = options.draftReply;
    if (reply) {
      requests.push({
        id: "create-reply",
        method: "POST",
        url: `${this.root}/messages/${encodeURIComponent(reply.messageId)}/createReply`,
        body: { message: { ...draftContent(reply.content), internetMessageHeaders: [{ name: MARKER_HEADER, value: reply.content.marker }] } },
      });
    }
    const responses = await this.batch(requests, "find");
    const draft = reply ? this.draftFrom(responses.get("create-reply"), reply.content) : undefined;

    const items = new Map<string, MailItem>();
    const recoverableFolderIds = new Set<string>();
    for (const request of requests.filter((r) => /^[mr]\d+$/.test(r.id))) {
      const response = responses.get(request.id);
      if (!isSuccess(response?.status)) throw new RetryableMailboxError(`graph-find-${response?.status ?? "missing"}`);
      for (const item of await this.allPages(response?.body)) {
        items.set(item.id, item);
        if (request.id.startsWith("r") && item.folderId) recoverableFolderIds.add(item.folderId);
      }
    }
    if (!options.resolveFolders) return { items: [...items.values()], wellKnownFolders: new Map(), ...(draft ? { draft } : {}) };

    const looked = this.folderIds(lookups, responses);
    const stillValid = cached !== undefined && looked.complete && CACHE_CHECKS.every((name) => idOf(cached, name) === idOf(looked.ids, name));
    let wellKnownFolders = stillValid ? new Map(cached) : looked.ids;
    if (cached && !stillValid) {
      // The mailbox's folders changed (recreated mailbox): look them up again, once.
      const fresh = await this.batch(NAMED_FOLDERS.map((name): BatchRequest => ({ id: `f-${name}`, method: "GET", url: `${this.root}/mailFolders/${name}?$select=id` })), "folders");
      const again = this.folderIds(NAMED_FOLDERS, fresh);
      wellKnownFolders = again.ids;
      if (again.complete) this.options.wellKnownFolderCache?.set(this.address, new Map(again.ids));
      else this.options.wellKnownFolderCache?.delete(this.address);
    } else if (!cached && looked.complete) this.options.wellKnownFolderCache?.set(this.address, new Map(looked.ids));
    for (const id of recoverableFolderIds) wellKnownFolders.set(id, "recoverableitemsdeletions");
    return { items: [...items.values()], wellKnownFolders, ...(draft ? { draft } : {}) };
  }

  private draftFrom(response: BatchResponse | undefined, content: OutgoingContent): { id: string; ready: boolean } | undefined {
    if (!response || !isSuccess(response.status)) return undefined;
    const item = toMailItem(response.body);
    return { id: item.id, ready: isExactAcknowledgementDraft(item, recipientsOf(response.body), content) };
  }

  private folderIds(names: readonly string[], responses: Map<string, BatchResponse>): { ids: Map<string, string>; complete: boolean } {
    const ids = new Map<string, string>();
    let complete = true;
    for (const name of names) {
      const response = responses.get(`f-${name}`);
      const id = (response?.body as { id?: unknown } | undefined)?.id;
      if (isSuccess(response?.status) && typeof id === "string") ids.set(id, name);
      else if (response?.status !== 404) complete = false;
    }
    return { ids, complete };
  }

  async execute(commands: MailboxCommand[]): Promise<CommandOutcome[]> {
    const requests: BatchRequest[] = [];
    commands.forEach((command, index) => requests.push(...this.requestsFor(command, String(index))));
    const responses = await this.batch(requests, "execute");
    return commands.map((command, index): CommandOutcome => {
      const response = responses.get(String(index));
      if (!response || !isSuccess(response.status)) return { ok: false, notFound: response?.status === 404, status: response?.status ?? 0 };
      if (command.kind === "read-folder-name") {
        const name = (response.body as { displayName?: unknown } | undefined)?.displayName;
        return typeof name === "string" ? { ok: true, folderName: name } : { ok: true };
      }
      return { ok: true };
    });
  }

  async listFolders(): Promise<FolderCount[]> {
    const select = "$select=id,displayName,totalItemCount,childFolderCount";
    const first: BatchRequest[] = [
      { id: "top", method: "GET", url: `${this.root}/mailFolders?${select}&$top=250&includeHiddenFolders=true` },
      ...WELL_KNOWN_FOLDERS.map((name): BatchRequest => ({ id: `f-${name}`, method: "GET", url: `${this.root}/mailFolders/${name}?${select}` })),
    ];
    const responses = await this.batch(first, "folders");
    const wellKnown = new Map<string, string>();
    const folders = new Map<string, { path: string; itemCount: number }>();
    for (const name of WELL_KNOWN_FOLDERS) {
      const folder = folderJson(responses.get(`f-${name}`));
      if (folder) {
        wellKnown.set(folder.id, name);
        folders.set(folder.id, { path: name, itemCount: folder.totalItemCount });
      }
    }
    let level = await this.folderPage(responses.get("top"), "");
    while (level.length > 0) {
      const parents: { id: string; path: string }[] = [];
      for (const folder of level) {
        const path = wellKnown.get(folder.id) ?? folder.path;
        folders.set(folder.id, { path, itemCount: folder.totalItemCount });
        if (folder.childFolderCount > 0) parents.push({ id: folder.id, path });
      }
      if (parents.length === 0) break;
      const children = await this.batch(
        parents.map((parent, index): BatchRequest => ({ id: `c${index}`, method: "GET", url: `${this.root}/mailFolders/${encodeURIComponent(parent.id)}/childFolders?${select}&$top=250` })),
        "folders",
      );
      level = [];
      for (const [index, parent] of parents.entries()) level.push(...(await this.folderPage(children.get(`c${index}`), `${parent.path}/`)));
    }
    return [...folders.values()].map((folder) => ({ name: folder.path, itemCount: folder.itemCount })).sort((a, b) => a.name.localeCompare(b.name));
  }

  private requestsFor(command: MailboxCommand, id: string): BatchRequest[] {
    const dependsOn = command.dependsOn?.map(String);
    const after = dependsOn?.length ? { dependsOn } : {};
    const message = (messageId: string) => `${this.root}/messages/${encodeURIComponent(messageId)}`;
    switch (command.kind) {
      case "send-draft":
        if (!command.replaceContent) return [{ id, method: "POST", url: `${message(command.id)}/send`, ...after }];
        // Replace the whole draft: a reply may quote the original (the child's name); the acknowledgement must not.
        return [
          { id: `${id}-patch`, method: "PATCH", url: message(command.id), body: draftContent(command.content), ...after },
          { id, method: "POST", url: `${message(command.id)}/send`, dependsOn: [`${id}-patch`] },
        ];
      case "permanent-delete":
        return [{ id, method: "POST", url: `${message(command.id)}/permanentDelete`, ...after }];
      case "send-mail":
        return [
          {
            id,
            method: "POST",
            url: `${this.root}/sendMail`,
            body: { message: { ...draftContent(command.content), internetMessageHeaders: [{ name: MARKER_HEADER, value: command.content.marker }] }, saveToSentItems: false },
            ...after,
          },
        ];
      case "read-folder-name":
        return [{ id, method: "GET", url: `${this.root}/mailFolders/${encodeURIComponent(command.id)}?$select=displayName`, ...after }];
    }
  }

  private async batch(requests: BatchRequest[], step: string): Promise<Map<string, BatchResponse>> {
    try {
      return await runBatch(this.options.client, requests, {
        maxRetries: this.options.maxRetries,
        retryDelayInSeconds: this.options.retryDelayInSeconds,
        ...(this.options.onRoundTrip ? { onRoundTrip: this.options.onRoundTrip } : {}),
      });
    } catch (error) {
      throw toMailboxError(error, step);
    }
  }

  /** Follows @odata.nextLink as given (rare: more than a page of one signal's items). */
  private async allPages(body: unknown): Promise<MailItem[]> {
    const items: MailItem[] = [];
    let page = messageListSchema.parse(body);
    for (;;) {
      items.push(...page.value.map(toMailItem));
      const next = page["@odata.nextLink"];
      if (!next) return items;
      try {
        this.options.onRoundTrip?.();
        page = messageListSchema.parse(await this.options.client.api(next).get());
      } catch (error) {
        throw toMailboxError(error, "page");
      }
    }
  }

  private async folderPage(response: BatchResponse | undefined, prefix: string): Promise<{ id: string; path: string; totalItemCount: number; childFolderCount: number }[]> {
    if (!isSuccess(response?.status)) throw new RetryableMailboxError(`graph-folders-${response?.status ?? "missing"}`);
    const value = (response?.body as { value?: unknown[] } | undefined)?.value ?? [];
    return value.map(folderJson).filter((f): f is NonNullable<typeof f> => f !== undefined).map((f) => ({ ...f, path: `${prefix}${f.displayName}` }));
  }
}

function folderJson(input: unknown): { id: string; displayName: string; totalItemCount: number; childFolderCount: number } | undefined {
  const candidate = (input && typeof input === "object" && "status" in input ? (isSuccess((input as BatchResponse).status) ? (input as BatchResponse).body : undefined) : input) as
    | Record<string, unknown>
    | undefined;
  if (!candidate || typeof candidate.id !== "string") return undefined;
  return {
    id: candidate.id,
    displayName: typeof candidate.displayName === "string" ? candidate.displayName : "",
    totalItemCount: typeof candidate.totalItemCount === "number" ? candidate.totalItemCount : 0,
    childFolderCount: typeof candidate.childFolderCount === "number" ? candidate.childFolderCount : 0,
  };
}

function recipient(address: string) {
  return { emailAddress: { address } };
}

/** Every address the draft would go to (to, cc, bcc), lower case. */
function recipientsOf(draft: unknown): string[] {
  const json = (draft ?? {}) as Record<string, unknown>;
  return ["toRecipients", "ccRecipients", "bccRecipients"].flatMap((key) =>
    Array.isArray(json[key]) ? (json[key] as { emailAddress?: { address?: unknown } }[]).map((r) => String(r.emailAddress?.address ?? "").toLowerCase()) : [],
  );
}

function draftContent(content: OutgoingContent) {
  return {
    subject: content.subject,
    body: { contentType: "html", content: content.html },
    toRecipients: [recipient(content.to)],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
  };
}

function filtersFor(query: ItemQuery): string[] {
  if (query.kind === "subjects") return eqAnyFilters(query.subjects.map((value) => ({ property: "subject", value })));
  return eqAnyFilters([
    ...query.conversationIds.map((value) => ({ property: "conversationId", value })),
    ...query.internetMessageIds.map((value) => ({ property: "internetMessageId", value })),
  ]);
}
