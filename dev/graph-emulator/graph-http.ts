// The HTTP face of the Graph emulator (/v1.0/…): faults first (they stand for the network and the front door),
// then $batch or the single-request pipeline, then the request log.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseJsonBody, readBody, sendJson } from "../transport/http-exchange";
import { BatchReset, parseBatch, runBatch, type BatchContext } from "./batch";
import { badRequest, GraphHttpError } from "./errors";
import { applyFault, faultKind } from "./fault-effects";
import type { Faults } from "./faults";
import { errorOutcome, processGraphRequest, type GraphEnvironment, type GraphOutcome } from "./graph-pipeline";
import type { RequestLog } from "./request-log";

export interface GraphHttpDependencies {
  env: GraphEnvironment;
  faults: Faults;
  log: RequestLog;
}

export async function handleGraphHttp(deps: GraphHttpDependencies, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const startedAt = new Date().toISOString();
  const requestId = randomUUID();
  const method = (request.method ?? "GET").toUpperCase();
  const rawBody = await readBody(request);
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  const effect = deps.faults.match(method, url.pathname);
  const verdict = await applyFault(effect, requestId);
  const logEntry = (outcome: { status: number; mailbox?: string; caller?: string }, inner?: BatchContext["inner"]) =>
    deps.log.add({
      method,
      path: url.pathname,
      ...(url.search ? { query: url.search.slice(1) } : {}),
      status: outcome.status,
      startedAt,
      endedAt: new Date().toISOString(),
      ...(outcome.mailbox ? { mailbox: outcome.mailbox } : {}),
      ...(outcome.caller ? { caller: outcome.caller } : {}),
      ...(faultKind(effect) ? { fault: faultKind(effect) } : {}),
      ...(inner ? { inner } : {}),
    });
  if (verdict.kind === "reset") {
    logEntry({ status: 0 });
    request.socket.destroy();
    return;
  }
  let outcome: GraphOutcome;
  let inner: BatchContext["inner"] | undefined;
  if (verdict.kind === "respond") {
    outcome = verdict.outcome;
  } else {
    const body = parseJsonBody(rawBody);
    const path = url.pathname.replace(/^\/v1\.0/i, "") || "/";
    try {
      if (!body.ok) throw badRequest("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
      if (path.toLowerCase() === "/$batch") {
        if (method !== "POST") throw badRequest("Use POST for $batch.");
        inner = [];
        const ctx: BatchContext = { env: deps.env, faults: deps.faults, authorization: headers.authorization, inner };
        outcome = { status: 200, headers: {}, body: await runBatch(ctx, parseBatch(body.value)) };
      } else {
        outcome = await processGraphRequest(deps.env, { method, path, query: url.searchParams, headers, body: body.value, requestId });
      }
    } catch (error) {
      if (error instanceof BatchReset) {
        logEntry({ status: 0 }, inner);
        request.socket.destroy();
        return;
      }
      if (!(error instanceof GraphHttpError)) throw error;
      outcome = errorOutcome(error, { requestId, headers });
    }
  }
  logEntry(outcome, inner);
  const clientRequestId = headers["client-request-id"];
  sendJson(request, response, outcome.status, outcome.body, {
    ...outcome.headers,
    "request-id": requestId,
    "client-request-id": clientRequestId ?? requestId,
  });
}
