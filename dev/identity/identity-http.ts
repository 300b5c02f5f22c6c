// The HTTP face of the identity provider: faults apply here too (a token endpoint can time out), and each
// round trip is logged like a Graph request.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Faults } from "../graph-emulator/faults";
import { applyFault, faultKind } from "../graph-emulator/fault-effects";
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
  const verdict = await applyFault(effect, "identity");
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
  if (verdict.kind === "reset") {
    log(0);
    request.socket.destroy();
    return;
  }
  if (verdict.kind === "respond") {
    log(verdict.outcome.status);
    return sendJson(request, response, verdict.outcome.status, verdict.outcome.body, verdict.outcome.headers);
  }
  const correlation = request.headers["client-request-id"];
  const answer = await handleIdentityRequest(deps.state, method, url, rawBody, Array.isArray(correlation) ? correlation[0] : correlation);
  const status = answer?.status ?? 404;
  log(status);
  if (!answer) {
    return sendJson(request, response, 404, { error: "not_found", error_description: `The stand-in has no endpoint ${method} ${url.pathname}. See dev/README.md.` });
  }
  sendJson(request, response, status, answer.body, { "Cache-Control": "no-store" });
}
