// The routes (a contract, documented in cleanup-service/README.md):
//   POST /api/acknowledge-and-delete                   { mailbox, messageId }   functionary (delegated token)
//   POST /api/mailboxes/{mailbox}/sweep                                          admin role (app or user)
//   GET  /api/mailboxes/{mailbox}/inspection-report[?format=html[&lang=en]]      admin role, or the mailbox's functionary
//   GET  /api/report-signing-key                                                 public JWKS for verifying reports
//   GET  /api/health
import { z } from "zod";
import { UnauthorizedError, type Caller } from "../auth/caller";
import type { CleanupService } from "../service/cleanup-service";
import { renderReportHtml } from "../report/render-report-html";
import type { ApiRequest, ApiResponse } from "./api-types";
import { BadRequestError, errorResponse, jsonResponse, notFoundResponse } from "./error-response";

// An Exchange item id (REST or immutable, base64 with - _ or / + for EWS-style): nothing else reaches Graph.
const acknowledgeBody = z.object({ mailbox: z.string().email().max(320), messageId: z.string().regex(/^[A-Za-z0-9+/_=-]{16,512}$/) });

export function createApiHandler(service: CleanupService): (request: ApiRequest) => Promise<ApiResponse> {
  return async (request) => {
    const started = Date.now();
    const route = routeOf(request);
    try {
      const response = await dispatch(service, request, route);
      service.logger.info({ event: "request", route: route.name, status: response.status, durationMs: Date.now() - started }, "request");
      return response;
    } catch (error) {
      const { response, logCode, unexpected } = errorResponse(error);
      const entry = { event: "request", route: route.name, status: response.status, code: logCode, durationMs: Date.now() - started };
      if (unexpected) service.logger.error(entry, "request failed unexpectedly");
      else service.logger.info(entry, "request refused");
      return response;
    }
  };
}

type Route =
  | { name: "acknowledge-and-delete" }
  | { name: "sweep"; mailbox: string }
  | { name: "inspection-report"; mailbox: string }
  | { name: "report-signing-key" }
  | { name: "health" }
  | { name: "not-found" }
  | { name: "method-not-allowed"; allow: string };

function routeOf(request: ApiRequest): Route {
  const path = request.path.replace(/\/+$/, "");
  const method = request.method.toUpperCase();
  const mailboxRoute = /^\/api\/mailboxes\/([^/]+)\/(sweep|inspection-report)$/.exec(path);
  const expect = (allowed: string, route: Route): Route => (method === allowed ? route : { name: "method-not-allowed", allow: allowed });
  if (path === "/api/acknowledge-and-delete") return expect("POST", { name: "acknowledge-and-delete" });
  if (path === "/api/report-signing-key") return expect("GET", { name: "report-signing-key" });
  if (path === "/api/health") return expect("GET", { name: "health" });
  if (mailboxRoute?.[1] && mailboxRoute[2]) {
    let mailbox: string;
    try {
      mailbox = decodeURIComponent(mailboxRoute[1]);
    } catch {
      return { name: "not-found" };
    }
    return mailboxRoute[2] === "sweep" ? expect("POST", { name: "sweep", mailbox }) : expect("GET", { name: "inspection-report", mailbox });
  }
  return { name: "not-found" };
}

async function dispatch(service: CleanupService, request: ApiRequest, route: Route): Promise<ApiResponse> {
  switch (route.name) {
    case "health":
      return jsonResponse(200, { status: "ok" });
    case "report-signing-key":
      return jsonResponse(200, await service.reportJwks(), { "cache-control": "public, max-age=3600" });
    case "not-found":
      return notFoundResponse();
    case "method-not-allowed":
      return jsonResponse(405, { error: "method-not-allowed" }, { allow: route.allow });
    case "acknowledge-and-delete": {
      const caller = await service.validateToken(request.headers.authorization);
      // Acting for a functionary needs a delegated token with the API's scope; an app-only token has none.
      if (caller.kind !== "user") throw new UnauthorizedError("scope-missing");
      const body = parseBody(await request.readBody());
      service.assertFunctionary(caller, body.mailbox);
      const result = await service.acknowledgeAndDelete({ caller, userToken: bearer(request), mailbox: body.mailbox, messageId: body.messageId });
      return jsonResponse(200, result);
    }
    case "sweep": {
      const caller = await service.validateToken(request.headers.authorization);
      service.assertAdmin(caller);
      service.mailbox(route.mailbox);
      return jsonResponse(200, await service.sweep(route.mailbox));
    }
    case "inspection-report": {
      const caller = await service.validateToken(request.headers.authorization);
      const principal = reportPrincipal(service, caller, route.mailbox, request);
      const signed = await service.inspectionReport(route.mailbox, principal);
      if (request.query.get("format") === "html") {
        const key = await service.reportSigningKey();
        return { status: 200, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }, body: renderReportHtml(signed, key.publicJwk.kid, reportLocale(request)) };
      }
      return jsonResponse(200, signed);
    }
  }
}

/** Admins read the report app-only; a functionary reads their own mailbox's report with their own rights. */
function reportPrincipal(service: CleanupService, caller: Caller, mailbox: string, request: ApiRequest): { caller: Caller; userToken: string } | "app" {
  service.mailbox(mailbox);
  if (service.isAdmin(caller)) return "app";
  service.assertFunctionary(caller, mailbox);
  return { caller, userToken: bearer(request) };
}

function parseBody(text: string): z.infer<typeof acknowledgeBody> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BadRequestError("body-not-json");
  }
  const parsed = acknowledgeBody.safeParse(json);
  if (!parsed.success) throw new BadRequestError(parsed.error.issues.some((issue) => issue.path[0] === "messageId" && issue.code !== "invalid_type") ? "message-id-invalid" : "body-needs-mailbox-and-messageId");
  return parsed.data;
}

function bearer(request: ApiRequest): string {
  return (request.headers.authorization ?? "").replace(/^Bearer\s+/i, "").trim();
}

/** The printable report is Dutch, the covenant's language, whatever the browser says; English only when asked by name. */
function reportLocale(request: ApiRequest): "nl" | "en" {
  return request.query.get("lang") === "en" ? "en" : "nl";
}
