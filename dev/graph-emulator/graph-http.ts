// The HTTP face of the Graph emulator (/v1.0/…): faults first (they stand for the network and the front door),
// then $batch or the single-request pipeline, then the request log.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseJsonBody, readBody, sendJson } from "../transport/http-exchange";
import { BatchReset, parseBatch, runBatch, type BatchContext } from "./batch";
import { badRequest, GraphHttpError } from "./errors";
import { faultKind, runWithFault, type FaultedOutcome } from "./fault-effects";
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
  let inner: BatchContext["inner"] | undefined;
  const logEntry = (outcome: { status: number; mailbox?: string; caller?: string }) =>
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
  const run = async (): Promise<GraphOutcome> => {
    const body = parseJsonBody(rawBody);
    const path = url.pathname.replace(/^\/v1\.0/i, "") || "/";
    try {
      if (!body.ok) throw badRequest("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
      if (path.toLowerCase() !== "/$batch") {
        return await processGraphRequest(deps.env, { method, path, query: url.searchParams, headers, body: body.value, requestId });
      }
      if (method !== "POST") throw badRequest("Use POST for $batch.");
      inner = [];
      const ctx: BatchContext = { env: deps.env, faults: deps.faults, authorization: headers.authorization, inner };
      return { status: 200, headers: {}, body: await runBatch(ctx, parseBatch(body.value)) };
    } catch (error) {
      if (!(error instanceof GraphHttpError)) throw error;
      return errorOutcome(error, { requestId, headers });
    }
  };
  let result: FaultedOutcome;
  try {
    result = await runWithFault(effect, requestId, run);
  } catch (error) {
    if (!(error instanceof BatchReset)) throw error;
    result = { kind: "reset" };
  }
  if (result.kind === "reset") {
    logEntry({ status: 0 });
    request.socket.destroy();
    return;
  }
  const outcome = result.outcome;
  logEntry(outcome);
  const clientRequestId = headers["client-request-id"];
  sendJson(request, response, outcome.status, outcome.body, {
    ...outcome.headers,
    "request-id": requestId,
    "client-request-id": clientRequestId ?? requestId,
  });
}
