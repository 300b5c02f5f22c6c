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
  /** The value of the service's own marker property (see service-marker.ts), when the item carries one. */
  marker?: string;
  /** "own": the functionary's own mailbox, where her client may have left a copy; else the HwC mailbox. */
  mailbox?: "own";
  message: InboundMessage;
}

export type ItemQuery =
  /** Everything of one signal: its conversation and every copy of it. */
  | { kind: "signal"; conversationIds: string[]; internetMessageIds: string[] }
  /**
   * Candidates for the sweep and the report: items whose subject is one of these, and every item from one of
   * these senders whatever its subject (a tagged or refused signal is still one of theirs).
   */
  | { kind: "candidates"; subjects: string[]; senders: string[] };

/** What Exchange refused to show or change, so the answer and the report can say so. */
export type Unreachable = "recoverable-items" | "recoverable-items-delete" | "own-mailbox" | "own-mailbox-delete";

export interface FoundItems {
  /** Matches in every folder of the HwC mailbox, including `recoverableitemsdeletions` when Exchange allows it. */
  items: MailItem[];
  /** Matches in the functionary's own mailbox, when asked for (includeOwnMailbox). */
  ownItems: MailItem[];
  /** Folder id → well-known name (inbox, sentitems, …) when resolveFolders was asked for. */
  wellKnownFolders: Map<string, string>;
  /** The reply draft made in the same round trip when draftReply was asked for. */
  draft?: { id: string };
  /** Outcomes of the permanentDelete commands sent alongside (purgeAlongside), in their order. */
  purged?: CommandOutcome[];
  unreachable: Unreachable[];
}

export interface FindOptions {
  resolveFolders?: boolean;
  /** Also `createReply` to this message, with this content, in the same round trip. */
  draftReply?: { messageId: string; content: OutgoingContent };
  /** Also search the functionary's own mailbox (delegated calls only). */
  includeOwnMailbox?: boolean;
  /** Also permanentDelete these items of the HwC mailbox in the same (parallel) round trip. */
  purgeAlongside?: string[];
}

export interface OutgoingContent {
  subject: string;
  html: string;
  to: string;
  /** The value of the service's marker property, set on the message the service makes. */
  marker: string;
}

export type MailboxCommand =
  /** PATCH subject, body, recipients and the marker, then send: two requests, one after the other. */
  | { kind: "send-draft"; id: string; content: OutgoingContent }
  | { kind: "permanent-delete"; id: string; inOwnMailbox?: boolean }
  | { kind: "send-mail"; content: OutgoingContent };

export type CommandOutcome =
  | { ok: true }
  /** refused: Exchange will not do it (access denied, cannot delete, still in submission); a retry now would not help. */
  | { ok: false; notFound: boolean; refused: boolean; status: number };

/** A folder as the adapter lists it; the report decides how to name it. */
export interface MailboxFolder {
  id: string;
  /** Graph's well-known name, when it is one of those. */
  wellKnownName: string | null;
  /** Display-name path from the mailbox root (a custom folder's name may be a child's name: never logged). */
  path: string;
  itemCount: number;
}

export interface MailboxPort {
  /** The HwC mailbox's SMTP address, lower case. */
  readonly address: string;
  /** Its directory object id: what Graph URLs and the service's marker use. */
  readonly mailboxId: string;
  /** One round trip. Undefined when the item does not exist (any more). */
  getMessage(id: string): Promise<MailItem | undefined>;
  /** One round trip (a `$batch`), two when Exchange finds an `or` filter too complex and it is split. */
  findItems(query: ItemQuery, options?: FindOptions): Promise<FoundItems>;
  /**
   * One round trip per 20 commands: in parallel, or in sequence (each after the one before succeeded; a failure
   * fails the rest with 424). Outcomes in command order.
   */
  execute(commands: MailboxCommand[], order: "parallel" | "sequence"): Promise<CommandOutcome[]>;
  /** Every folder with its item count (a few round trips, one per folder depth), and what could not be listed. */
  listFolders(): Promise<{ folders: MailboxFolder[]; unreachable: Unreachable[] }>;
}
