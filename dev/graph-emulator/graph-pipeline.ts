// One Graph request from token to answer: authenticate, route, authorize, throttle, run. Used for every HTTP
// request under /v1.0 and for every request inside a $batch, so both obey the same rules.
import type { StandInState } from "../stand-in-state";
import { authenticate, callerLabel, type Caller } from "./caller";
import { GraphHttpError, graphErrorBody } from "./errors";
import type { GraphResult } from "./graph-call";
import { planGraphRequest, graphSegments } from "./graph-router";
import { authorizeMailbox } from "./mailbox-access";
import { preferredBodyFormat } from "./body-format";
import type { Throttle } from "./throttle";

export interface GraphRequest {
  method: string;
  /** The path after /v1.0, e.g. /users/x/messages. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: unknown;
  requestId: string;
}

export interface GraphOutcome extends GraphResult {
  headers: Record<string, string>;
  mailbox?: string;
  caller?: string;
}

export interface GraphEnvironment {
  state: StandInState;
  throttle: Throttle;
  graphBaseUrl: string;
  /** Added service time per request, spent while holding a concurrency slot (so latency makes overlap visible). */
  latencyMs(): number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const immutablePreference = /IdType\s*=\s*"?ImmutableId"?/i;

export function errorOutcome(error: GraphHttpError, request: Pick<GraphRequest, "requestId" | "headers">): GraphOutcome {
  return {
    status: error.status,
    headers: { ...error.headers },
    body: graphErrorBody(error.code, error.message, request.requestId, request.headers["client-request-id"]),
  };
}

export async function processGraphRequest(env: GraphEnvironment, request: GraphRequest): Promise<GraphOutcome> {
  let caller: Caller | undefined;
  let mailbox: string | undefined;
  try {
    caller = await authenticate(env.state, request.headers.authorization);
    const method = request.method.toUpperCase();
    const segments = graphSegments(request.path);
    const plan = planGraphRequest(env.state.store, caller, method, segments);
    mailbox = plan.mailbox.address;
    authorizeMailbox(env.state.store, caller, plan.mailbox, plan.access);
    const release = env.throttle.admit(caller.appId, plan.mailbox.address);
    try {
      const latency = env.latencyMs();
      if (latency > 0) await sleep(latency);
      const immutable = immutablePreference.test(request.headers.prefer ?? "");
      const bodyFormat = preferredBodyFormat(request.headers.prefer);
      const result = plan.run({
        state: env.state,
        method,
        query: request.query,
        body: request.body,
        caller,
        mailbox: plan.mailbox,
        view: { immutable, bodyFormat },
        graphBaseUrl: env.graphBaseUrl,
        requestUrl: `${env.graphBaseUrl}${request.path}`,
        userRef: plan.userRef,
      });
      const headers: Record<string, string> = { ...(result.headers ?? {}) };
      const applied = [immutable ? 'IdType="ImmutableId"' : null, bodyFormat ? `outlook.body-content-type="${bodyFormat}"` : null].filter(Boolean);
      if (applied.length > 0) headers["Preference-Applied"] = applied.join(", ");
      return { ...result, headers, mailbox, caller: callerLabel(caller) };
    } finally {
      release();
    }
  } catch (error) {
    if (error instanceof GraphHttpError) {
      return { ...errorOutcome(error, request), mailbox, caller: caller ? callerLabel(caller) : undefined };
    }
    throw error;
  }
}
