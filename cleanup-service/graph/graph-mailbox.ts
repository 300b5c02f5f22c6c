// The mailbox port over Microsoft Graph v1.0. Each port method is one round trip (one request or one $batch
// of up to 20), which is what keeps acknowledge-and-delete at ≤ 6 sequential round trips and a clean sweep at 1.
// Mailboxes are addressed by their directory object id: Graph resolves `users/{id | userPrincipalName}`, and a
// shared mailbox's primary SMTP address need not be its UPN.
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";
import type { CommandOutcome, FindOptions, FoundItems, ItemQuery, MailItem, MailboxCommand, MailboxFolder, MailboxPort, OutgoingContent, Unreachable } from "../core/mailbox-port";
import { MARKER_PROPERTY_ID } from "../core/service-marker";
import { NotASignalError, RetryableMailboxError, MailboxAccessDeniedError } from "../core/errors";
import { errorCodeOf, isNotFound, isRefusal, toMailboxError } from "./graph-failure";
import { MESSAGE_EXPAND, MESSAGE_SELECT, messageListSchema, toMailItem } from "./message-json";
import { eqAnyFilters } from "./odata-filter";
import { isSuccess, runBatch, type BatchRequest, type BatchResponse } from "./run-batch";

/** The folders reported by their Graph name; `recoverableitemsdeletions` is not part of /messages. */
export const WELL_KNOWN_FOLDERS = ["inbox", "drafts", "sentitems", "outbox", "deleteditems", "junkemail", "archive", "conversationhistory", "recoverableitemsdeletions"] as const;
const PAGE_SIZE = 100;
/**
 * The folders whose items a find names by their Graph name. Recoverable items are named by the query that found
 * them; anything elsewhere (outbox, archive, custom folders) counts as "other".
 */
const NAMED_FOLDERS = ["inbox", "sentitems", "drafts", "deleteditems", "junkemail"] as const;
const TOO_COMPLEX = "ErrorRestrictionTooComplex";

export interface GraphMailboxOptions {
  client: Client;
  /** SMTP address (lower case), for answers and logs. */
  address: string;
  /** Directory object id: what every Graph URL names. */
  mailboxId: string;
  /** The functionary's own object id (delegated calls): her client may have left copies there. */
  ownMailboxId?: string;
  maxRetries: number;
  retryDelayInSeconds: number;
  onRoundTrip?: () => void;
  /**
   * Well-known folder ids per mailbox object id (id → name), shared across calls: folder ids never change while
   * the mailbox exists, and a recreated mailbox has a new object id. Holds no message data.
   */
  wellKnownFolderCache?: Map<string, Map<string, string>>;
  /** Mailboxes whose Exchange found an `or` filter too complex once: their filters are split from then on. */
  splitFilters?: Set<string>;
}

interface QueryRequest {
  request: BatchRequest;
  scope: "shared" | "recoverable" | "own";
}

export class GraphMailbox implements MailboxPort {
  readonly address: string;
  readonly mailboxId: string;
  private readonly root: string;

  constructor(private readonly options: GraphMailboxOptions) {
    this.address = options.address.toLowerCase();
    this.mailboxId = options.mailboxId.toLowerCase();
    this.root = `/users/${encodeURIComponent(this.mailboxId)}`;
  }

  async getMessage(id: string): Promise<MailItem | undefined> {
    try {
      this.options.onRoundTrip?.();
      const json: unknown = await this.options.client.api(`${this.root}/messages/${encodeURIComponent(id)}`).query(`$select=${MESSAGE_SELECT}&$expand=${MESSAGE_EXPAND}`).get();
      return toMailItem(json);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      // An id of another mailbox is not "already deleted": it never was this mailbox's (ErrorInvalidMailboxItemId).
      if (error instanceof GraphError && error.code === "ErrorInvalidMailboxItemId") throw new NotASignalError("message-not-in-mailbox");
      // A malformed id cannot name a signal: refuse like any other non-signal, changing nothing.
      if (error instanceof GraphError && error.statusCode === 400) throw new NotASignalError("message-id-invalid");
      throw toMailboxError(error, "read");
    }
  }

