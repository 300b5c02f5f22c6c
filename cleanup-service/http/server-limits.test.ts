// The local server's limits on the wire, with a raw TLS client that can stop halfway through headers or body:
// the token is checked before the body is read, a body over the limit is refused from its Content-Length, and a
// client that stops sending is cut off (408) after the headers or request timeout. Timeouts are shortened here (the
// request timeout stays long enough for a token check on a busy machine);
// the tests wait for the outcome, never measure how long it took.
import { connect } from "node:tls";
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { MAX_BODY_BYTES, SECURITY_HEADERS } from "../api/transport-policy";
import { startServiceUnderTest, type ServiceUnderTest } from "../testing/service-under-test";
import { REGENBOOG } from "../testing/signal-scenarios";

let standIn: StandIn;
let service: ServiceUnderTest;

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  service = await startServiceUnderTest(standIn.url, {}, { timeouts: { headersTimeoutInMs: 400, requestTimeoutInMs: 4_000, connectionsCheckingIntervalInMs: 50 } });
});
afterAll(async () => {
  await service?.stop();
  await standIn?.stop();
});

const functionaryToken = () =>
  standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });

interface RawResponse {
  statusLine: string;
  headers: Map<string, string>;
  body: string;
}

/** Writes `parts` as they are and waits for the server to answer and close the connection. */
function rawExchange(parts: string[]): Promise<RawResponse> {
  const { hostname, port } = new URL(service.server.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      for (const part of parts) socket.write(part);
    });
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      received += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const split = received.indexOf("\r\n\r\n");
      const [statusLine = "", ...lines] = received.slice(0, split).split("\r\n");
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      const raw = received.slice(split + 4);
      resolve({ statusLine, headers, body: headers.get("transfer-encoding") === "chunked" ? unchunk(raw) : raw });
    });
  });
}

/** The payload of a chunked HTTP/1.1 body. */
function unchunk(raw: string): string {
  let body = "";
  let rest = raw;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n");
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!(size > 0)) return body;
    body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

function requestHead(headers: Record<string, string>): string {
  const lines = Object.entries({ host: "127.0.0.1", "content-type": "application/json", ...headers }).map(([name, value]) => `${name}: ${value}`);
  return `POST /api/acknowledge-and-delete HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`;
}

test("without a token the request is refused before its body is read: the answer comes while the body is still on its way", async () => {
  const response = await rawExchange([requestHead({ "content-length": "1000" }), '{"mailbox":"hwc.deregenboog@gooisesch']);
  expect(response.statusLine).toBe("HTTP/1.1 401 Unauthorized");
  expect(response.headers.get("connection")).toBe("close");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
});

test("with a valid token, a body declared larger than the limit is refused with 413 without being read", async () => {
  const response = await rawExchange([requestHead({ authorization: `Bearer ${await functionaryToken()}`, "content-length": String(MAX_BODY_BYTES + 1) }), "{"]);
  expect(response.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
  expect(JSON.parse(response.body)).toMatchObject({ error: "body-too-large", maxBytes: MAX_BODY_BYTES, message: expect.stringMatching(/^Het verzoek is groter/) });
});

test("with a valid token, a chunked body that grows past the limit is refused with 413", async () => {
  const chunk = "x".repeat(8 * 1024);
  const chunked = [chunk, chunk, chunk].map((part) => `${part.length.toString(16)}\r\n${part}\r\n`).join("");
  const response = await rawExchange([requestHead({ authorization: `Bearer ${await functionaryToken()}`, "transfer-encoding": "chunked" }), chunked]);
  expect(response.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
});

test("a client that never finishes its headers is cut off with 408 after the headers timeout", async () => {
  const response = await rawExchange(["POST /api/acknowledge-and-delete HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer "]);
  expect(response.statusLine).toBe("HTTP/1.1 408 Request Timeout");
});

test("with a valid token, a body that stops arriving is cut off with 408 after the request timeout", async () => {
  const response = await rawExchange([requestHead({ authorization: `Bearer ${await functionaryToken()}`, "content-length": "200" }), `{"mailbox":"${REGENBOOG}"`]);
  expect(response.statusLine).toBe("HTTP/1.1 408 Request Timeout");
});

test("every answer carries the security headers, whatever its status", async () => {
  for (const path of ["/api/health", "/api/nothing-here", `/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report`]) {
    const response = await service.call(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(`${path} ${name}: ${response.headers.get(name)}`).toBe(`${path} ${name}: ${value}`);
  }
});

test("none of these refusals is logged as a fault of the service", () => {
  const errors = service.logLines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((entry) => entry.level >= 50);
  expect(errors).toEqual([]);
});
