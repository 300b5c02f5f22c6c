import type { MailFlowRules } from "./mail-flow";

// The emulator's in-memory model of Exchange Online mailboxes, as Graph v1.0 exposes them.

export interface EmailAddress {
  name: string;
  address: string;
}
export interface Recipient {
  emailAddress: EmailAddress;
}
export interface InternetMessageHeader {
  name: string;
  value: string;
}
export interface StoredAttachment {
  id: string;
  name: string;
  contentType: string;
  contentBytes: string;
  isInline: boolean;
}

export interface StoredMessage {
  immutableId: string;
  /** Changes on every folder move (Exchange's EntryId-based REST id). */
  restId: string;
  folderId: string;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  receivedDateTime: string;
  sentDateTime: string | null;
  subject: string;
  body: { contentType: "html" | "text"; content: string };
  from: Recipient | null;
  sender: Recipient | null;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  replyTo: Recipient[];
  isDraft: boolean;
  isRead: boolean;
  importance: "low" | "normal" | "high";
  categories: string[];
  conversationId: string;
  internetMessageId: string;
  /** Headers of received mail; drafts keep only the custom x- headers set at creation. */
  internetMessageHeaders: InternetMessageHeader[];
  attachments: StoredAttachment[];
  /**
   * MAPI named properties set through `singleValueExtendedProperties` (id → value). They stay with the item in its
   * own mailbox (Sent Items copy included) and are not carried to recipients.
   */
  extendedProperties: Record<string, string>;
  /** Epoch ms before which the item (a Sent Items copy in submission) refuses every change. */
  inSubmissionUntil?: number;
  /** Epoch ms before which Graph does not show the item (a Sent Items copy still being written). Dumps show it. */
  visibleFrom?: number;
  /** For a reply draft: the Internet Message-ID it answers, written as In-Reply-To/References on delivery. */
  inReplyTo: string | null;
  references: string | null;
}

export interface Folder {
  id: string;
  displayName: string;
  wellKnownName: string | null;
  parentId: string | null;
  /** Folders Graph cannot list under msgfolderroot (the recoverable items tree). */
  hidden: boolean;
}

export interface Delegate {
  userId: string;
  fullAccess: boolean;
  sendAs: boolean;
}

export interface Mailbox {
  /** The directory object id of the mailbox's user (shared mailboxes have one too). */
  id: string;
  address: string;
  /** What Graph resolves in `users/{…}` besides the id (never the SMTP address as such). */
  userPrincipalName: string;
  tenant: string;
  displayName: string;
  kind: "user" | "shared";
  ownerUserId: string | null;
  delegates: Delegate[];
  folders: Map<string, Folder>;
  /** Keyed by immutable id. */
  messages: Map<string, StoredMessage>;
}

export interface Tenant {
  id: string;
  domains: string[];
  displayName: string;
  /** The tenant's transport rules for mail from outside it (subject tag, banner, disclaimer). */
  mailFlow?: MailFlowRules;
}

export interface User {
  id: string;
  tenant: string;
  userPrincipalName: string;
  displayName: string;
  mail: string;
}

export interface App {
  clientId: string;
  tenant: string;
  displayName: string;
  secret: string | null;
  certificatePem: string | null;
  exposedScopes: string[];
  graphRoles: string[];
  graphDelegatedScopes: string[];
  mailboxScope: string[];
  redirectUris: string[];
}
