// The read pane's one action: which mailbox and item, a token, then the cleanup service. A Conditional Access
// claims challenge is answered once: a new token with those claims (nested app authentication; interactive
// when silent fails), then the same call again.
import { currentItemMailbox } from "../office/item-mailbox";
import { currentItemRestId } from "../office/rest-id";
import type { AcknowledgeResult } from "./acknowledge-request";
import { postAcknowledgeAndDelete } from "./acknowledge-request";
import { acquireApiToken, ClaimsNotSupportedError, type ApiTokenSettings } from "./api-token";

export interface AcknowledgeSettings extends ApiTokenSettings {
  apiBaseUrl: string;
  fetch?: typeof fetch;
}

export async function acknowledgeAndDelete(settings: AcknowledgeSettings): Promise<AcknowledgeResult> {
  let mailbox: string;
  let messageId: string;
  try {
    mailbox = await currentItemMailbox();
    messageId = currentItemRestId();
  } catch {
    return { kind: "failed" };
  }
  const call = (accessToken: string) => postAcknowledgeAndDelete({ apiBaseUrl: settings.apiBaseUrl, accessToken, mailbox, messageId, fetch: settings.fetch });
  let token;
  try {
    token = await acquireApiToken(settings);
  } catch {
    return { kind: "sign-in-failed" };
  }
  const first = await call(token.accessToken);
  if (first.kind !== "claims-challenge") return first;
  // Office.auth.getAccessToken takes no claims: only nested app authentication can answer.
  if (token.source !== "nested-app-auth") return { kind: "claims-unsupported" };
  try {
    token = await acquireApiToken(settings, { claims: first.claims });
  } catch (error) {
    return error instanceof ClaimsNotSupportedError ? { kind: "claims-unsupported" } : { kind: "sign-in-failed" };
  }
  const second = await call(token.accessToken);
  // Once is enough: a token with the claims that is still refused will not get better by asking again.
  return second.kind === "claims-challenge" ? { kind: "sign-in-failed" } : second;
}
