import { startStandIn, type StandIn } from "../stand-in";
import { graphClientFor } from "../testing/sdk-clients";
import { DEMO, demoSeed } from "./demo-seed";

const box = DEMO.school.regenboogMailbox;
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.control.reset("demo"));

const token = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId });
const graph = () => graphClientFor(standIn, token);
const raw = async (method: string, path: string, body?: string) =>
  fetch(`${standIn.graphBaseUrl}${path}`, { method, body, headers: { Authorization: `Bearer ${await token()}`, "Content-Type": "application/json" } });

test("$top above 1000 returns at most 1000 items and a nextLink", async () => {
  await standIn.control.reset({
    ...demoSeed,
    messages: Array.from({ length: 1005 }, (_, i) => ({ mailbox: box, folder: "inbox", subject: `m${i}`, from: "rooster@gooisescholen.example" })),
  });
  const page = (await graph().api(`/users/${box}/messages`).top(5000).select("id").get()) as { value: unknown[]; "@odata.nextLink"?: string };
  expect(page.value).toHaveLength(1000);
  expect(page["@odata.nextLink"]).toContain("%24skip=1000");
});

test("an unknown property in a message body is 400 RequestBodyRead", async () => {
  await expect(graph().api(`/users/${box}/messages`).post({ subject: "x", colour: "red" })).rejects.toMatchObject({ statusCode: 400, code: "RequestBodyRead" });
});

test("a body that is not JSON is 400 BadRequest", async () => {
  const response = await raw("POST", `/users/${box}/messages`, "{not json");
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: "BadRequest" } });
});

test("creating a folder that exists is 409 ErrorFolderExists", async () => {
  await graph().api(`/users/${box}/mailFolders`).post({ displayName: "Signalen" });
  await expect(graph().api(`/users/${box}/mailFolders`).post({ displayName: "signalen" })).rejects.toMatchObject({ statusCode: 409, code: "ErrorFolderExists" });
});

test("GET users/{address} of a shared mailbox answers its directory object", async () => {
  const user = (await graph().api(`/users/${box}`).get()) as { id: string; mail: string };
  expect(user.mail).toBe(box);
  expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
  const byId = (await graph().api(`/users/${user.id}/mailFolders/inbox`).get()) as { displayName: string };
  expect(byId.displayName).toBe("Inbox");
});

test("/me with an app-only token is 400", async () => {
  await expect(graph().api("/me/messages").get()).rejects.toMatchObject({ statusCode: 400 });
});

test("an unknown segment is 400 BadRequest and a wrong method is 405", async () => {
  await expect(graph().api(`/users/${box}/calendars`).get()).rejects.toMatchObject({ statusCode: 400, code: "BadRequest" });
  const page = (await graph().api(`/users/${box}/messages`).top(1).get()) as { value: Array<{ id: string }> };
  expect((await raw("PUT", `/users/${box}/messages/${page.value[0]?.id ?? ""}`, "{}")).status).toBe(405);
});

test("a $batch must be POSTed", async () => {
  expect((await raw("GET", "/$batch")).status).toBe(400);
});

test("every answer carries request-id and echoes client-request-id", async () => {
  const response = await fetch(`${standIn.graphBaseUrl}/users/${box}/mailFolders/inbox`, {
    headers: { Authorization: `Bearer ${await token()}`, "client-request-id": "abc-123" },
  });
  expect(response.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.headers.get("client-request-id")).toBe("abc-123");
});

test("the control API rotates keys over HTTP", async () => {
  const before = (await fetch(`${standIn.url}/common/discovery/v2.0/keys`).then((r) => r.json())) as { keys: Array<{ kid: string }> };
  expect((await fetch(`${standIn.url}/_emulator/keys/rotate`, { method: "POST" })).status).toBe(204);
  const after = (await fetch(`${standIn.url}/common/discovery/v2.0/keys`).then((r) => r.json())) as { keys: Array<{ kid: string }> };
  expect(after.keys).toHaveLength(before.keys.length + 1);
  expect(after.keys[1]?.kid).toBe(before.keys[0]?.kid);
});
