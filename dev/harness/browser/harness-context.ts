// What every view of the harness page needs to know about the session it runs in.
import type { HarnessMailbox, HarnessSession, HarnessUser } from "../api-types";
import type { OfficeHost } from "./office-host";

export interface HarnessContext {
  session: HarnessSession;
  user: HarnessUser;
  locale: "nl" | "en";
  theme: "light" | "dark";
  host: OfficeHost;
  /** Shows a short status line at the top of the page (role=status, or role=alert for errors). */
  announce(message: string, kind?: "info" | "error"): void;
  openCompose(from?: HarnessMailbox): void;
}

/** Paths in the manifest are relative to the add-in's base URL; the harness serves that base itself. */
export function addinUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
