// The small port the use cases drive. One method call is one Graph round trip (a single request or one
// `$batch`), so the use cases can be read — and benchmarked — as a count of sequential round trips.
import type { InboundMessage } from "../../shared";

/** A message as the use cases see it: the recognizer's subset plus where it sits. */
export interface MailItem {
  /** Immutable id (the adapter always asks for ImmutableId). */
  id: string;
  folderId: string;
  isDraft: boolean;
  receivedDateTime?: string;
  /** The address the item is from, lower case ("" for drafts without one). */
  fromAddress: string;
  message: InboundMessage;
}

export type ItemQuery =
  /** Everything of one signal: its conversation and every copy of it. */
  | { kind: "signal"; conversationIds: string[]; internetMessageIds: string[] }
  /** Candidates for the sweep and the report: items whose subject is one of these. */
  | { kind: "subjects"; subjects: string[] };

export interface FoundItems {
  /** Matches in every folder, including `recoverableitemsdeletions`. */
  items: MailItem[];
  /** Folder id → well-known name (inbox, sentitems, …) when resolveFolders was asked for. */
  wellKnownFolders: Map<string, string>;
  /**
   * The reply draft made in the same round trip when draftReply was asked for. `ready` is true only when it is
   * exactly the content asked for — no quoted original, only the registered recipient — so it can be sent as is.
   */
  draft?: { id: string; ready: boolean };
}

export interface FindOptions {
  resolveFolders?: boolean;
  /** Also `createReply` to this message with this content and its marker header (set at creation). */
  draftReply?: { messageId: string; content: OutgoingContent };
}

export interface OutgoingContent {
  subject: string;
  html: string;
  to: string;
  /** Content-free marker header value, e.g. "ack" → `x-handle-with-care: ack`. */
  marker: string;
}

export type MailboxCommand =
  /** replaceContent: PATCH subject, body and recipients before sending (a reused or imperfect draft). */
  | { kind: "send-draft"; id: string; content: OutgoingContent; replaceContent: boolean; dependsOn?: number[] }
  | { kind: "permanent-delete"; id: string; dependsOn?: number[] }
  | { kind: "send-mail"; content: OutgoingContent; dependsOn?: number[] }
  | { kind: "read-folder-name"; id: string; dependsOn?: number[] };

export type CommandOutcome =
  | { ok: true; folderName?: string }
  | { ok: false; notFound: boolean; status: number };

export interface FolderCount {
  /** Well-known name when it has one, else the folder path from the mailbox root. */
  name: string;
  itemCount: number;
}

export interface MailboxPort {
  readonly address: string;
  /** One round trip. Undefined when the item does not exist (any more). */
  getMessage(id: string): Promise<MailItem | undefined>;
  /** One round trip (a `$batch`). */
  findItems(query: ItemQuery, options?: FindOptions): Promise<FoundItems>;
  /** One round trip per 20 commands (`$batch` with `dependsOn`); outcomes in command order. */
  execute(commands: MailboxCommand[]): Promise<CommandOutcome[]>;
  /** Every folder with its item count (a few round trips, one per folder depth). */
  listFolders(): Promise<FolderCount[]>;
}
