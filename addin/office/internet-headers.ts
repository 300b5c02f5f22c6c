import { composeItem } from "./mailbox-item";
import { officeAsync } from "./office-async";
import { isRequirementSupported } from "./requirements";

/**
 * A content-free marker on every message the pane prepares, so the send guard also catches a signal whose
 * recipient was changed to an address outside the register. Mailbox 1.8; kept on the sent message.
 */
export const SIGNAL_MARKER_HEADER = "x-handle-with-care";

export function canUseInternetHeaders(): boolean {
  return isRequirementSupported("Mailbox", "1.8");
}

export async function setSignalMarkerHeader(): Promise<void> {
  const headers = composeItem().internetHeaders;
  await officeAsync<void>("internetHeaders.setAsync", (done) => headers.setAsync({ [SIGNAL_MARKER_HEADER]: "1" }, done));
}

export async function hasSignalMarkerHeader(): Promise<boolean> {
  const headers = composeItem().internetHeaders;
  const values = await officeAsync<Record<string, string>>("internetHeaders.getAsync", (done) =>
    headers.getAsync([SIGNAL_MARKER_HEADER], done),
  );
  return Object.entries(values).some(([name, value]) => name.toLowerCase() === SIGNAL_MARKER_HEADER && value.trim() !== "");
}
