// What Outlook's servers do for the harness page: list folders and messages, open one, and create-and-send a
// message, through the stand-in's Graph API with the signed-in user's own delegated token — so Exchange's
// rules (delegate access, send-as, delivery to the recipient's mailbox) apply as they would in Outlook.
import { Client, type GraphRequest } from "@microsoft/microsoft-graph-client";
import type { FolderSummary, MailAddress, MessageDetail, MessageSummary, SendRequest } from "./api-types";

/** Mints a token through the stand-in's identity provider: the control API's `issueToken`. */
export type IssueToken = (request: { tenant: string; user: string; scopes: string[]; audience?: string }) => Promise<string>;

/** The stand-in's control `moveToMailbox`: where a delegate's own Outlook files her copy. */
export type MoveToMailbox = (request: { from: string; messageId: string; to: string; folder: "sentitems" | "deleteditems" }) => Promise<string>;

export interface HarnessMailOptions {
  /** The stand-in's base URL, e.g. https://127.0.0.1:5443 (Graph at /v1.0). */
  standInUrl: string;
  issueToken: IssueToken;
  /** Without it, replies and deletes in a shared mailbox stay there (as Outlook on the web does). */
  moveToMailbox?: MoveToMailbox;
}

/** Who acts, and which mailbox is her own (where classic Outlook keeps her copies). */
export interface ActingUser {
  id: string;
  tenantId: string;
  mail: string;
  mailboxes: { address: string; own: boolean }[];
}

const IMMUTABLE = 'IdType="ImmutableId"';

// What Outlook on the web may do in a mailbox the user can open: its own, or a delegate's with full access.
const OUTLOOK_SCOPES = ["Mail.ReadWrite", "Mail.Send", "Mail.ReadWrite.Shared", "Mail.Send.Shared"];
const FOLDER_ORDER = ["inbox", "drafts", "sentitems", "outbox", "deleteditems", "junkemail", "archive", "conversationhistory"];
const TOKEN_LIFETIME_MS = 50 * 60 * 1000;

interface GraphFolder {
  id: string;
  displayName: string;
  totalItemCount?: number;
  unreadItemCount?: number;
}
interface GraphRecipient {
  emailAddress?: { name?: string; address?: string };
}
interface GraphMessage {
  id: string;
  subject?: string | null;
  from?: GraphRecipient | null;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  receivedDateTime?: string;
  isRead?: boolean;
  isDraft?: boolean;
  hasAttachments?: boolean;
  body?: { contentType?: string; content?: string };
  internetMessageId?: string;
  conversationId?: string;
  internetMessageHeaders?: Array<{ name: string; value: string }>;
}

const address = (recipient: GraphRecipient | null | undefined): MailAddress | null =>
  recipient?.emailAddress?.address ? { name: recipient.emailAddress.name ?? "", address: recipient.emailAddress.address } : null;
const addresses = (list: GraphRecipient[] | undefined): MailAddress[] => (list ?? []).map(address).filter((entry): entry is MailAddress => entry !== null);
const enc = encodeURIComponent;

export class HarnessMail {
  private readonly clients = new Map<string, { client: Client; expiresAt: number }>();
  private readonly wellKnown = new Map<string, Map<string, string>>();

  constructor(private readonly options: HarnessMailOptions) {}

  private client(user: { id: string; tenantId: string }): Client {
    const cached = this.clients.get(user.id);
    if (cached && cached.expiresAt > Date.now()) return cached.client;
    let token: Promise<string> | undefined;
    const client = Client.init({
      baseUrl: this.options.standInUrl,
      defaultVersion: "v1.0",
      customHosts: new Set([new URL(this.options.standInUrl).hostname]),
      authProvider: (done) => {
        token ??= this.options.issueToken({ tenant: user.tenantId, user: user.id, scopes: OUTLOOK_SCOPES });
        token.then((value) => done(null, value), (error: unknown) => done(error, null));
      },
    });
    this.clients.set(user.id, { client, expiresAt: Date.now() + TOKEN_LIFETIME_MS });
    return client;
  }

