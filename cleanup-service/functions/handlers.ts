// Azure Functions v4 handlers over the same API and use cases as the local server. HTTP triggers hand their
// request to the transport-neutral API handler; the timer trigger sweeps every configured mailbox.
import type { HttpRequest, HttpResponseInit, InvocationContext, Timer } from "@azure/functions";
import { createApiHandler } from "../api/handle-api-request";
import { corsHeaders, preflightHeaders } from "../http/cors";
import type { CleanupService } from "../service/cleanup-service";

export interface FunctionHandlers {
  /** Every HTTP route (acknowledge-and-delete, sweep, inspection-report, report-signing-key, health). */
  http(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit>;
  /** The nightly sweep of all configured HwC mailboxes. */
  sweepTimer(timer: Timer, context: InvocationContext): Promise<void>;
}

export function createFunctionHandlers(service: CleanupService): FunctionHandlers {
  const handle = createApiHandler(service);
  const addinOrigin = service.config.http.addinOrigin;
  return {
    async http(request) {
      const origin = request.headers.get("origin") ?? undefined;
      if (request.method.toUpperCase() === "OPTIONS") {
        const headers = preflightHeaders(origin, addinOrigin);
        return { status: headers ? 204 : 403, headers: headers ?? {} };
      }
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const response = await handle({ method: request.method, path: url.pathname, query: url.searchParams, headers, body: await request.text() });
      return { status: response.status, headers: { ...response.headers, ...corsHeaders(origin, addinOrigin) }, body: response.body };
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
