// The HTTP face of the identity provider: faults apply here too (a token endpoint can time out), and each
// round trip is logged like a Graph request.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Faults } from "../graph-emulator/faults";
import { faultKind, runWithFault } from "../graph-emulator/fault-effects";
import type { GraphOutcome } from "../graph-emulator/graph-pipeline";
import type { RequestLog } from "../graph-emulator/request-log";
import type { StandInState } from "../stand-in-state";
import { readBody, sendJson } from "../transport/http-exchange";
import { handleIdentityRequest } from "./identity-routes";

export interface IdentityHttpDependencies {
  state: StandInState;
  faults: Faults;
  log: RequestLog;
}

export async function handleIdentityHttp(deps: IdentityHttpDependencies, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const startedAt = new Date().toISOString();
  const method = (request.method ?? "GET").toUpperCase();
  const rawBody = await readBody(request);
  const effect = deps.faults.match(method, url.pathname);
  // The token endpoint's caller is the client that asks; discovery requests are anonymous.
  const clientId = method === "POST" ? new URLSearchParams(rawBody).get("client_id") : null;
  const log = (status: number) =>
    deps.log.add({
      method,
      path: url.pathname,
      status,
      startedAt,
      endedAt: new Date().toISOString(),
      ...(clientId ? { caller: clientId } : {}),
      ...(faultKind(effect) ? { fault: faultKind(effect) } : {}),
    });
  const correlation = request.headers["client-request-id"];
  const run = async (): Promise<GraphOutcome> => {
    const answer = await handleIdentityRequest(deps.state, method, url, rawBody, Array.isArray(correlation) ? correlation[0] : correlation);
    if (!answer) {
      return { status: 404, headers: {}, body: { error: "not_found", error_description: `The stand-in has no endpoint ${method} ${url.pathname}. See dev/README.md.` } };
    }
    return { status: answer.status, headers: { "Cache-Control": "no-store" }, body: answer.body };
  };
  const result = await runWithFault(effect, "identity", run);
  if (result.kind === "reset") {
    log(0);
    request.socket.destroy();
    return;
  }
  log(result.outcome.status);
  sendJson(request, response, result.outcome.status, result.outcome.body, result.outcome.headers);
}
