// The read pane's one action: which mailbox and item, a token, then the cleanup service.
import { currentItemMailbox } from "../office/item-mailbox";
import { currentItemRestId } from "../office/rest-id";
import type { AcknowledgeResult } from "./acknowledge-request";
import { postAcknowledgeAndDelete } from "./acknowledge-request";
import { acquireApiToken, type ApiTokenSettings } from "./api-token";

export async function acknowledgeAndDelete(settings: ApiTokenSettings & { apiBaseUrl: string }): Promise<AcknowledgeResult> {
  let mailbox: string;
  let messageId: string;
  try {
    mailbox = await currentItemMailbox();
    messageId = currentItemRestId();
  } catch {
    return { kind: "failed" };
  }
  let accessToken: string;
  try {
    accessToken = await acquireApiToken(settings);
  } catch {
    return { kind: "sign-in-failed" };
  }
  return postAcknowledgeAndDelete({ apiBaseUrl: settings.apiBaseUrl, accessToken, mailbox, messageId });
}
