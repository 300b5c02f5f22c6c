import { composeItem } from "./mailbox-item";
import { officeAsync } from "./office-async";

export type RecipientField = "to" | "cc" | "bcc";

export async function getRecipientAddresses(field: RecipientField): Promise<string[]> {
  const recipients = composeItem()[field];
  const details = await officeAsync<Office.EmailAddressDetails[]>(`${field}.getAsync`, (done) => recipients.getAsync(done));
  return details.map((detail) => detail.emailAddress);
}

/** Replaces the whole field: an empty list empties it. */
export async function setRecipientAddresses(field: RecipientField, addresses: readonly string[]): Promise<void> {
  const recipients = composeItem()[field];
  await officeAsync<void>(`${field}.setAsync`, (done) => recipients.setAsync([...addresses], done));
}
