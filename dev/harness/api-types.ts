// JSON exchanged between the harness page and the harness server (/harness/api/…). The server plays the part
// of Exchange behind Outlook: it reads and sends mail through the stand-in's Graph API as the signed-in user.
// Types only.

export interface MailAddress {
  name: string;
  address: string;
}

export interface HarnessMailbox {
  address: string;
  displayName: string;
  kind: "user" | "shared";
  /** The signed-in user's own mailbox (as opposed to one opened through delegate access). */
  own: boolean;
  sendAs: boolean;
}

export interface HarnessUser {
  id: string;
  tenantId: string;
  displayName: string;
  mail: string;
  mailboxes: HarnessMailbox[];
}

export interface LocalisedLabel {
  nl: string;
  en: string;
}

export type AddinCommandAction = { kind: "taskpane"; url: string } | { kind: "function"; functionName: string; url: string };

export interface AddinCommand {
  label: LocalisedLabel;
  action: AddinCommandAction;
}

/** What the add-in's manifest tells Outlook to show and run; paths relative to the add-in's base URL. */
export interface AddinSurfaces {
  compose: AddinCommand | null;
  read: AddinCommand | null;
  /** The MobileFormFactor's read button (Outlook on iOS and Android). */
  mobileRead: AddinCommand | null;
  sendEvent: { functionName: string; runtimeUrl: string; sendMode: string } | null;
}

export interface HarnessSession {
  users: HarnessUser[];
  /** The Outlook clients the page can play (client-profiles.ts); the first is the default. */
  clients: import("./client-profiles").ClientProfile[];
  defaultUserId: string;
  surfaces: AddinSurfaces;
  /** Set when the manifest or the build could not be read: shown in the page, saying what to do. */
  problems: string[];
  messages: Record<"nl" | "en", Record<string, string>>;
  /** How long the send event's runtime may take to load, and its handler to complete. */
  sendTimeouts: { loadTimeoutInMs: number; completionTimeoutInMs: number };
  /** How often the page re-reads the open folder, as Outlook shows new and deleted mail without a reload. */
  refreshIntervalInMs: number;
}

export interface FolderSummary {
  id: string;
  displayName: string;
  /** Graph's well-known name when this is one of those folders. */
  wellKnownName: string | null;
  totalItemCount: number;
  unreadItemCount: number;
}

export interface MessageSummary {
  id: string;
  subject: string;
  from: MailAddress | null;
  receivedDateTime: string;
  isRead: boolean;
  isDraft: boolean;
  hasAttachments: boolean;
}

export interface AttachmentSummary {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
}

export interface MessageDetail extends MessageSummary {
  to: MailAddress[];
  cc: MailAddress[];
  body: { contentType: "html" | "text"; content: string };
  internetMessageId: string;
  conversationId: string;
  internetMessageHeaders: Array<{ name: string; value: string }>;
  attachments: AttachmentSummary[];
}

export interface OutgoingAttachment {
  name: string;
  contentType: string;
  contentBytes: string;
  isInline: boolean;
  contentId?: string;
}

export interface SendRequest {
  as: string;
  from: string;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  subject: string;
  body: { contentType: "html" | "text"; content: string };
  internetHeaders: Array<{ name: string; value: string }>;
  attachments: OutgoingAttachment[];
}

export interface ApiError {
  error: string;
}
