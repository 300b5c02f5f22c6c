// Entra's OAuth error body: { error, error_description: "AADSTS…: …", error_codes, timestamp, trace_id, correlation_id }.
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes
import { randomUUID } from "node:crypto";

export class OAuthError extends Error {
  override readonly name = "OAuthError";
  constructor(
    readonly status: number,
    readonly error: string,
    readonly aadsts: number,
    message: string,
    /** Extra members of the answer: `claims` (a Conditional Access challenge), `suberror`. */
    readonly extra: { claims?: string; suberror?: string } = {},
  ) {
    super(message);
  }

  body(correlationId: string | undefined) {
    const traceId = randomUUID();
    const correlation = correlationId ?? randomUUID();
    const timestamp = new Date().toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
    return {
      error: this.error,
      error_description: `AADSTS${this.aadsts}: ${this.message} Trace ID: ${traceId} Correlation ID: ${correlation} Timestamp: ${timestamp}`,
      error_codes: [this.aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: correlation,
      ...(this.extra.suberror ? { suberror: this.extra.suberror } : {}),
      ...(this.extra.claims ? { claims: this.extra.claims } : {}),
    };
  }
}

export const invalidRequest = (aadsts: number, message: string) => new OAuthError(400, "invalid_request", aadsts, message);
export const invalidClient = (aadsts: number, message: string) => new OAuthError(401, "invalid_client", aadsts, message);
export const invalidGrant = (aadsts: number, message: string) => new OAuthError(400, "invalid_grant", aadsts, message);
export const invalidScope = (aadsts: number, message: string) => new OAuthError(400, "invalid_scope", aadsts, message);
export const unauthorizedClient = (aadsts: number, message: string) => new OAuthError(400, "unauthorized_client", aadsts, message);
