// The Outlook clients the harness can play, chosen per page load (?client=…, and ?mailbox=1.9 / ?body=text to
// vary one thing), so a test can run the real add-in against each client's differences: the HTML body.getAsync
// returns, the requirement sets reported, the platform, phones' REST item ids and missing APIs, and whether the
// OnMessageSend guard runs at all. Sources: the client support table in addin/README.md; body shapes in
// shared/signal/fixtures/outlook-bodies.ts. Types and data only here; the page applies them.
import { genuineBody } from "../../shared/signal/fixtures/outlook-bodies";

export interface ClientProfile {
  id: string;
  label: string;
  /** Office.context.platform. */
  platform: "OfficeOnline" | "PC" | "Mac" | "iOS" | "Android";
  /** Office.context.mailbox.diagnostics.hostName. */
  hostName: string;
  /** Highest Mailbox requirement set the client reports. */
  mailbox: string;
  /** Fixture (outlook-bodies.ts) that shapes what body.getAsync(Html) returns in compose mode; null: as set. */
  composeBody: string | null;
  /** Phones: REST item ids, no convertToRestId, no compose add-ins, no send guard (Smart Alerts: not on iOS/Android). */
  mobile: boolean;
}

export const CLIENT_PROFILES: readonly ClientProfile[] = [
  { id: "web", label: "Outlook op het web", platform: "OfficeOnline", hostName: "OutlookWebApp", mailbox: "1.14", composeBody: "web", mobile: false },
  { id: "new-outlook", label: "Nieuwe Outlook voor Windows", platform: "OfficeOnline", hostName: "newOutlookWindows", mailbox: "1.14", composeBody: "new-outlook", mobile: false },
  { id: "classic-windows", label: "Outlook voor Windows (klassiek)", platform: "PC", hostName: "Outlook", mailbox: "1.14", composeBody: "classic-windows", mobile: false },
  { id: "classic-windows-vml", label: "Outlook voor Windows (klassiek, VML-kop)", platform: "PC", hostName: "Outlook", mailbox: "1.14", composeBody: "classic-windows-vml", mobile: false },
  { id: "mac", label: "Outlook voor Mac", platform: "Mac", hostName: "OutlookMac", mailbox: "1.13", composeBody: "mac", mobile: false },
  { id: "web-empty-script-title", label: "Outlook (lege script en title in de kop)", platform: "OfficeOnline", hostName: "OutlookWebApp", mailbox: "1.14", composeBody: "web-empty-script-title", mobile: false },
  { id: "ltsc-2021", label: "Outlook LTSC 2021 (Mailbox 1.9)", platform: "PC", hostName: "Outlook", mailbox: "1.9", composeBody: "classic-windows", mobile: false },
  { id: "ios", label: "Outlook voor iOS", platform: "iOS", hostName: "OutlookIOS", mailbox: "1.5", composeBody: null, mobile: true },
  { id: "android", label: "Outlook voor Android", platform: "Android", hostName: "OutlookAndroid", mailbox: "1.5", composeBody: null, mobile: true },
];

export const DEFAULT_CLIENT = "web";

/** What `body.getAsync(Html)` gives on that client for a compose body showing these lines. */
export function renderClientBody(fixtureId: string, lines: readonly string[]): string {
  return genuineBody(fixtureId).render(lines);
}