  private api(user: { id: string; tenantId: string }, path: string): GraphRequest {
    return this.client(user).api(path);
  }

  /** Folder ids of the well-known folders, asked once per mailbox in one $batch (they do not change). */
  private async wellKnownIds(user: { id: string; tenantId: string }, mailbox: string): Promise<Map<string, string>> {
    const cached = this.wellKnown.get(mailbox);
    if (cached) return cached;
    const names = [...FOLDER_ORDER, "recoverableitemsdeletions"];
    const batch = (await this.api(user, "/$batch").post({
      requests: names.map((name, index) => ({ id: String(index), method: "GET", url: `/users/${enc(mailbox)}/mailFolders/${name}?$select=id` })),
    })) as { responses: Array<{ id: string; status: number; body?: { id?: string } }> };
    const ids = new Map<string, string>();
    for (const response of batch.responses) {
      const name = names[Number(response.id)];
      if (name && response.status === 200 && response.body?.id) ids.set(name, response.body.id);
    }
    this.wellKnown.set(mailbox, ids);
    return ids;
  }

  async folders(user: { id: string; tenantId: string }, mailbox: string): Promise<FolderSummary[]> {
    const ids = await this.wellKnownIds(user, mailbox);
    const nameOf = new Map([...ids].map(([name, id]) => [id, name]));
    const listed = (await this.api(user, `/users/${enc(mailbox)}/mailFolders`).top(100).get()) as { value: GraphFolder[] };
    const folders = listed.value.map((folder) => ({
      id: folder.id,
      displayName: folder.displayName,
      wellKnownName: nameOf.get(folder.id) ?? null,
      totalItemCount: folder.totalItemCount ?? 0,
      unreadItemCount: folder.unreadItemCount ?? 0,
    }));
    // Outlook shows "Recoverable Items" only on request; the harness lists it, so nothing left behind is hidden.
    const recoverableId = ids.get("recoverableitemsdeletions");
    if (recoverableId) {
      const recoverable = (await this.api(user, `/users/${enc(mailbox)}/mailFolders/recoverableitemsdeletions`).get()) as GraphFolder;
      folders.push({ id: recoverableId, displayName: recoverable.displayName, wellKnownName: "recoverableitemsdeletions", totalItemCount: recoverable.totalItemCount ?? 0, unreadItemCount: 0 });
    }
    const rank = (folder: FolderSummary) => (folder.wellKnownName ? FOLDER_ORDER.indexOf(folder.wellKnownName) : -1);
    return folders.sort((a, b) => (rank(a) === -1 ? 50 : rank(a)) - (rank(b) === -1 ? 50 : rank(b)) || a.displayName.localeCompare(b.displayName));
  }

  async messages(user: { id: string; tenantId: string }, mailbox: string, folderId: string): Promise<MessageSummary[]> {
    const page = (await this.api(user, `/users/${enc(mailbox)}/mailFolders/${enc(folderId)}/messages`)
      .select(["id", "subject", "from", "receivedDateTime", "isRead", "isDraft", "hasAttachments"])
      .orderby("receivedDateTime desc")
      .top(100)
      .get()) as { value: GraphMessage[] };
    return page.value.map((message) => this.summary(message));
  }

  async message(user: { id: string; tenantId: string }, mailbox: string, messageId: string): Promise<MessageDetail> {
    const message = (await this.api(user, `/users/${enc(mailbox)}/messages/${enc(messageId)}`)
      .select(["id", "subject", "from", "toRecipients", "ccRecipients", "body", "receivedDateTime", "isRead", "isDraft", "hasAttachments", "internetMessageId", "conversationId", "internetMessageHeaders"])
      .get()) as GraphMessage;
    // Always listed: Outlook's read-mode item.attachments includes inline images, which hasAttachments leaves out.
    let attachments: MessageDetail["attachments"] = [];
    {
      const listed = (await this.api(user, `/users/${enc(mailbox)}/messages/${enc(messageId)}/attachments`).get()) as {
        value: Array<{ id: string; name: string; contentType: string; size?: number; isInline?: boolean }>;
      };
      attachments = listed.value.map((entry) => ({ id: entry.id, name: entry.name, contentType: entry.contentType, size: entry.size ?? 0, isInline: entry.isInline ?? false }));
    }
    return {
      ...this.summary(message),
      to: addresses(message.toRecipients),
      cc: addresses(message.ccRecipients),
      body: { contentType: message.body?.contentType === "text" ? "text" : "html", content: message.body?.content ?? "" },
      internetMessageId: message.internetMessageId ?? "",
      conversationId: message.conversationId ?? "",
      internetMessageHeaders: message.internetMessageHeaders ?? [],
      attachments,
    };
  }

