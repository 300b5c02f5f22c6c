// What the functionary's read pane gets when the exchange for her Graph token, or Exchange itself, says no:
// a Conditional Access challenge passed back (401 with claims), any other refusal as 401, Exchange's 403 inside a
// batch as 403, and a throttled token endpoint retried after its Retry-After instead of failing for a minute.
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { REGENBOOG, signal } from "../testing/signal-scenarios";
import { startServiceUnderTest, type ServiceUnderTest } from "../testing/service-under-test";

let standIn: StandIn;
let service: ServiceUnderTest;
const ids = { conversationId: "AAQkAGObo=", internetMessageId: "<obo@veiligthuisgv.example>" };
const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  service = await startServiceUnderTest(standIn.url);
});
afterAll(async () => {
  await service?.stop();
  await standIn?.stop();
});

async function seed(overrides: Partial<typeof demoSeed> = {}) {
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), signal(ids)], ...overrides });
}
async function call() {
  const messageId = (await standIn.control.dump(REGENBOOG)).folders.flatMap((f) => f.items).find((i) => i.internetMessageId === ids.internetMessageId)?.immutableId ?? "";
  // A fresh token per call: msal-node caches the exchange per assertion.
  const token = await standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
  return service.call("/api/acknowledge-and-delete", { token, body: { mailbox: REGENBOOG, messageId } });
}

test.each([[50076], [53003]])("a Conditional Access challenge (AADSTS%s) comes back as 401 with the claims, and nothing changes", async (aadsts) => {
  await seed();
  await standIn.control.setSwitches({ oboClaimsChallenge: { aadsts, claims: CLAIMS } });
  const before = await standIn.control.dump(REGENBOOG);
  const response = await call();
  const base64 = Buffer.from(CLAIMS).toString("base64");
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toBe(`Bearer error="insufficient_claims", claims="${base64}"`);
  expect(response.json).toEqual({ error: "claims-challenge", message: expect.stringMatching(/aanmeldstap/), messageEn: expect.stringMatching(/sign-in step/), claims: base64 });
  expect(await standIn.control.dump(REGENBOOG)).toEqual(before);
});

test("any other refusal of the exchange (consent withdrawn) is 401 unauthorized, not 503", async () => {
  await seed({ apps: (demoSeed.apps ?? []).map((app) => (app.clientId === DEMO.apps.cleanupApi.clientId ? { ...app, graphDelegatedScopes: [] } : app)) });
  const response = await call();
  expect(response.status).toBe(401);
  expect(response.json).toMatchObject({ error: "unauthorized" });
});

test("a 429 from the token endpoint is retried after its Retry-After and the call succeeds", async () => {
  await seed();
  await standIn.control.setFaults({ method: "POST", pathPattern: "/oauth2/v2.0/token$", status: 429, retryAfterSeconds: 0, times: 2 });
  expect((await call()).status).toBe(200);
});

test("a token endpoint that keeps throttling gives 503 with Retry-After, and is asked again at once afterwards (no cached failure)", async () => {
  await seed();
  await standIn.control.setFaults({ method: "POST", pathPattern: "/oauth2/v2.0/token$", status: 429, retryAfterSeconds: 0 });
  const throttled = await call();
  expect(throttled.status).toBe(503);
  expect(throttled.headers.get("retry-after")).toMatch(/^\d+$/);
  await standIn.control.clearFaults();
  expect((await call()).status).toBe(200);
});

test("Exchange refusing a request inside a batch (403) is 403 mailbox-access-denied, not 503", async () => {
  await seed();
  await standIn.control.setFaults({ method: "POST", pathPattern: "/createReply$", status: 403, code: "ErrorAccessDenied" });
  const response = await call();
  expect(response.status).toBe(403);
  expect(response.json).toMatchObject({ error: "mailbox-access-denied" });
});
