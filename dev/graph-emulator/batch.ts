// POST /v1.0/$batch: at most 20 requests, `dependsOn` for order, each answered with its own status inside a 200.
// Outlook runs up to 4 requests of a batch at once and each counts against throttling, so an inner 429 is
// normal. A failed dependency makes its dependants 424. https://learn.microsoft.com/graph/json-batching
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { badRequest, GraphHttpError } from "./errors";
import { faultKind, runWithFault } from "./fault-effects";
import type { Faults } from "./faults";
import { processGraphRequest, type GraphEnvironment, type GraphOutcome } from "./graph-pipeline";
import type { RequestLogEntry } from "./request-log";

const batchSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string().min(1),
      method: z.string().min(1),
      url: z.string().min(1),
      dependsOn: z.array(z.string()).optional(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});
type InnerRequest = z.infer<typeof batchSchema>["requests"][number];

export class BatchReset extends Error {
  override readonly name = "BatchReset";
}

export interface BatchContext {
  env: GraphEnvironment;
  faults: Faults;
  authorization: string | undefined;
  inner: Array<RequestLogEntry & { id: string }>;
}

const parallelism = 4;

export function parseBatch(body: unknown): InnerRequest[] {
  const parsed = batchSchema.safeParse(body);
  if (!parsed.success) throw badRequest("Invalid batch payload format. Send { requests: [{ id, method, url, … }] }.");
  const requests = parsed.data.requests;
  if (requests.length > 20) throw badRequest("The number of batch requests exceeds the limit of 20. Split the work into batches of at most 20 requests.");
  const ids = new Set<string>();
  for (const r of requests) {
    if (ids.has(r.id)) throw badRequest(`Batch request id '${r.id}' is used more than once. Give each request a unique id.`);
    ids.add(r.id);
  }
  for (const r of requests) {
    for (const d of r.dependsOn ?? []) if (!ids.has(d)) throw badRequest(`Request '${r.id}' depends on '${d}', which is not in the batch.`);
  }
  assertBatchShape(requests);
  for (const r of requests) {
    if (!WRITE_METHODS.has(r.method.toUpperCase())) continue;
    const contentType = Object.entries(r.headers ?? {}).find(([name]) => name.toLowerCase() === "content-type")?.[1];
    // Graph refuses the whole batch: a write must carry a body and its Content-Type, even where the single
    // request needs no body (permanentDelete, send): send {} then. msgraph-sdk-dotnet issue 2628.
    if (r.body === undefined || r.body === null || !contentType) throw badRequest(`Write request id : ${r.id} does not contain Content-Type header or body.`);
  }
  return requests;
}

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT"]);

/**
 * Graph runs a batch either fully in parallel (no request names a dependency) or fully in sequence (every request
 * after the first depends on exactly the one before it); any other shape is refused, whatever the documentation's
 * own example once showed (microsoft-graph-docs-contrib issue 2339).
 */
function assertBatchShape(requests: InnerRequest[]): void {
  const dependencies = requests.map((r) => r.dependsOn ?? []);
  if (dependencies.every((d) => d.length === 0)) return;
  const sequential = requests.every((r, index) => {
    const d = dependencies[index] ?? [];
    return index === 0 ? d.length === 0 : d.length === 1 && d[0] === requests[index - 1]?.id;
  });
  if (!sequential) throw badRequest("Batch should be either fully sequential or fully parallel. Make every request depend on the one before it, or let none depend on another.");
}

async function runInner(ctx: BatchContext, request: InnerRequest): Promise<GraphOutcome> {
  const startedAt = new Date().toISOString();
  const relative = request.url.replace(/^https?:\/\/[^/]+\/v1\.0/i, "").replace(/^\/?/, "/");
  const [path = "/", queryText = ""] = relative.split(/\?(.*)/s);
  const requestId = randomUUID();
  const headers: Record<string, string | undefined> = { authorization: ctx.authorization };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  const effect = ctx.faults.match(request.method, `/v1.0${path}`);
  const result = await runWithFault(effect, requestId, () =>
    processGraphRequest(ctx.env, { method: request.method, path, query: new URLSearchParams(queryText), headers, body: request.body, requestId }),
  );
  if (result.kind === "reset") throw new BatchReset("an injected fault reset the connection during a batch");
  const outcome = result.outcome;
  ctx.inner.push({
    id: request.id,
    method: request.method.toUpperCase(),
    path: `/v1.0${path}`,
    ...(queryText ? { query: queryText } : {}),
    status: outcome.status,
    startedAt,
    endedAt: new Date().toISOString(),
    mailbox: outcome.mailbox,
    caller: outcome.caller,
    fault: faultKind(effect),
  });
  return { ...outcome, headers: { ...outcome.headers, "request-id": requestId } };
}

/** Runs the batch: ready requests (dependencies done) up to 4 at a time; answers in request order. */
export async function runBatch(ctx: BatchContext, requests: InnerRequest[]): Promise<{ responses: unknown[] }> {
  const results = new Map<string, GraphOutcome>();
  const pending = [...requests];
  const running = new Map<string, Promise<void>>();
  while (pending.length > 0 || running.size > 0) {
    for (const request of [...pending]) {
      if (running.size >= parallelism) break;
      const deps = request.dependsOn ?? [];
      if (!deps.every((d) => results.has(d))) continue;
      pending.splice(pending.indexOf(request), 1);
      const failed = deps.find((d) => (results.get(d)?.status ?? 0) >= 400);
      if (failed) {
        results.set(request.id, {
          status: 424,
          headers: {},
          body: { error: { code: "FailedDependency", message: `Request '${failed}', which this request depends on, failed.` } },
        });
        continue;
      }
      running.set(
        request.id,
        runInner(ctx, request).then((outcome) => {
          results.set(request.id, outcome);
          running.delete(request.id);
        }),
      );
    }
    if (running.size === 0 && pending.length > 0 && !pending.some((r) => (r.dependsOn ?? []).every((d) => results.has(d)))) {
      throw new GraphHttpError(400, "BadRequest", "The batch's dependsOn references form a cycle. Remove the cycle.");
    }
    if (running.size > 0) await Promise.race(running.values());
  }
  return {
    responses: requests.map((r) => {
      const outcome = results.get(r.id);
      const headers: Record<string, string> = { ...(outcome?.headers ?? {}) };
      if (outcome?.body !== undefined) headers["Content-Type"] = "application/json";
      return { id: r.id, status: outcome?.status ?? 500, headers, ...(outcome?.body !== undefined ? { body: outcome.body } : {}) };
    }),
  };
}
