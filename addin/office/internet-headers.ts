import { composeItem } from "./mailbox-item";
import { officeAsync } from "./office-async";
import { isRequirementSupported } from "./requirements";

/**
 * A marker on every message the pane prepares, so the send guard also catches a signal whose recipient was
 * changed afterwards. Its value is the HwC address of the school chosen in the pane (no personal data), which
 * the guard compares with To. Mailbox 1.8; kept on the sent message.
 */
export const SIGNAL_MARKER_HEADER = "x-handle-with-care";

export function canUseInternetHeaders(): boolean {
  return isRequirementSupported("Mailbox", "1.8");
}

export async function setSignalMarkerHeader(schoolAddress: string): Promise<void> {
  const headers = composeItem().internetHeaders;
  const value = schoolAddress.trim().toLowerCase();
  await officeAsync<void>("internetHeaders.setAsync", (done) => headers.setAsync({ [SIGNAL_MARKER_HEADER]: value }, done));
}

/** The marker's value (trimmed), or undefined when the draft has none. */
export async function readSignalMarkerHeader(): Promise<string | undefined> {
  const headers = composeItem().internetHeaders;
  const values = await officeAsync<Record<string, string>>("internetHeaders.getAsync", (done) =>
    headers.getAsync([SIGNAL_MARKER_HEADER], done),
  );
  // Object.keys, not Object.entries (ES2017): the send guard also runs in classic Outlook's ES2016 runtime.
  const name = Object.keys(values).find((key) => key.toLowerCase() === SIGNAL_MARKER_HEADER && String(values[key] ?? "").trim() !== "");
  return name === undefined ? undefined : String(values[name]).trim();
}

/** Takes the marker off a draft that was put back as it was (the insertion failed). Mailbox 1.8. */
export async function removeSignalMarkerHeader(): Promise<void> {
  const headers = composeItem().internetHeaders;
  await officeAsync<void>("internetHeaders.removeAsync", (done) => headers.removeAsync([SIGNAL_MARKER_HEADER], done));
}
