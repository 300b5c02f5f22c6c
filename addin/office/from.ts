import { composeItem } from "./mailbox-item";
import { officeAsync } from "./office-async";
import { isRequirementSupported } from "./requirements";

/**
 * The From address of the message being composed (Mailbox 1.7), or undefined where the client cannot say.
 * There is no from.setAsync: the caseworker chooses the Veilig Thuis HwC mailbox in Outlook itself.
 */
export async function getFromAddress(): Promise<string | undefined> {
  if (!isRequirementSupported("Mailbox", "1.7")) return undefined;
  const from = composeItem().from;
  const details = await officeAsync<Office.EmailAddressDetails>("from.getAsync", (done) => from.getAsync(done));
  return details.emailAddress;
}