  async findItems(query: ItemQuery, options: FindOptions = {}): Promise<FoundItems> {
    const split = this.options.splitFilters?.has(this.mailboxId) ?? false;
    let queries = this.queriesFor(query, options, split);
    const unreachable = new Set<Unreachable>();
    if (queries.length === 0 && !options.draftReply && !options.purgeAlongside?.length) return { items: [], ownItems: [], wellKnownFolders: new Map(), unreachable: [] };
    const cached = options.resolveFolders ? this.options.wellKnownFolderCache?.get(this.mailboxId) : undefined;
    const lookups = options.resolveFolders && !cached ? NAMED_FOLDERS : [];
    const requests: BatchRequest[] = [
      ...queries.map((q) => q.request),
      ...lookups.map((name): BatchRequest => ({ id: `f-${name}`, method: "GET", url: `${this.root}/mailFolders/${name}?$select=id` })),
    ];
    const reply = options.draftReply;
    if (reply) {
      // Only the documented parts: the draft is PATCHed to exactly the acknowledgement (and marked) before it is sent.
      requests.push({ id: "create-reply", method: "POST", url: `${this.root}/messages/${encodeURIComponent(reply.messageId)}/createReply`, body: { message: draftContent(reply.content) } });
    }
    const purges = options.purgeAlongside ?? [];
    purges.forEach((id, index) => requests.push({ id: `p${index}`, method: "POST", url: `${this.root}/messages/${encodeURIComponent(id)}/permanentDelete`, body: {} }));
    let responses = await this.batch(requests, "find");

    // Exchange may find a disjunction too complex: ask again with one clause per query, and remember.
    if (!split && queries.some((q) => errorCodeOf(responses.get(q.request.id)) === TOO_COMPLEX)) {
      this.options.splitFilters?.add(this.mailboxId);
      queries = this.queriesFor(query, options, true);
      const again = await this.batch(
        queries.map((q) => q.request),
        "find",
      );
      responses = new Map([...responses, ...again]);
    }

    const draftResponse = responses.get("create-reply");
    const draft = reply && draftResponse && isSuccess(draftResponse.status) ? { id: toMailItem(draftResponse.body).id } : undefined;
    if (reply && draftResponse && (draftResponse.status === 403 || draftResponse.status === 401)) throw new MailboxAccessDeniedError();

    const items = new Map<string, MailItem>();
    const ownItems = new Map<string, MailItem>();
    const recoverableFolderIds = new Set<string>();
    for (const { request, scope } of queries) {
      const response = responses.get(request.id);
      if (!isSuccess(response?.status)) {
        if (scope === "recoverable" && isRefusal(response)) {
          unreachable.add("recoverable-items");
          continue;
        }
        if (scope === "own" && (isRefusal(response) || response?.status === 404)) {
          unreachable.add("own-mailbox");
          continue;
        }
        if (response?.status === 403 || response?.status === 401) throw new MailboxAccessDeniedError();
        throw new RetryableMailboxError(`graph-find-${response?.status ?? "missing"}`);
      }
      for (const item of await this.allPages(response?.body)) {
        if (scope === "own") ownItems.set(item.id, { ...item, mailbox: "own" });
        else items.set(item.id, item);
        if (scope === "recoverable" && item.folderId) recoverableFolderIds.add(item.folderId);
      }
    }
    const purged = purges.map((_, index) => outcomeOf(responses.get(`p${index}`)));
    const base = { items: [...items.values()], ownItems: [...ownItems.values()], unreachable: [...unreachable], ...(draft ? { draft } : {}), ...(purges.length > 0 ? { purged } : {}) };
    if (!options.resolveFolders) return { ...base, wellKnownFolders: new Map() };

    let wellKnownFolders: Map<string, string>;
    if (cached) wellKnownFolders = new Map(cached);
    else {
      const looked = this.folderIds(lookups, responses);
      wellKnownFolders = looked.ids;
      if (looked.complete) this.options.wellKnownFolderCache?.set(this.mailboxId, new Map(looked.ids));
    }
    for (const id of recoverableFolderIds) wellKnownFolders.set(id, "recoverableitemsdeletions");
    return { ...base, wellKnownFolders };
  }

