// Azure Functions v4 handlers over the same API and use cases as the local server. HTTP triggers hand their
// request to the transport-neutral API handler; the timer trigger sweeps every configured mailbox.
import type { HttpRequest, HttpResponseInit, InvocationContext, Timer } from "@azure/functions";
import { createApiHandler } from "../api/handle-api-request";
import { HTTP_TIMEOUTS, readBodyWithinLimits, responseHeaders } from "../api/transport-policy";
import { corsHeaders, preflightHeaders } from "../http/cors";
import type { CleanupService } from "../service/cleanup-service";

/** What the handler reads of the Functions host's request (the host's HttpRequest is one). */
export type FunctionRequest = Pick<HttpRequest, "method" | "url" | "headers" | "body">;

export interface FunctionHandlers {
  /** Every HTTP route (acknowledge-and-delete, sweep, inspection-report, report-signing-key, health). */
  http(request: FunctionRequest, context: InvocationContext): Promise<HttpResponseInit>;
  /** The nightly sweep of all configured HwC mailboxes. */
  sweepTimer(timer: Timer, context: InvocationContext): Promise<void>;
}

export interface FunctionHandlersOptions {
  /** Tests shorten the body deadline; production uses HTTP_TIMEOUTS.requestTimeoutInMs. */
  requestTimeoutInMs?: number;
}

export function createFunctionHandlers(service: CleanupService, options: FunctionHandlersOptions = {}): FunctionHandlers {
  const handle = createApiHandler(service);
  const addinOrigin = service.config.http.addinOrigin;
  // The Functions host owns the connection, so Node's headersTimeout does not apply here; the host has received the
  // headers before the function runs. What the worker does control is how long it waits for the body.
  const timeoutInMs = options.requestTimeoutInMs ?? HTTP_TIMEOUTS.requestTimeoutInMs;
  return {
    async http(request) {
      const origin = request.headers.get("origin") ?? undefined;
      if (request.method.toUpperCase() === "OPTIONS") {
        const headers = preflightHeaders(origin, addinOrigin);
        return { status: headers ? 204 : 403, headers: responseHeaders(headers ?? {}) };
      }
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const response = await handle({
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        headers,
        readBody: () => readBodyWithinLimits(request.body, { declaredLength: request.headers.get("content-length") ?? undefined, timeoutInMs }),
      });
      // Connection handling belongs to the host: "connection: close" is the local server's affair.
      const { connection: _connection, ...routeHeaders } = response.headers;
      return { status: response.status, headers: responseHeaders(routeHeaders, corsHeaders(origin, addinOrigin)), body: response.body };
    },
    async sweepTimer(timer, context) {
      const results = await service.sweepAll();
      const failed = results.filter((result) => "error" in result).length;
      // Counts only: the per-mailbox figures are in the service's own log lines.
      context.log(`sweep: ${results.length} mailboxes, ${failed} failed${timer.isPastDue ? " (past due)" : ""}`);
      if (failed > 0) throw new Error(`sweep failed for ${failed} of ${results.length} mailboxes; they are retried on the next run`);
    },
  };
}
