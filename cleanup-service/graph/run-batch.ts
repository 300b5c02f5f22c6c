// JSON batching ($batch): up to 20 requests per round trip, `dependsOn` for order. Graph answers each inner
// request on its own — a 200 batch can hold an inner 429 — and the SDK's RetryHandler only sees the outer
// response, so inner throttling and server errors are retried here: after the largest inner Retry-After (or the
// configured delay), the failed requests and whatever depended on them go again, up to maxRetries times.
import type { Client } from "@microsoft/microsoft-graph-client";
import { isRefusal, isRetryableStatus } from "./graph-failure";
import { IMMUTABLE_ID_PREFERENCE } from "./request-policy-middleware";

export interface BatchRequest {
  id: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the version root: "/users/x/messages". */
  url: string;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RunBatchOptions {
  maxRetries: number;
  retryDelayInSeconds: number;
  /** Called once per $batch round trip (for counting). */
  onRoundTrip?: () => void;
}

export const MAX_BATCH_SIZE = 20;
const FAILED_DEPENDENCY = 424;

export async function runBatch(client: Client, requests: BatchRequest[], options: RunBatchOptions): Promise<Map<string, BatchResponse>> {
  const results = new Map<string, BatchResponse>();
  for (let start = 0; start < requests.length; start += MAX_BATCH_SIZE) {
    await runChunk(client, requests.slice(start, start + MAX_BATCH_SIZE), results, options);
  }
  return results;
}

async function runChunk(client: Client, chunk: BatchRequest[], results: Map<string, BatchResponse>, options: RunBatchOptions): Promise<void> {
  let pending = chunk;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const sendable = settleEarlierDependencies(pending, results);
    if (sendable.length > 0) {
      const responses = await postBatch(client, sendable);
      options.onRoundTrip?.();
      for (const request of sendable) {
        results.set(request.id, responses.get(request.id) ?? { id: request.id, status: FAILED_DEPENDENCY });
      }
    }
    const retry = requestsToRetry(chunk, results);
    if (retry.length === 0 || attempt >= options.maxRetries) return;
    await sleep(retryDelayInMs(retry.map((request) => results.get(request.id)), options.retryDelayInSeconds));
    const retryIds = new Set(retry.map((request) => request.id));
    for (const id of retryIds) results.delete(id);
    pending = retry.map((request) => ({ ...request, dependsOn: request.dependsOn?.filter((id) => retryIds.has(id)) }));
  }
}

/** Dependencies outside this round: a failed one fails the dependant (424) without sending it; a done one is dropped. */
function settleEarlierDependencies(pending: BatchRequest[], results: Map<string, BatchResponse>): BatchRequest[] {
  const ids = new Set(pending.map((request) => request.id));
  const sendable: BatchRequest[] = [];
  for (const request of pending) {
    const outside = (request.dependsOn ?? []).filter((id) => !ids.has(id));
    const failed = outside.some((id) => !isSuccess(results.get(id)?.status));
    if (failed) {
      results.set(request.id, { id: request.id, status: FAILED_DEPENDENCY });
      ids.delete(request.id);
      continue;
    }
    const inside = (request.dependsOn ?? []).filter((id) => ids.has(id));
    sendable.push(inside.length > 0 ? { ...request, dependsOn: inside } : withoutDependsOn(request));
  }
  return sendable;
}

function withoutDependsOn(request: BatchRequest): BatchRequest {
  const copy = { ...request };
  delete copy.dependsOn;
  return copy;
}

async function postBatch(client: Client, requests: BatchRequest[]): Promise<Map<string, BatchResponse>> {
  const body = {
    requests: requests.map((request) => ({
      id: request.id,
      method: request.method,
      url: request.url,
      // Graph refuses the whole batch when a write carries no body or no Content-Type, even where the request on its
      // own needs no body (permanentDelete, send): those send {}.
      headers: { Prefer: IMMUTABLE_ID_PREFERENCE, ...(bodyOf(request) === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(bodyOf(request) === undefined ? {} : { body: bodyOf(request) }),
      ...(request.dependsOn?.length ? { dependsOn: request.dependsOn } : {}),
    })),
  };
  const response = (await client.api("/$batch").post(body)) as { responses?: BatchResponse[] };
  return new Map((response.responses ?? []).map((inner) => [String(inner.id), inner]));
}

function bodyOf(request: BatchRequest): unknown {
  return request.body ?? (request.method === "GET" || request.method === "DELETE" ? undefined : {});
}

export function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300;
}

/** Throttled or failed-on-the-server requests, plus whatever failed only because one of those did. */
function requestsToRetry(chunk: BatchRequest[], results: Map<string, BatchResponse>): BatchRequest[] {
  const retryable = (response: BatchResponse | undefined) => isRetryableStatus(response?.status ?? 0) && response?.status !== FAILED_DEPENDENCY && !isRefusal(response);
  const retry = new Set(chunk.filter((request) => retryable(results.get(request.id))).map((r) => r.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const request of chunk) {
      if (retry.has(request.id) || results.get(request.id)?.status !== FAILED_DEPENDENCY) continue;
      if ((request.dependsOn ?? []).some((id) => retry.has(id))) {
        retry.add(request.id);
        grew = true;
      }
    }
  }
  return chunk.filter((request) => retry.has(request.id));
}

/** The largest inner Retry-After, as seconds or an HTTP date; the configured delay when none is given. */
export function retryDelayInMs(responses: (BatchResponse | undefined)[], fallbackInSeconds: number): number {
  let delay = -1;
  for (const response of responses) {
    const header = Object.entries(response?.headers ?? {}).find(([name]) => name.toLowerCase() === "retry-after")?.[1];
    if (header === undefined) continue;
    const seconds = Number(header);
    const ms = Number.isNaN(seconds) ? Date.parse(header) - Date.now() : seconds * 1000;
    if (!Number.isNaN(ms)) delay = Math.max(delay, ms);
  }
  return Math.min(delay >= 0 ? delay : fallbackInSeconds * 1000, 180_000);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
