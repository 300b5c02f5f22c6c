import { composeItem } from "./mailbox-item";
import { officeAsync } from "./office-async";
import { isRequirementSupported } from "./requirements";

/**
 * Stops Outlook from adding the caseworker's signature back (on send, or when From changes).
 * Mailbox 1.10; returns false where the client cannot, so the caller relies on replacing the body instead.
 */
export async function disableClientSignature(): Promise<boolean> {
  if (!isRequirementSupported("Mailbox", "1.10")) return false;
  const item = composeItem();
  await officeAsync<void>("disableClientSignatureAsync", (done) => item.disableClientSignatureAsync(done));
  return true;
}
