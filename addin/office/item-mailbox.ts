import { readItem } from "./mailbox-item";
import { officeAsync } from "./office-async";
import { isRequirementSupported } from "./requirements";

/**
 * The mailbox that holds the open item: the shared HwC mailbox's address when the functionary reads it as a
 * delegate or shared folder (getSharedPropertiesAsync, Mailbox 1.8), else the signed-in user's own address.
 */
export async function currentItemMailbox(): Promise<string> {
  const item = readItem();
  if (isRequirementSupported("Mailbox", "1.8") && typeof item.getSharedPropertiesAsync === "function") {
    try {
      const shared = await officeAsync<Office.SharedProperties>("getSharedPropertiesAsync", (done) => item.getSharedPropertiesAsync(done));
      if (shared.owner) return shared.owner;
    } catch {
      // Not in a shared folder: Outlook reports an error rather than empty properties; the user's own mailbox holds it.
    }
  }
  return currentUserAddress() ?? "";
}

/** The signed-in person's own address (Mailbox 1.1). */
export function currentUserAddress(): string | undefined {
  const address = Office.context.mailbox?.userProfile?.emailAddress;
  return typeof address === "string" ? address : undefined;
}
