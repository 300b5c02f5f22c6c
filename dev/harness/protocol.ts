// The wire between the Office.js stand-in (running inside each add-in frame) and the harness page that plays
// Outlook around it. Frames talk to the page with window.postMessage only — the same shape of boundary real
// Office.js has with its host — so the add-in's own code cannot reach the harness except through `Office.*`.
// Types only: this file is erased when the browser files are transpiled.

export type FrameRole = "taskpane" | "readpane" | "commands" | "launchevent";

export interface EmailAddressDetails {
  emailAddress: string;
  displayName: string;
}

export interface AttachmentDetails {
  id: string;
  name: string;
  contentType: string;
  size: number;
  attachmentType: "file";
  isInline: boolean;
}

export interface OfficeThemeSnapshot {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

/** The synchronous properties of a read-mode item; everything else is fetched with the async calls. */
export interface ReadItemSnapshot {
  mode: "read";
  /** EWS-format id, as Outlook gives it: convert with convertToRestId. */
  itemId: string;
  subject: string;
  normalizedSubject: string;
  from: EmailAddressDetails | null;
  sender: EmailAddressDetails | null;
  to: EmailAddressDetails[];
  cc: EmailAddressDetails[];
  internetMessageId: string;
  conversationId: string;
  dateTimeCreated: string;
  attachments: AttachmentDetails[];
  /** For items in a shared mailbox or shared folder; null in the person's own mailbox (the call then fails). */
  shared: SharedPropertiesSnapshot | null;
}

export interface SharedPropertiesSnapshot {
  targetMailbox: string;
  owner: string;
  targetRestUrl: string;
  delegatePermissions: number;
}

export interface ComposeItemSnapshot {
  mode: "compose";
  composeType: "newMail";
}

export interface HelloReply {
  displayLanguage: string;
  /** The client the harness plays (client-profiles.ts): Office.context.platform and diagnostics.hostName. */
  platform: string;
  hostName: string;
  /** Outlook on phones: no convertToRestId/convertToEwsId, and read-mode item ids are REST ids. */
  mobile: boolean;
  officeTheme: OfficeThemeSnapshot;
  userProfile: { displayName: string; emailAddress: string; timeZone: string; accountType: "enterprise" };
  item: ReadItemSnapshot | ComposeItemSnapshot | null;
  /** Requirement sets this host claims, name → highest version. NestedAppAuth is deliberately absent. */
  requirementSets: Record<string, string>;
  restUrl: string;
}

/** Frame → page: a call. */
export interface StandInCall {
  hwc: "office-stand-in";
  id: number;
  method: string;
  args: unknown;
}

/** Page → frame: the answer to a call, or an event the host raises. */
export type HostMessage =
  | { hwc: "office-host"; id: number; ok: true; value: unknown }
  | { hwc: "office-host"; id: number; ok: false; error: { code: number; name: string; message: string } }
  | { hwc: "office-host"; event: "invoke-action"; name: string; invocation: number; eventType: string }
  | { hwc: "office-host"; event: "item-event"; eventType: string; payload: unknown };

export interface ActionCompletion {
  invocation: number;
  allowEvent?: boolean;
  errorMessage?: string;
}
