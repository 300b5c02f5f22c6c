import { startStandIn, type StandIn } from "../stand-in";
import { graphClientFor } from "../testing/sdk-clients";
import { DEMO } from "./demo-seed";

const box = DEMO.school.regenboogMailbox;
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn({ throttle: { requestsPerWindow: 3, windowMs: 1500, concurrentPerAppMailbox: 4 } });
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.control.reset("demo"));

const token = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId });
const inbox = () => graphClientFor(standIn, token).api(`/users/${box}/mailFolders/inbox`).get();

test("over the request budget Graph answers 429 ApplicationThrottled with Retry-After and the SDK's RetryHandler recovers", async () => {
  for (let i = 0; i < 4; i++) await inbox();
  const statuses = (await standIn.control.requests()).map((e) => e.status);
  expect(statuses).toContain(429);
  expect(statuses.filter((s) => s === 200)).toHaveLength(4);
});

test("a fifth concurrent request for the same app and mailbox is 429 MailboxConcurrency", async () => {
  const wide = await startStandIn({ throttle: { concurrentPerAppMailbox: 4 } });
  try {
    // Long enough that all six overlap even on a busy machine.
    await wide.control.setLatency(500);
    const t = await wide.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => fetch(`${wide.graphBaseUrl}/users/${box}/mailFolders/inbox`, { headers: { Authorization: `Bearer ${t}` } })),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(2);
    expect(refused[0]?.headers.get("retry-after")).toBe("1");
    expect(await refused[0]?.json()).toMatchObject({ error: { code: "MailboxConcurrency" } });
  } finally {
    await wide.stop();
  }
});

test("an injected 503 with Retry-After is retried by the SDK and fires only `times` times", async () => {
  await standIn.control.setFaults({ method: "GET", pathPattern: "/mailFolders/inbox$", status: 503, retryAfterSeconds: 0, times: 2 });
  await expect(inbox()).resolves.toMatchObject({ displayName: "Inbox" });
  const log = await standIn.control.requests();
  expect(log.map((e) => [e.status, e.fault])).toEqual([
    [503, "status"],
    [503, "status"],
    [200, undefined],
  ]);
});

test("an injected 504 answers with Graph's error envelope and a request-id", async () => {
  await standIn.control.setFaults([{ pathPattern: "inbox", status: 504 }]);
  const response = await fetch(`${standIn.graphBaseUrl}/users/${box}/mailFolders/inbox`, { headers: { Authorization: `Bearer ${await token()}` } });
  expect(response.status).toBe(504);
  expect(response.headers.get("request-id")).toEqual(expect.any(String));
  expect(await response.json()).toMatchObject({ error: { code: "GatewayTimeout", innerError: { "request-id": expect.any(String) as unknown } } });
});

test("a reset fault destroys the connection", async () => {
  await standIn.control.setFaults({ pathPattern: "inbox", reset: true, times: 1 });
  await expect(fetch(`${standIn.graphBaseUrl}/users/${box}/mailFolders/inbox`, { headers: { Authorization: `Bearer ${await token()}` } })).rejects.toThrow();
  await expect(inbox()).resolves.toMatchObject({ displayName: "Inbox" });
});

test("a delay fault makes a client with a short timeout give up", async () => {
  await standIn.control.setFaults({ pathPattern: "inbox", delayMs: 400, times: 1 });
  await expect(
    fetch(`${standIn.graphBaseUrl}/users/${box}/mailFolders/inbox`, { headers: { Authorization: `Bearer ${await token()}` }, signal: AbortSignal.timeout(50) }),
  ).rejects.toThrow();
});

test("a fault rule with probability 0 never fires", async () => {
  await standIn.control.setFaults({ pathPattern: ".*", status: 503, probability: 0 });
  await expect(inbox()).resolves.toBeDefined();
});

test("faults apply to the token endpoint too", async () => {
  await standIn.control.setFaults({ method: "POST", pathPattern: "/oauth2/v2.0/token$", status: 503, times: 1 });
  const response = await fetch(`${standIn.url}/${DEMO.school.tenantId}/oauth2/v2.0/token`, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials" }) });
  expect(response.status).toBe(503);
});

test("an afterProcessing fault lets the request take effect and loses the answer", async () => {
  const page = (await graphClientFor(standIn, token).api(`/users/${box}/mailFolders/inbox/messages`).top(1).get()) as { value: Array<{ id: string; subject: string }> };
  const id = page.value[0]?.id ?? "";
  await standIn.control.setFaults({ method: "POST", pathPattern: "/permanentDelete$", status: 504, afterProcessing: true, times: 1 });
  const response = await fetch(`${standIn.graphBaseUrl}/users/${box}/messages/${id}/permanentDelete`, { method: "POST", headers: { Authorization: `Bearer ${await token()}` } });
  expect(response.status).toBe(504);
  const dump = await standIn.control.dump(box);
  expect(dump.folders.find((f) => f.name === "purges")?.items.map((i) => i.subject)).toEqual([page.value[0]?.subject]);
});

test("an afterProcessing reset inside a batch resets the connection after the inner request took effect", async () => {
  const page = (await graphClientFor(standIn, token).api(`/users/${box}/mailFolders/inbox/messages`).top(1).get()) as { value: Array<{ id: string }> };
  const id = page.value[0]?.id ?? "";
  await standIn.control.setFaults({ pathPattern: "/move$", reset: true, afterProcessing: true, times: 1 });
  await expect(
    fetch(`${standIn.graphBaseUrl}/$batch`, {
      method: "POST",
      headers: { Authorization: `Bearer ${await token()}`, "Content-Type": "application/json" },
      body: JSON.stringify({ requests: [{ id: "1", method: "POST", url: `/users/${box}/messages/${id}/move`, headers: { "Content-Type": "application/json" }, body: { destinationId: "archive" } }] }),
    }),
  ).rejects.toThrow();
  const dump = await standIn.control.dump(box);
  expect(dump.folders.find((f) => f.name === "archive")?.items).toHaveLength(1);
});
