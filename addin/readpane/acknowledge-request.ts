// The cleanup service's one call for the functionary:
//   POST {apiBaseUrl}/api/acknowledge-and-delete   Authorization: Bearer <token for access_as_user>
//   { "mailbox": "hwc.deregenboog@…", "messageId": "<REST id>" }
//   200 { status: "acknowledged-and-deleted" | "already-deleted", acknowledged, deleted: { [folder]: n }, remaining: 0 }
//   401, 403, 422 { code: "not-a-signal" }, 503 with Retry-After
//   401 claims challenge (Conditional Access): see claims-challenge.ts
import { claimsFromChallenge } from "./claims-challenge";
import { retryAfterSeconds } from "./retry-after";

export type AcknowledgeResult =
  | { kind: "done"; status: "acknowledged-and-deleted" | "already-deleted" }
  | { kind: "unauthorized" }
  /** The token lacks claims Conditional Access asks for: get one with these claims (JSON text) and call again. */
  | { kind: "claims-challenge"; claims: string }
  /** A claims challenge this Outlook cannot answer (no nested app authentication). */
  | { kind: "claims-unsupported" }
  | { kind: "forbidden" }
  | { kind: "not-a-signal" }
  | { kind: "unavailable"; retryAfterSeconds: number | undefined }
  | { kind: "network" }
  | { kind: "sign-in-failed" }
  | { kind: "failed" };

export interface AcknowledgeRequest {
  apiBaseUrl: string;
  accessToken: string;
  mailbox: string;
  messageId: string;
  fetch?: typeof fetch;
}

function isCompleted(body: unknown): body is { status: "acknowledged-and-deleted" | "already-deleted"; remaining: number } {
  if (typeof body !== "object" || body === null) return false;
  const { status, remaining } = body as Record<string, unknown>;
  return (status === "acknowledged-and-deleted" || status === "already-deleted") && remaining === 0;
}

export async function postAcknowledgeAndDelete(request: AcknowledgeRequest): Promise<AcknowledgeResult> {
  const send = request.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(`${request.apiBaseUrl.replace(/\/+$/, "")}/api/acknowledge-and-delete`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${request.accessToken}` },
      body: JSON.stringify({ mailbox: request.mailbox, messageId: request.messageId }),
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    return { kind: "network" };
  }
  switch (response.status) {
    case 200: {
      const body: unknown = await response.json().catch(() => undefined);
      // Anything but "zero remaining" means the purge is not proven: the functionary should try again.
      return isCompleted(body) ? { kind: "done", status: body.status } : { kind: "failed" };
    }
    case 401: {
      const body: unknown = await response.json().catch(() => undefined);
      const claims = claimsFromChallenge(response.headers.get("WWW-Authenticate"), body);
      return claims === undefined ? { kind: "unauthorized" } : { kind: "claims-challenge", claims };
    }
    case 403:
      return { kind: "forbidden" };
    case 422:
      return { kind: "not-a-signal" };
    case 429:
    case 503:
    case 504:
      return { kind: "unavailable", retryAfterSeconds: retryAfterSeconds(response.headers.get("Retry-After")) };
    default:
      return { kind: "failed" };
  }
}
