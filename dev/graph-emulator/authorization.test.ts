import { startStandIn, type StandIn, type TokenRequest } from "../stand-in";
import { graphClientFor } from "../testing/sdk-clients";
import { DEMO } from "./demo-seed";

const school = DEMO.school;
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.control.reset("demo"));

const clientWith = (request: TokenRequest) => graphClientFor(standIn, () => standIn.control.issueToken(request));
const functionary = (scopes: string[]) => clientWith({ tenant: school.tenantId, user: school.regenboogFunctionary.upn, scopes });
const list = (client: ReturnType<typeof clientWith>, mailbox: string) => client.api(`/users/${mailbox}/messages`).get();

test("an app-only token reaches the mailboxes in its scope", async () => {
  await expect(list(clientWith({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId }), school.kompasMailbox)).resolves.toBeDefined();
});

test("an app-only token outside its mailbox scope is 403 ErrorAccessDenied", async () => {
  await expect(list(clientWith({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId }), school.teacher.upn)).rejects.toMatchObject({
    statusCode: 403,
    code: "ErrorAccessDenied",
  });
});

test("an app-only token without Mail roles is 403", async () => {
  await expect(list(clientWith({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId, roles: [] }), school.kompasMailbox)).rejects.toMatchObject({ statusCode: 403 });
});

test("a delegated token reads the user's own mailbox with Mail.Read", async () => {
  await expect(list(functionary(["Mail.Read"]), school.regenboogFunctionary.upn)).resolves.toBeDefined();
});

test("a delegate with full access reads the shared mailbox only with a .Shared scope", async () => {
  await expect(list(functionary(["Mail.ReadWrite"]), school.regenboogMailbox)).rejects.toMatchObject({ statusCode: 403, code: "ErrorAccessDenied" });
  await expect(list(functionary(["Mail.ReadWrite.Shared"]), school.regenboogMailbox)).resolves.toBeDefined();
});

test("a functionary cannot read another school's HwC mailbox", async () => {
  await expect(list(functionary(["Mail.ReadWrite.Shared"]), school.kompasMailbox)).rejects.toMatchObject({ statusCode: 403, code: "ErrorAccessDenied" });
});

test("a teacher who is nobody's functionary cannot read an HwC mailbox", async () => {
  const teacher = clientWith({ tenant: school.tenantId, user: school.teacher.upn, scopes: ["Mail.ReadWrite.Shared"] });
  await expect(list(teacher, school.regenboogMailbox)).rejects.toMatchObject({ statusCode: 403 });
});

test("a read-only scope cannot delete", async () => {
  const reader = functionary(["Mail.Read.Shared"]);
  const page = (await reader.api(`/users/${school.regenboogMailbox}/messages`).top(1).get()) as { value: Array<{ id: string }> };
  await expect(reader.api(`/users/${school.regenboogMailbox}/messages/${page.value[0]?.id ?? ""}`).delete()).rejects.toMatchObject({ statusCode: 403 });
});

test("a missing token is 401 InvalidAuthenticationToken", async () => {
  const response = await fetch(`${standIn.graphBaseUrl}/users/${school.regenboogMailbox}/messages`);
  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({ error: { code: "InvalidAuthenticationToken", innerError: { "request-id": expect.any(String) as unknown } } });
});

test("an expired token is 401 InvalidAuthenticationToken", async () => {
  const expired = clientWith({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId, expiresInSeconds: -60 });
  await expect(list(expired, school.regenboogMailbox)).rejects.toMatchObject({ statusCode: 401, code: "InvalidAuthenticationToken" });
});

test("a token for another audience is 401", async () => {
  const apiToken = clientWith({ tenant: school.tenantId, user: school.regenboogFunctionary.upn, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
  await expect(list(apiToken, school.regenboogMailbox)).rejects.toMatchObject({ statusCode: 401, code: "InvalidAuthenticationToken" });
});

test("a token signed by a foreign key is 401", async () => {
  const foreign = await startStandIn();
  try {
    const token = await foreign.control.issueToken({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId });
    await expect(list(graphClientFor(standIn, async () => token), school.regenboogMailbox)).rejects.toMatchObject({ statusCode: 401 });
  } finally {
    await foreign.stop();
  }
});

test("a school mailbox does not exist for a token of the other tenant: 404 ErrorInvalidUser", async () => {
  const caseworker = clientWith({ tenant: DEMO.veiligThuis.tenantId, user: DEMO.veiligThuis.caseworker.upn, scopes: ["Mail.ReadWrite.Shared"] });
  await expect(list(caseworker, school.regenboogMailbox)).rejects.toMatchObject({ statusCode: 404, code: "ErrorInvalidUser" });
});

test("an unknown user is 404 ErrorInvalidUser", async () => {
  await expect(list(clientWith({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId }), "nobody@gooisescholen.example")).rejects.toMatchObject({
    statusCode: 404,
    code: "ErrorInvalidUser",
  });
});

test("/me resolves to the signed-in user's mailbox", async () => {
  const me = (await functionary(["Mail.Read"]).api("/me/mailFolders/inbox").get()) as { displayName: string };
  expect(me.displayName).toBe("Inbox");
});

test("browsers get CORS answers: preflight 204 and Access-Control-Allow-Origin on errors", async () => {
  const preflight = await fetch(`${standIn.graphBaseUrl}/me/messages`, {
    method: "OPTIONS",
    headers: { Origin: "https://localhost:3000", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization");
  const denied = await fetch(`${standIn.graphBaseUrl}/me/messages`, { headers: { Origin: "https://localhost:3000" } });
  expect(denied.headers.get("access-control-allow-origin")).toBe("*");
});
