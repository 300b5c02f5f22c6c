import { startStandIn, type StandIn } from "../stand-in";
import { DEMO, demoSeed } from "../graph-emulator/demo-seed";
import type { MailboxDump } from "./mailbox-dump";

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.stop());

const control = (path: string, init: RequestInit = {}) =>
  fetch(`${standIn.url}/_emulator${path}`, { ...init, headers: { "Content-Type": "application/json", ...(init.headers ?? {}) } });
const post = (path: string, body?: unknown) => control(path, { method: "POST", body: body === undefined ? undefined : JSON.stringify(body) });

test("POST /_emulator/reset with a seed replaces the mailboxes and the dump shows them", async () => {
  const seed = {
    ...demoSeed,
    messages: [{ mailbox: DEMO.school.kompasMailbox, folder: "Inbox/Signalen", subject: "Eén", from: DEMO.veiligThuis.hwcMailbox }],
  };
  expect((await post("/reset", seed)).status).toBe(204);
  const dump = (await control(`/mailboxes/${encodeURIComponent(DEMO.school.kompasMailbox)}/dump`).then((r) => r.json())) as MailboxDump;
  expect(dump.address).toBe(DEMO.school.kompasMailbox);
  const names = dump.folders.map((f) => f.name);
  expect(names).toEqual(expect.arrayContaining(["inbox", "Inbox/Signalen", "deleteditems", "recoverableitemsdeletions", "purges"]));
  const items = dump.folders.flatMap((f) => f.items);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ folder: "Inbox/Signalen", subject: "Eén", isDraft: false, from: { emailAddress: { address: DEMO.veiligThuis.hwcMailbox } } });
});

test("POST /_emulator/reset with an empty body restores the demo seed", async () => {
  await post("/reset", { tenants: [] });
  expect((await post("/reset")).status).toBe(204);
  const dump = (await control(`/mailboxes/${DEMO.school.regenboogMailbox}/dump`).then((r) => r.json())) as MailboxDump;
  expect(dump.folders.find((f) => f.name === "inbox")?.items.length).toBeGreaterThan(0);
});

test("an invalid seed is 400 with the zod problems named", async () => {
  const response = await post("/reset", { tenants: [{ id: "not-a-guid" }] });
  expect(response.status).toBe(400);
  expect(JSON.stringify(await response.json())).toContain("tenants.0");
});

test("POST /_emulator/tokens returns a token Graph accepts", async () => {
  await post("/reset");
  const { token } = (await post("/tokens", { tenant: DEMO.school.domain, app: DEMO.apps.sweep.clientId }).then((r) => r.json())) as { token: string };
  const response = await fetch(`${standIn.graphBaseUrl}/users/${DEMO.school.regenboogMailbox}/mailFolders/inbox`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
});

test("faults, latency and the request log are driven over HTTP", async () => {
  await post("/reset");
  const { token } = (await post("/tokens", { tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId }).then((r) => r.json())) as { token: string };
  expect((await post("/faults", { rules: [{ pathPattern: "inbox", status: 503, retryAfterSeconds: 2 }] })).status).toBe(204);
  const faulted = await fetch(`${standIn.graphBaseUrl}/users/${DEMO.school.regenboogMailbox}/mailFolders/inbox`, { headers: { Authorization: `Bearer ${token}` } });
  expect(faulted.status).toBe(503);
  expect(faulted.headers.get("retry-after")).toBe("2");
  expect((await control("/faults", { method: "DELETE" })).status).toBe(204);
  expect((await post("/latency", { ms: 60 })).status).toBe(204);
  const started = Date.now();
  await fetch(`${standIn.graphBaseUrl}/users/${DEMO.school.regenboogMailbox}/mailFolders/inbox`, { headers: { Authorization: `Bearer ${token}` } });
  expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  const log = (await control("/requests").then((r) => r.json())) as Array<{ status: number; mailbox?: string; caller?: string; startedAt: string }>;
  expect(log.map((e) => e.status)).toEqual([503, 200]);
  expect(log[1]).toMatchObject({ mailbox: DEMO.school.regenboogMailbox, caller: DEMO.apps.sweep.clientId });
  expect(Date.parse(log[1]?.startedAt ?? "")).not.toBeNaN();
  expect((await control("/requests", { method: "DELETE" })).status).toBe(204);
  expect(await control("/requests").then((r) => r.json())).toEqual([]);
});

test("POST /_emulator/sent-copy-delay takes { ms } and refuses anything else", async () => {
  expect((await post("/sent-copy-delay", { ms: 0 })).status).toBe(204);
  expect((await post("/sent-copy-delay", { ms: "soon" })).status).toBe(400);
});

test("the dump of an unknown mailbox is 404 with advice", async () => {
  const response = await control("/mailboxes/nobody@example.org/dump");
  expect(response.status).toBe(404);
});

test("the control API is refused when disabled", async () => {
  const closed = await startStandIn({ controlApi: false });
  try {
    const response = await fetch(`${closed.url}/_emulator/requests`);
    expect(response.status).toBe(404);
  } finally {
    await closed.stop();
  }
});
