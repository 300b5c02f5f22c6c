// The Azure Functions handlers, called as the Functions host would, against the stand-in.
import { ReadableStream } from "node:stream/web";
import { HttpRequest, InvocationContext, type Timer } from "@azure/functions";
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { loadConfig } from "../config/load-config";
import { createLogger } from "../logging/logger";
import { createCleanupService } from "../service/cleanup-service";
import { testEnvironment } from "../testing/service-under-test";
import { CANARY, REGENBOOG, VEILIG_THUIS_HWC, signal } from "../testing/signal-scenarios";
import { MAX_BODY_BYTES, SECURITY_HEADERS } from "../api/transport-policy";
import { createFunctionHandlers, type FunctionHandlers } from "./handlers";

let standIn: StandIn;
let handlers: FunctionHandlers;
const logLines: string[] = [];
const ids = { conversationId: "AAQkAGFunctions=", internetMessageId: "<functions@veiligthuisgv.example>" };

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  const config = loadConfig(testEnvironment(standIn.url));
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logLines.push(line) } });
  handlers = createFunctionHandlers(createCleanupService({ config, logger }), { requestTimeoutInMs: 200 });
});
afterAll(async () => {
  await standIn?.stop();
});

const functionaryToken = () =>
  standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });

test("the HTTP trigger acknowledges and deletes a signal, with CORS for the add-in's origin only", async () => {
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), signal(ids)] });
  const messageId = (await standIn.control.dump(REGENBOOG)).folders.flatMap((f) => f.items).find((i) => i.internetMessageId === ids.internetMessageId)?.immutableId;
  const request = new HttpRequest({
    method: "POST",
    url: "https://hwc-cleanup.azurewebsites.net/api/acknowledge-and-delete",
    headers: { authorization: `Bearer ${await functionaryToken()}`, origin: "https://localhost:3000", "content-type": "application/json" },
    body: { string: JSON.stringify({ mailbox: REGENBOOG, messageId }) },
  });
  const response = await handlers.http(request, new InvocationContext());
  expect(response.status).toBe(200);
  expect(JSON.parse(String(response.body))).toMatchObject({ status: "acknowledged-and-deleted", acknowledged: true, remaining: 0 });
  expect((response.headers as Record<string, string>)["access-control-allow-origin"]).toBe("https://localhost:3000");
  const acks = (await standIn.control.dump(VEILIG_THUIS_HWC)).folders.flatMap((f) => f.items).filter((i) => i.subject === "RE: Handle with Care");
  expect(acks).toHaveLength(1);
  expect(logLines.join("\n")).not.toContain(CANARY.childName);
});

test("a preflight from another origin gets no CORS permission, only the security headers", async () => {
  const response = await handlers.http(new HttpRequest({ method: "OPTIONS", url: "https://h/api/acknowledge-and-delete", headers: { origin: "https://evil.example" } }), new InvocationContext());
  expect(response.status).toBe(403);
  expect(response.headers).toEqual(SECURITY_HEADERS);
});

test("every answer carries the same security headers as the local server's", async () => {
  for (const path of ["/api/health", "/api/nothing-here", "/api/acknowledge-and-delete"]) {
    const response = await handlers.http(new HttpRequest({ method: "GET", url: `https://h${path}` }), new InvocationContext());
    expect(response.headers).toMatchObject(SECURITY_HEADERS);
  }
});

test("the HTTP trigger refuses a request without a token with 401, without reading its body", async () => {
  const request = new HttpRequest({ method: "POST", url: "https://h/api/acknowledge-and-delete", body: { string: "{}" } });
  const response = await handlers.http(request, new InvocationContext());
  expect(response.status).toBe(401);
  expect(request.bodyUsed).toBe(false);
});

/** A request as the host would stream it: the given chunks, then (unless `end`) nothing more, never closing. */
function streamedRequest(headers: Record<string, string>, chunks: string[], end: boolean) {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index];
      index += 1;
      if (chunk !== undefined) controller.enqueue(new TextEncoder().encode(chunk));
      else if (end) controller.close();
      else return new Promise<void>(() => undefined);
      return undefined;
    },
  });
  return { method: "POST", url: "https://h/api/acknowledge-and-delete", headers: new Headers({ "content-type": "application/json", ...headers }), body };
}

test("with a valid token, a body over the limit is refused with 413, declared or streamed", async () => {
  const authorization = `Bearer ${await functionaryToken()}`;
  const declared = await handlers.http(streamedRequest({ authorization, "content-length": String(MAX_BODY_BYTES + 1) }, ["{"], true), new InvocationContext());
  expect(declared.status).toBe(413);
  expect(JSON.parse(String(declared.body))).toMatchObject({ error: "body-too-large", message: expect.stringMatching(/^Het verzoek is groter/) });
  expect(declared.headers).not.toHaveProperty("connection");
  const chunk = "x".repeat(8 * 1024);
  const streamed = await handlers.http(streamedRequest({ authorization }, [chunk, chunk, chunk], true), new InvocationContext());
  expect(streamed.status).toBe(413);
});

test("with a valid token, a body that stops arriving is given up with 408", async () => {
  const response = await handlers.http(streamedRequest({ authorization: `Bearer ${await functionaryToken()}` }, [`{"mailbox":"${REGENBOOG}"`], false), new InvocationContext());
  expect(response.status).toBe(408);
  expect(JSON.parse(String(response.body))).toMatchObject({ error: "request-timeout", messageEn: expect.stringMatching(/did not arrive in time/) });
});

test("the timer trigger sweeps every configured mailbox app-only", async () => {
  await standIn.control.reset();
  await standIn.control.clearRequests();
  const contextLines: string[] = [];
  const context = new InvocationContext({ logHandler: (_level, ...args) => void contextLines.push(args.join(" ")) });
  await handlers.sweepTimer({ isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: "", next: "", lastUpdated: "" } } as Timer, context);
  const swept = new Set((await standIn.control.requests()).filter((entry) => entry.path.startsWith("/v1.0")).map((entry) => entry.inner?.[0]?.mailbox ?? entry.mailbox));
  expect(swept).toEqual(new Set([REGENBOOG, "hwc.hetkompas@gooisescholen.example"]));
  expect(contextLines).toEqual(["sweep: 2 mailboxes, 0 failed"]);
});
