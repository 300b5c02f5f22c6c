// msal-node's network module for the on-behalf-of exchange, over Node's fetch. Two things msal-node does not do
// the way this service needs:
// - A 429 (or a 5xx with Retry-After) from the token endpoint is retried here, after its Retry-After, a few times.
//   Given to msal-node, it would be cached as a failure for the Retry-After (a minute by default) and every
//   functionary's click in that time would fail without asking Entra again.
// - A Conditional Access answer (invalid_grant with a `claims` value, e.g. AADSTS50076 MFA) loses its claims in
//   msal-node unless Entra also sends a suberror; the claims are kept here, for the API to pass back to the add-in.
// What happened is recorded in the caller's async context (see onBehalfOfAttempt), never logged: a claims value
// names policies, not people, but it is the client's business.
import { AsyncLocalStorage } from "node:async_hooks";
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";

export interface TokenEndpointAttempt {
  /** The `claims` of a Conditional Access challenge in the last error answer. */
  claims?: string;
  /** Set when the token endpoint kept answering 429 (or 5xx): seconds to wait, from its Retry-After. */
  throttledRetryAfterSeconds?: number;
  /** Set when the token endpoint could not be reached at all. */
  unreachable?: boolean;
}

const attempts = new AsyncLocalStorage<TokenEndpointAttempt>();

/** Runs `work` (an acquireTokenOnBehalfOf) and tells what the token endpoint said along the way. */
export async function onBehalfOfAttempt<T>(work: () => Promise<T>): Promise<{ result?: T; error?: unknown; attempt: TokenEndpointAttempt }> {
  const attempt: TokenEndpointAttempt = {};
  try {
    return { result: await attempts.run(attempt, work), attempt };
  } catch (error) {
    return { error, attempt };
  }
}

export interface TokenEndpointClientOptions {
  maxRetries: number;
  /** Used when a retryable answer has no Retry-After. */
  retryDelayInSeconds: number;
  /** Never wait longer than this for one retry; beyond it the API answers 503 with the Retry-After instead. */
  maxRetryAfterInSeconds: number;
  timeoutInMs: number;
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterInSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createTokenEndpointClient(options: TokenEndpointClientOptions): INetworkModule {
  async function send<T>(method: "GET" | "POST", url: string, request: NetworkRequestOptions | undefined): Promise<NetworkResponse<T>> {
    const attempt = attempts.getStore();
    for (let tries = 0; ; tries += 1) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: request?.headers ?? {},
          ...(method === "POST" ? { body: request?.body ?? "" } : {}),
          signal: AbortSignal.timeout(options.timeoutInMs),
        });
      } catch (error) {
        if (attempt) attempt.unreachable = true;
        throw error;
      }
      const text = await response.text();
      let body: unknown = {};
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        body = {};
      }
      const wait = retryAfterInSeconds(response.headers.get("retry-after"));
      const retryable = response.status === 429 || (response.status >= 500 && response.status < 600);
      if (retryable) {
        const delay = wait ?? options.retryDelayInSeconds;
        if (tries < options.maxRetries && delay <= options.maxRetryAfterInSeconds) {
          await sleep(delay * 1000);
          continue;
        }
        // Not handed to msal-node, which would cache the failure: the API answers 503 with this Retry-After.
        if (attempt) attempt.throttledRetryAfterSeconds = Math.max(1, Math.ceil(delay));
        throw new Error(`token endpoint answered ${response.status}`);
      }
      const claims = (body as { claims?: unknown }).claims;
      if (attempt && response.status >= 400 && typeof claims === "string" && claims.length > 0) attempt.claims = claims;
      return { headers: Object.fromEntries(response.headers.entries()), body: body as T, status: response.status };
    }
  }
  return {
    sendGetRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>("GET", url, request),
    sendPostRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>("POST", url, request),
  };
}
