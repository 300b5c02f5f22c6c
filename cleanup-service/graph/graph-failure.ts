// What a Graph failure means for the caller. Throttling, server errors, resets and timeouts are retryable
// (the functionary sees "try again", nothing is lost); 403 means Exchange refused this user or app.
import { GraphError } from "@microsoft/microsoft-graph-client";
import { MailboxAccessDeniedError, RetryableMailboxError } from "../core/errors";
import { OnBehalfOfRefusedError, OnBehalfOfUnavailableError } from "../auth/on-behalf-of";

const RETRYABLE_STATUS = new Set([408, 409, 412, 424, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/** The Graph error code of an inner $batch response, when it has one. */
export function errorCodeOf(response: { body?: unknown } | undefined): string | undefined {
  const code = (response?.body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === "string" ? code : undefined;
}

// Exchange's "no" that a retry will not turn into "yes": rights, an item it will not delete (recoverable items),
// an item still in submission. Retrying these only loops (retry later: the sweep, or the next call).
const REFUSAL_CODES = new Set(["ErrorAccessDenied", "ErrorCannotDeleteObject", "ErrorItemSave", "ErrorSendAsDenied"]);

export function isRefusal(response: { status: number; body?: unknown } | undefined): boolean {
  if (!response) return false;
  const code = errorCodeOf(response);
  return response.status === 403 || (code !== undefined && REFUSAL_CODES.has(code));
}

export function isNotFound(error: unknown): boolean {
  return error instanceof GraphError && error.statusCode === 404;
}

/** Converts a Graph SDK failure into the service's own error; never carries Graph's message text along. */
export function toMailboxError(error: unknown, step: string): Error {
  if (error instanceof GraphError) {
    if (error.statusCode === 403 || error.statusCode === 401) return new MailboxAccessDeniedError();
    if (error.statusCode <= 0 || isRetryableStatus(error.statusCode)) return new RetryableMailboxError(`graph-${step}-${error.statusCode <= 0 ? "unreachable" : error.statusCode}`);
    return new RetryableMailboxError(`graph-${step}-${error.statusCode}`);
  }
  // The exchange for the functionary's Graph token failed before Graph was asked: the API says why (401, 503).
  if (error instanceof MailboxAccessDeniedError || error instanceof RetryableMailboxError || error instanceof OnBehalfOfRefusedError || error instanceof OnBehalfOfUnavailableError) return error;
  return new RetryableMailboxError(`graph-${step}-failed`);
}
