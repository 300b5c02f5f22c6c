import type { Client } from "@microsoft/microsoft-graph-client";
import { startStandIn, type StandIn } from "../stand-in";
import { graphClientFor, type GraphMessage as Message, type GraphPage as Page } from "../testing/sdk-clients";
import { DEMO } from "./demo-seed";

const box = DEMO.school.regenboogMailbox;
let standIn: StandIn;
let graph: Client;

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  const token = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId });
  graph = graphClientFor(standIn, token);
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.control.reset("demo"));

async function seedMany(count: number): Promise<void> {
  await standIn.control.reset({
    ...(await import("./demo-seed")).demoSeed,
    messages: Array.from({ length: count }, (_, i) => ({
      mailbox: box,
      folder: "inbox",
      subject: `Bericht ${i}`,
      from: "rooster@gooisescholen.example",
      receivedDateTime: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    })),
  });
}

async function firstInboxMessage(client = graph): Promise<Message> {
  const page = (await client.api(`/users/${box}/mailFolders/inbox/messages`).top(1).get()) as Page<Message>;
  const message = page.value[0];
  if (!message) throw new Error("the demo inbox is empty");
  return message;
}

test("listing pages by 10 by default and the SDK follows @odata.nextLink to the end", async () => {
  await seedMany(25);
  const first = (await graph.api(`/users/${box}/messages`).get()) as Page<Message>;
  expect(first.value).toHaveLength(10);
  const subjects = first.value.map((m) => m.subject);
  let link = first["@odata.nextLink"];
  while (link) {
    const page = (await graph.api(link).get()) as Page<Message>;
    subjects.push(...page.value.map((m) => m.subject));
    link = page["@odata.nextLink"];
  }
  expect(subjects).toHaveLength(25);
  expect(subjects[0]).toBe("Bericht 24");
});

test("$filter on subject and receivedDateTime selects only matching messages", async () => {
  await seedMany(5);
  const page = (await graph
    .api(`/users/${box}/messages`)
    .filter("receivedDateTime ge 2026-01-01T00:02:00Z and subject ne 'Bericht 3'")
    .get()) as Page<Message>;
  expect(page.value.map((m) => m.subject).sort()).toEqual(["Bericht 2", "Bericht 4"]);
});

test("$filter on from/emailAddress/address is case-insensitive like Exchange", async () => {
  const page = (await graph.api(`/users/${box}/messages`).filter("from/emailAddress/address eq 'DIRECTIE@gooisescholen.example'").get()) as Page<Message>;
  expect(page.value).toHaveLength(2);
});

test("$select limits properties and internetMessageHeaders appear only when selected", async () => {
  const plain = await firstInboxMessage();
  expect(plain.internetMessageHeaders).toBeUndefined();
  const selected = (await graph.api(`/users/${box}/messages/${plain.id}`).select(["subject", "internetMessageHeaders"]).get()) as Record<string, unknown>;
  expect(Object.keys(selected).sort()).toEqual(["@odata.context", "@odata.etag", "id", "internetMessageHeaders", "subject"]);
  const headers = selected.internetMessageHeaders as Array<{ name: string; value: string }>;
  expect(headers.find((h) => h.name === "Authentication-Results")?.value).toContain("dmarc=pass");
});

test("$orderby on a property that does not lead the $filter is InefficientFilter", async () => {
  await expect(
    graph.api(`/users/${box}/messages`).filter("subject eq 'x'").orderby("receivedDateTime desc").get(),
  ).rejects.toMatchObject({ statusCode: 400, code: "InefficientFilter" });
  await expect(
    graph.api(`/users/${box}/messages`).filter("receivedDateTime ge 2020-01-01T00:00:00Z and subject eq 'x'").orderby("receivedDateTime desc").get(),
  ).resolves.toBeDefined();
});

test("a malformed $filter is 400 BadRequest and an unknown property is RequestBroker--ParseUri", async () => {
  await expect(graph.api(`/users/${box}/messages`).filter("subject eq 'open").get()).rejects.toMatchObject({ statusCode: 400, code: "BadRequest" });
  await expect(graph.api(`/users/${box}/messages`).filter("colour eq 'red'").get()).rejects.toMatchObject({ statusCode: 400, code: "RequestBroker--ParseUri" });
});

test("an unknown folder name is 400 ErrorInvalidIdMalformed and a vanished folder id is 404", async () => {
  await expect(graph.api(`/users/${box}/mailFolders/nosuchfolder/messages`).get()).rejects.toMatchObject({ statusCode: 400, code: "ErrorInvalidIdMalformed" });
  await expect(graph.api(`/users/${box}/mailFolders/AAMkAGI2AAAAAAAAAAAAAAAAAAAAAAAA=/messages`).get()).rejects.toMatchObject({ statusCode: 404, code: "ErrorItemNotFound" });
});

test("the Graph SDK attaches the token only when customHosts holds the host name without the port", async () => {
  const { Client } = await import("@microsoft/microsoft-graph-client");
  const token = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId });
  const withPort = Client.initWithMiddleware({
    baseUrl: `${standIn.url}/`,
    customHosts: new Set([new URL(standIn.url).host]),
    authProvider: { getAccessToken: token },
  });
  await expect(withPort.api(`/users/${box}/mailFolders/inbox`).get()).rejects.toMatchObject({ statusCode: 401 });
  const hostOnly = Client.initWithMiddleware({
    baseUrl: `${standIn.url}/`,
    customHosts: new Set([new URL(standIn.url).hostname]),
    authProvider: { getAccessToken: token },
  });
  await expect(hostOnly.api(`/users/${box}/mailFolders/inbox`).get()).resolves.toMatchObject({ displayName: "Inbox" });
});

test("Prefer outlook.body-content-type=text returns an HTML body as text and says so", async () => {
  const response = await fetch(`${standIn.graphBaseUrl}/users/${box}/messages?$filter=subject eq 'Uitnodiging teamvergadering'&$select=body`, {
    headers: { Authorization: `Bearer ${await standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId })}`, Prefer: 'outlook.body-content-type="text"' },
  });
  expect(response.headers.get("preference-applied")).toBe('outlook.body-content-type="text"');
  const page = (await response.json()) as Page<{ body: { contentType: string; content: string } }>;
  expect(page.value[0]?.body).toEqual({ contentType: "text", content: "Donderdag om 15:30 in de teamkamer." });
});

test("a path with broken percent-encoding is 400, not a crash", async () => {
  await expect(graph.api(`/users/${box}/messages/%E0%A4%A`).get()).rejects.toMatchObject({ statusCode: 400 });
});

test("$count=true reports every matching message across pages as @odata.count", async () => {
  await seedMany(25);
  const page = (await graph.api(`/users/${box}/mailFolders/inbox/messages`).count(true).top(5).get()) as Page<Message> & { "@odata.count": number };
  expect(page.value).toHaveLength(5);
  expect(page["@odata.count"]).toBe(25);
});

test("$search is refused with 400 rather than silently answering every message", async () => {
  await expect(graph.api(`/users/${box}/messages`).search('"Handle with Care"').get()).rejects.toMatchObject({ statusCode: 400 });
});
