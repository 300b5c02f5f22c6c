import { readItem } from "./mailbox-item";

/** Read mode gives an EWS id; Graph (and so the cleanup service) needs the REST id. */
export function currentItemRestId(): string {
  const itemId = readItem().itemId;
  return Office.context.mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0);
}