  private queriesFor(query: ItemQuery, options: FindOptions, split: boolean): QueryRequest[] {
    const queries: QueryRequest[] = [];
    const own = options.includeOwnMailbox && this.options.ownMailboxId ? `/users/${encodeURIComponent(this.options.ownMailboxId)}` : undefined;
    for (const [index, filter] of filtersFor(query, split).entries()) {
      const params = `?$filter=${encodeURIComponent(filter)}&$select=${MESSAGE_SELECT}&$expand=${encodeURIComponent(MESSAGE_EXPAND)}&$top=${PAGE_SIZE}`;
      queries.push({ scope: "shared", request: { id: `m${index}`, method: "GET", url: `${this.root}/messages${params}` } });
      queries.push({ scope: "recoverable", request: { id: `r${index}`, method: "GET", url: `${this.root}/mailFolders/recoverableitemsdeletions/messages${params}` } });
      if (own) queries.push({ scope: "own", request: { id: `o${index}`, method: "GET", url: `${own}/messages${params}` } });
    }
    return queries;
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

  async execute(commands: MailboxCommand[], order: "parallel" | "sequence"): Promise<CommandOutcome[]> {
    const requests: BatchRequest[] = [];
    commands.forEach((command, index) => requests.push(...this.requestsFor(command, String(index))));
    if (order === "sequence") requests.forEach((request, index) => index > 0 && (request.dependsOn = [requests[index - 1]?.id ?? ""]));
    const responses = await this.batch(requests, "execute");
    return commands.map((command, index): CommandOutcome => {
      // A send-draft is two requests (PATCH, send): it worked only if both did.
      const patch = command.kind === "send-draft" ? responses.get(`${index}-patch`) : undefined;
      if (patch && !isSuccess(patch.status)) return outcomeOf(patch);
      return outcomeOf(responses.get(String(index)));
    });
  }

  async listFolders(): Promise<{ folders: MailboxFolder[]; unreachable: Unreachable[] }> {
    const unreachable = new Set<Unreachable>();
    const select = "$select=id,displayName,totalItemCount,childFolderCount";
    const first: BatchRequest[] = [
      { id: "top", method: "GET", url: `${this.root}/mailFolders?${select}&$top=250&includeHiddenFolders=true` },
      ...WELL_KNOWN_FOLDERS.map((name): BatchRequest => ({ id: `f-${name}`, method: "GET", url: `${this.root}/mailFolders/${name}?${select}` })),
    ];
    const responses = await this.batch(first, "folders");
    const wellKnown = new Map<string, string>();
    const folders = new Map<string, MailboxFolder>();
    for (const name of WELL_KNOWN_FOLDERS) {
      const response = responses.get(`f-${name}`);
      const folder = folderJson(response);
      if (folder) {
        wellKnown.set(folder.id, name);
        folders.set(folder.id, { id: folder.id, wellKnownName: name, path: name, itemCount: folder.totalItemCount });
      } else if (name === "recoverableitemsdeletions" && response?.status === 403) {
        // Refused to this caller: listed without a count is worse than saying so; the report says it.
        unreachable.add("recoverable-items");
      }
    }
    let level = await this.folderPage(responses.get("top"), "");
    while (level.length > 0) {
      const parents: { id: string; path: string }[] = [];
      for (const folder of level) {
        const name = wellKnown.get(folder.id);
        const path = name ?? folder.path;
        folders.set(folder.id, { id: folder.id, wellKnownName: name ?? null, path, itemCount: folder.totalItemCount });
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
    return { folders: [...folders.values()], unreachable: [...unreachable] };
  }

  private requestsFor(command: MailboxCommand, id: string): BatchRequest[] {
    const message = (root: string, messageId: string) => `${root}/messages/${encodeURIComponent(messageId)}`;
    switch (command.kind) {
      case "send-draft":
        // Replace the whole draft: a reply quotes the original (the child's name); the acknowledgement must not.
        return [
          { id: `${id}-patch`, method: "PATCH", url: message(this.root, command.id), body: { ...draftContent(command.content), singleValueExtendedProperties: [markerProperty(command.content)] } },
          { id, method: "POST", url: `${message(this.root, command.id)}/send`, body: {} },
        ];
      case "permanent-delete": {
        const root = command.inOwnMailbox && this.options.ownMailboxId ? `/users/${encodeURIComponent(this.options.ownMailboxId)}` : this.root;
        return [{ id, method: "POST", url: `${message(root, command.id)}/permanentDelete`, body: {} }];
      }
      case "send-mail":
        return [
          {
            id,
            method: "POST",
            url: `${this.root}/sendMail`,
            body: { message: { ...draftContent(command.content), singleValueExtendedProperties: [markerProperty(command.content)] }, saveToSentItems: false },
          },
        ];
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
    if (!isSuccess(response?.status)) {
      if (response?.status === 403 || response?.status === 401) throw new MailboxAccessDeniedError();
      throw new RetryableMailboxError(`graph-folders-${response?.status ?? "missing"}`);
    }
    const value = (response?.body as { value?: unknown[] } | undefined)?.value ?? [];
    return value.map(folderJson).filter((f): f is NonNullable<typeof f> => f !== undefined).map((f) => ({ ...f, path: `${prefix}${f.displayName}` }));
  }
}

function outcomeOf(response: BatchResponse | undefined): CommandOutcome {
  if (response && isSuccess(response.status)) return { ok: true };
  return { ok: false, notFound: response?.status === 404, refused: isRefusal(response), status: response?.status ?? 0 };
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

function markerProperty(content: OutgoingContent) {
  return { id: MARKER_PROPERTY_ID, value: content.marker };
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

function filtersFor(query: ItemQuery, split: boolean): string[] {
  const clauses =
    query.kind === "candidates"
      ? [...query.subjects.map((value) => ({ property: "subject", value })), ...query.senders.map((value) => ({ property: "from/emailAddress/address", value }))]
      : [...query.conversationIds.map((value) => ({ property: "conversationId", value })), ...query.internetMessageIds.map((value) => ({ property: "internetMessageId", value }))];
  return split ? clauses.map((clause) => eqAnyFilters([clause])[0] ?? "") : eqAnyFilters(clauses);
}
