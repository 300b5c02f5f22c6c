import { isMobileOutlook } from "./client-platform";
import { readItem } from "./mailbox-item";

/**
 * The REST id of the open item, which Graph (and so the cleanup service) takes. Desktop and web Outlook give an
 * EWS id to convert; Outlook on phones gives the REST id itself and has no convertToRestId.
 */
export function currentItemRestId(): string {
  const itemId = readItem().itemId;
  if (isMobileOutlook()) return itemId;
  return Office.context.mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0);
}
