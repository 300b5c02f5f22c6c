// Reading requests and writing JSON answers, with CORS as Graph and Entra answer browsers: any origin, preflights
// answered, the diagnostic headers exposed.
import type { IncomingMessage, ServerResponse } from "node:http";

const maxBodyBytes = 40 * 1024 * 1024;

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error("request body too large"));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "request-id, client-request-id, Retry-After, Preference-Applied, Location, ETag, WWW-Authenticate",
    ...(request.method === "OPTIONS"
      ? {
          "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE, OPTIONS",
          "Access-Control-Allow-Headers": request.headers["access-control-request-headers"] ?? "Authorization, Content-Type, Prefer, client-request-id",
          "Access-Control-Max-Age": "3600",
        }
      : {}),
  };
}

export function sendJson(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const all: Record<string, string> = { ...corsHeaders(request), ...headers };
  if (body === undefined || status === 204) {
    response.writeHead(status, { ...all, "Content-Length": "0" }).end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { ...all, "Content-Type": "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8", "Content-Length": String(Buffer.byteLength(text)) });
  response.end(text);
}

/** Parses a JSON body; empty is undefined; anything unreadable is reported to the caller. */
export function parseJsonBody(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}
