// What every view of the harness page needs to know about the session it runs in.
import type { HarnessMailbox, HarnessSession, HarnessUser } from "../api-types";
import type { ClientProfile } from "../client-profiles";
import type { OfficeHost } from "./office-host";

/** The Outlook client the page plays, with the page's overrides applied. */
export interface ClientSettings {
  profile: ClientProfile;
  /** Highest Mailbox requirement set reported (the profile's, or ?mailbox=). */
  mailbox: string;
  /** The format of new drafts (?body=text for plain text). */
  draftFormat: "html" | "text";
}

/** Whether the client runs the OnMessageSend guard: Smart Alerts need Mailbox 1.12 and do not exist on phones. */
export function runsSendGuard(client: ClientSettings): boolean {
  const [major = 0, minor = 0] = client.mailbox.split(".").map(Number);
  return !client.profile.mobile && (major > 1 || (major === 1 && minor >= 12));
}

export interface HarnessContext {
  session: HarnessSession;
  user: HarnessUser;
  locale: "nl" | "en";
  theme: "light" | "dark";
  host: OfficeHost;
  client: ClientSettings;
  /** Shows a short status line at the top of the page (role=status, or role=alert for errors). */
  announce(message: string, kind?: "info" | "error"): void;
  openCompose(from?: HarnessMailbox): void;
}

/** Paths in the manifest are relative to the add-in's base URL; the harness serves that base itself. */
export function addinUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
