// Every failure as the API reports it: a stable code for programs, a Dutch message (and the English one) that
// says what to do next, and never anything from the message concerned.
import { recognitionText, serviceMessages } from "../../shared/messages";
import { ForbiddenError, UnauthorizedError } from "../auth/caller";
import { OnBehalfOfRefusedError, OnBehalfOfUnavailableError } from "../auth/on-behalf-of";
import { MailboxAccessDeniedError, NotASignalError, RetryableMailboxError } from "../core/errors";
import type { ApiResponse } from "./api-types";
import { BodyTooLargeError, MAX_BODY_BYTES, RequestAbortedError, RequestTimeoutError } from "./transport-policy";

type MessageKey = Exclude<Extract<keyof (typeof serviceMessages)["nl"], `error${string}`>, "errorRetry">;

export class BadRequestError extends Error {
  override name = "BadRequestError";
  constructor(readonly reason: string) {
    super(`bad-request: ${reason}`);
  }
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers }, body: JSON.stringify(body) };
}

function errorBody(code: string, key: MessageKey, extra: Record<string, unknown> = {}) {
  return { error: code, message: serviceMessages.nl[key], messageEn: serviceMessages.en[key], ...extra };
}

export interface ErrorDescription {
  response: ApiResponse;
  /** For the log: a code, never content. */
  logCode: string;
  unexpected: boolean;
}

export function errorResponse(error: unknown): ErrorDescription {
  if (error instanceof UnauthorizedError) {
    const status = error.reason === "signing-keys-unreachable" ? 503 : 401;
    if (status === 503) return retry("signing-keys-unreachable", 5);
    return { response: jsonResponse(401, errorBody("unauthorized", "errorUnauthorized"), { "www-authenticate": 'Bearer error="invalid_token"' }), logCode: error.reason, unexpected: false };
  }
  if (error instanceof ForbiddenError) {
    const key: MessageKey = error.reason === "mailbox-not-configured" ? "errorMailboxNotConfigured" : error.reason === "not-an-admin" ? "errorNotAdmin" : "errorForbidden";
    return { response: jsonResponse(403, errorBody(error.reason, key)), logCode: error.reason, unexpected: false };
  }
  if (error instanceof MailboxAccessDeniedError) return { response: jsonResponse(403, errorBody(error.code, "errorMailboxAccessDenied")), logCode: error.code, unexpected: false };
  if (error instanceof NotASignalError) {
    // The reason is a stable code; beside it, what the functionary can do about it (never anything from the message).
    const extra = { reason: error.reason, reasonMessage: recognitionText("nl", error.reason), reasonMessageEn: recognitionText("en", error.reason) };
    return { response: jsonResponse(422, errorBody("not-a-signal", "errorNotASignal", extra)), logCode: `not-a-signal:${error.reason}`, unexpected: false };
  }
  if (error instanceof RetryableMailboxError) return retry(error.code, error.retryAfterInSeconds);
  if (error instanceof OnBehalfOfRefusedError) {
    // Conditional Access wants more (MFA, a compliant device): the add-in asks for a new token with these claims.
    //   401  WWW-Authenticate: Bearer error="insufficient_claims", claims="<base64 of the claims JSON>"
    //   { "error": "claims-challenge", "message", "messageEn", "claims": "<the same base64>" }
    // https://learn.microsoft.com/entra/identity-platform/claims-challenge
    if (error.claims) {
      const claims = Buffer.from(error.claims, "utf8").toString("base64");
      return {
        response: jsonResponse(401, errorBody("claims-challenge", "errorClaimsChallenge", { claims }), { "www-authenticate": `Bearer error="insufficient_claims", claims="${claims}"` }),
        logCode: `obo:claims-challenge:${error.code}`,
        unexpected: false,
      };
    }
    return { response: jsonResponse(401, errorBody("unauthorized", "errorUnauthorized"), { "www-authenticate": 'Bearer error="invalid_token"' }), logCode: `obo:${error.code}`, unexpected: false };
  }
  // The connection is closed after these two: the rest of the body is never read.
  if (error instanceof BodyTooLargeError) {
    return { response: jsonResponse(413, errorBody("body-too-large", "errorBodyTooLarge", { maxBytes: MAX_BODY_BYTES }), { connection: "close" }), logCode: "body-too-large", unexpected: false };
  }
  if (error instanceof RequestTimeoutError) return { response: jsonResponse(408, errorBody("request-timeout", "errorRequestTimeout"), { connection: "close" }), logCode: "request-timeout", unexpected: false };
  if (error instanceof RequestAbortedError) {
    return { response: jsonResponse(400, errorBody("bad-request", "errorBadRequest", { reason: "request-aborted" }), { connection: "close" }), logCode: "request-aborted", unexpected: false };
  }
  if (error instanceof OnBehalfOfUnavailableError) return retry("obo:unavailable", error.retryAfterInSeconds);
  if (error instanceof BadRequestError) return { response: jsonResponse(400, errorBody("bad-request", "errorBadRequest", { reason: error.reason })), logCode: error.reason, unexpected: false };
  return { response: jsonResponse(500, errorBody("internal", "errorInternal")), logCode: error instanceof Error ? error.name : "unknown", unexpected: true };
}

export function notFoundResponse(): ApiResponse {
  return jsonResponse(404, errorBody("not-found", "errorNotFound"));
}

function retry(code: string, seconds: number): ErrorDescription {
  const body = { error: "retry", message: serviceMessages.nl.errorRetry(seconds), messageEn: serviceMessages.en.errorRetry(seconds), retryAfterSeconds: seconds };
  return { response: jsonResponse(503, body, { "retry-after": String(seconds) }), logCode: code, unexpected: false };
}
