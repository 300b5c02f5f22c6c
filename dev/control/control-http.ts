// The HTTP control API under /_emulator/…: never part of Graph's paths, and refused (404) unless enabled.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ZodError } from "zod";
import { parseJsonBody, readBody, sendJson } from "../transport/http-exchange";
import { UnknownMailboxError, type EmulatorControl } from "./emulator-control";

const problem = (message: string) => ({ error: { code: "BadControlRequest", message } });

export async function handleControlHttp(control: EmulatorControl, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const method = (request.method ?? "GET").toUpperCase();
  const path = url.pathname.replace(/^\/_emulator/, "");
  const body = parseJsonBody(await readBody(request));
  if (!body.ok) return sendJson(request, response, 400, problem("The body is not valid JSON."));
  const value = body.value;
  try {
    const dump = /^\/mailboxes\/([^/]+)\/dump$/.exec(path);
    if (method === "GET" && dump) return sendJson(request, response, 200, await control.dump(decodeURIComponent(dump[1] ?? "")));
    switch (`${method} ${path}`) {
      case "POST /reset":
        await control.reset(value === undefined || value === null ? "demo" : (value as Parameters<EmulatorControl["reset"]>[0]));
        return sendJson(request, response, 204, undefined);
      case "POST /tokens":
        return sendJson(request, response, 200, { token: await control.issueToken((value ?? {}) as Parameters<EmulatorControl["issueToken"]>[0]) });
      case "POST /faults":
        await control.setFaults((value ?? []) as Parameters<EmulatorControl["setFaults"]>[0]);
        return sendJson(request, response, 204, undefined);
      case "DELETE /faults":
        await control.clearFaults();
        return sendJson(request, response, 204, undefined);
      case "POST /latency": {
        const ms = (value as { ms?: unknown } | undefined)?.ms;
        if (typeof ms !== "number") return sendJson(request, response, 400, problem('Send { "ms": <number> }.'));
        await control.setLatency(ms);
        return sendJson(request, response, 204, undefined);
      }
      case "POST /sent-copy-delay": {
        const ms = (value as { ms?: unknown } | undefined)?.ms;
        if (typeof ms !== "number") return sendJson(request, response, 400, problem('Send { "ms": <number> }.'));
        await control.setSentCopyDelay(ms);
        return sendJson(request, response, 204, undefined);
      }
      case "POST /switches":
        await control.setSwitches((value ?? {}) as Parameters<EmulatorControl["setSwitches"]>[0]);
        return sendJson(request, response, 204, undefined);
      case "GET /switches":
        return sendJson(request, response, 200, await control.switches());
      case "POST /move-to-mailbox":
        return sendJson(request, response, 200, { id: await control.moveToMailbox(value as Parameters<EmulatorControl["moveToMailbox"]>[0]) });
      case "GET /requests":
        return sendJson(request, response, 200, await control.requests());
      case "DELETE /requests":
        await control.clearRequests();
        return sendJson(request, response, 204, undefined);
      case "POST /keys/rotate":
        await control.rotateKeys();
        return sendJson(request, response, 204, undefined);
      default:
        return sendJson(request, response, 404, problem(`No control endpoint ${method} ${url.pathname}. See dev/README.md for the list.`));
    }
  } catch (error) {
    if (error instanceof UnknownMailboxError) return sendJson(request, response, 404, problem(error.message));
    if (error instanceof ZodError) return sendJson(request, response, 400, problem(error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")));
    if (error instanceof Error) return sendJson(request, response, 400, problem(error.message));
    throw error;
  }
}