  /** Outlook saves the draft in the sending mailbox, then sends it: a copy lands in that mailbox's Sent Items. */
  async send(user: { id: string; tenantId: string }, request: SendRequest): Promise<void> {
    const recipients = (list: MailAddress[]) => list.map((entry) => ({ emailAddress: { address: entry.address, name: entry.name || entry.address } }));
    const draft = (await this.api(user, `/users/${enc(request.from)}/messages`).post({
      subject: request.subject,
      body: request.body,
      toRecipients: recipients(request.to),
      ccRecipients: recipients(request.cc),
      bccRecipients: recipients(request.bcc),
      ...(request.internetHeaders.length > 0 ? { internetMessageHeaders: request.internetHeaders } : {}),
      ...(request.attachments.length > 0
        ? { attachments: request.attachments.map((attachment) => ({ "@odata.type": "#microsoft.graph.fileAttachment", ...attachment })) }
        : {}),
    })) as GraphMessage;
    await this.api(user, `/users/${enc(request.from)}/messages/${enc(draft.id)}/send`).post({});
  }

  /**
   * A reply or forward by hand. In a shared mailbox, classic Outlook files the sent copy in the sender's own Sent
   * Items, not the shared mailbox's (Exchange's MessageCopyForSentAsEnabled is off by default): so does the harness.
   */
  async respond(user: ActingUser, kind: "reply" | "forward", request: { mailbox: string; messageId: string; comment: string; to?: MailAddress[] }): Promise<void> {
    const path = `/users/${enc(request.mailbox)}/messages/${enc(request.messageId)}/${kind === "reply" ? "createReply" : "createForward"}`;
    const body = { comment: request.comment, ...(kind === "forward" ? { toRecipients: (request.to ?? []).map((entry) => ({ emailAddress: { address: entry.address, name: entry.name || entry.address } })) } : {}) };
    const draft = (await this.api(user, path).header("Prefer", IMMUTABLE).post(body)) as GraphMessage;
    await this.api(user, `/users/${enc(request.mailbox)}/messages/${enc(draft.id)}/send`).header("Prefer", IMMUTABLE).post({});
    const own = this.ownAddress(user);
    if (this.options.moveToMailbox && own && own !== request.mailbox.toLowerCase()) {
      await this.options.moveToMailbox({ from: request.mailbox, messageId: draft.id, to: own, folder: "sentitems" });
    }
  }

  /** Delete by hand. From a shared mailbox, classic Outlook moves the item to the deleter's own Deleted Items. */
  async remove(user: ActingUser, mailbox: string, messageId: string): Promise<void> {
    const own = this.ownAddress(user);
    if (this.options.moveToMailbox && own && own !== mailbox.toLowerCase()) {
      await this.options.moveToMailbox({ from: mailbox, messageId, to: own, folder: "deleteditems" });
      return;
    }
    await this.api(user, `/users/${enc(mailbox)}/messages/${enc(messageId)}`).delete();
  }

  private ownAddress(user: ActingUser): string | undefined {
    return (user.mailboxes.find((mailbox) => mailbox.own)?.address ?? user.mail).toLowerCase();
  }

  private summary(message: GraphMessage): MessageSummary {
    return {
      id: message.id,
      subject: message.subject ?? "",
      from: address(message.from),
      receivedDateTime: message.receivedDateTime ?? new Date(0).toISOString(),
      isRead: message.isRead ?? false,
      isDraft: message.isDraft ?? false,
      hasAttachments: message.hasAttachments ?? false,
    };
  }
}
