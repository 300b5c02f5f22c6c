// Every token that is not a valid, unexpired token for this API, from an allowed tenant, with the right scope,
// is refused (401); a valid token of someone who is not a functionary of that mailbox is refused (403).
import { SignJWT, decodeProtectedHeader, decodeJwt, generateKeyPair } from "jose";
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { KOMPAS, REGENBOOG, signal } from "../testing/signal-scenarios";
import { startServiceUnderTest, type ServiceUnderTest } from "../testing/service-under-test";

let standIn: StandIn;
let service: ServiceUnderTest;
let messageId: string;
const ids = { conversationId: "AAQkAGTokens=", internetMessageId: "<tokens@veiligthuisgv.example>" };

beforeAll(async () => {
  standIn = await startStandIn({ port: 0, seed: { ...demoSeed, messages: [...(demoSeed.messages ?? []), signal(ids)] } });
  service = await startServiceUnderTest(standIn.url);
  const dump = await standIn.control.dump(REGENBOOG);
  messageId = dump.folders.flatMap((f) => f.items).find((i) => i.internetMessageId === ids.internetMessageId)?.immutableId ?? "";
});
afterAll(async () => {
  await service?.stop();
  await standIn?.stop();
});

const school = DEMO.school;
const api = DEMO.apps.cleanupApi.clientId;
const userToken = (overrides: Partial<Parameters<StandIn["control"]["issueToken"]>[0]> = {}) =>
  standIn.control.issueToken({ tenant: school.tenantId, user: school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: api, ...overrides });

async function acknowledge(token: string | undefined, mailbox = REGENBOOG) {
  return service.call("/api/acknowledge-and-delete", { ...(token === undefined ? {} : { token }), body: { mailbox, messageId } });
}

async function forged(): Promise<string> {
  const genuine = await userToken();
  const { kid } = decodeProtectedHeader(genuine);
  const { privateKey } = await generateKeyPair("RS256");
  return new SignJWT(decodeJwt(genuine)).setProtectedHeader({ alg: "RS256", kid: kid ?? "", typ: "JWT" }).sign(privateKey);
}

describe("refused with 401 and nothing changes", () => {
  const cases: [string, () => Promise<string | undefined>][] = [
    ["no token", async () => undefined],
    ["not a JWT", async () => "not-a-token"],
    ["forged signature", forged],
    ["expired", () => userToken({ expiresInSeconds: -600 })],
    ["not yet valid", () => userToken({ notBeforeSeconds: 600 })],
    ["wrong audience (a Graph token)", () => userToken({ audience: "https://graph.microsoft.com" })],
    ["wrong tenant", () => standIn.control.issueToken({ tenant: DEMO.veiligThuis.tenantId, user: DEMO.veiligThuis.caseworker.id, scopes: ["access_as_user"], audience: api })],
    ["missing scope", () => userToken({ scopes: ["User.Read"] })],
    ["app-only token without a user", () => standIn.control.issueToken({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId, roles: ["Mail.ReadWrite"], audience: api })],
    ["a user token asked for by another app than the add-in or Office", () => userToken({ app: "0badc0de-0000-4000-8000-000000000bad" })],
  ];
  test.each(cases)("%s", async (_name, token) => {
    const before = await standIn.control.dump(REGENBOOG);
    const response = await acknowledge(await token());
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect((response.json as { error: string; message: string }).error).toBe("unauthorized");
    expect(await standIn.control.dump(REGENBOOG)).toEqual(before);
  });
});

test("a teacher who is nobody's functionary is refused with 403", async () => {
  const response = await acknowledge(await userToken({ user: school.teacher.id }));
  expect(response.status).toBe(403);
  expect(response.json).toMatchObject({ error: "not-a-functionary" });
});

test("the functionary of another school is refused with 403 for this mailbox", async () => {
  const response = await acknowledge(await userToken({ user: school.kompasFunctionary.id }));
  expect(response.status).toBe(403);
});

test("a mailbox that is not a configured HwC mailbox is refused with 403", async () => {
  const response = await acknowledge(await userToken(), "j.bakker@gooisescholen.example");
  expect(response.status).toBe(403);
  expect(response.json).toMatchObject({ error: "mailbox-not-configured" });
});

test("the Het Kompas functionary is accepted for Het Kompas (the check is per mailbox), and a message id of another mailbox is not 'already deleted'", async () => {
  const before = await standIn.control.dump(KOMPAS);
  const response = await acknowledge(await userToken({ user: school.kompasFunctionary.id }), KOMPAS);
  // The message id belongs to De Regenboog's mailbox: Exchange says so, and nothing is touched.
  expect(response.status).toBe(422);
  expect(response.json).toMatchObject({ error: "not-a-signal", reason: "message-not-in-mailbox" });
  expect(await standIn.control.dump(KOMPAS)).toEqual(before);
});

test("a token Office asked for on the add-in's behalf (legacy single sign-on) is accepted", async () => {
  const response = await acknowledge(await userToken({ app: "ea5a67f6-b6f3-4338-b240-c655ddc3cc8e", user: school.teacher.id }));
  expect(response.status).toBe(403);
});

test.each([["not/an/id"], ["x"], ["AAMkAGI2'; DROP"], ["a".repeat(600)]])("a messageId that is no Exchange id (%s) is 400, and Graph is not asked", async (messageId) => {
  await standIn.control.clearRequests();
  const response = await service.call("/api/acknowledge-and-delete", { token: await userToken(), body: { mailbox: REGENBOOG, messageId } });
  expect(response.status).toBe(400);
  expect(response.json).toMatchObject({ error: "bad-request", reason: "message-id-invalid" });
  expect((await standIn.control.requests()).filter((entry) => entry.path.startsWith("/v1.0"))).toEqual([]);
});

test("the admin role counts only in the home tenant: another allowed tenant's admin app is refused", async () => {
  const multi = await startServiceUnderTest(standIn.url, { HWC_ALLOWED_TENANT_IDS: `${school.tenantId},${DEMO.veiligThuis.tenantId}` });
  try {
    const foreignAdmin = await standIn.control.issueToken({ tenant: DEMO.veiligThuis.tenantId, app: "5f0c0000-0000-4000-8000-00000000a0f1", roles: ["HandleWithCare.Admin"], audience: api });
    const sweep = await multi.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: foreignAdmin });
    expect(sweep.status).toBe(403);
    expect(sweep.json).toMatchObject({ error: "not-an-admin" });
    const report = await multi.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report`, { token: foreignAdmin });
    expect(report.status).toBe(403);
    const homeAdmin = await standIn.control.issueToken({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId, roles: ["HandleWithCare.Admin"], audience: api });
    expect((await multi.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report`, { token: homeAdmin })).status).toBe(200);
  } finally {
    await multi.stop();
  }
});

test("error responses are Dutch first, say what to do next, and carry the English text beside", async () => {
  const response = await acknowledge(await userToken({ user: school.teacher.id }));
  const body = response.json as { message: string; messageEn: string };
  expect(body.message).toMatch(/Vraag uw ICT-beheerder/);
  expect(body.messageEn).toMatch(/Ask your IT admin/);
});
