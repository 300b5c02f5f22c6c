// POST /api/mailboxes/{mailbox}/sweep and GET /api/mailboxes/{mailbox}/inspection-report against the stand-in.
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { verifyReportDocument, type SignedReport } from "../report/signed-report";
import { CANARY, REGENBOOG, VEILIG_THUIS_HWC, acknowledgementCopy, handMade, signal, type ScenarioMessage } from "../testing/signal-scenarios";
import { startServiceUnderTest, type ServiceUnderTest } from "../testing/service-under-test";

let standIn: StandIn;
let service: ServiceUnderTest;

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  service = await startServiceUnderTest(standIn.url);
});
afterAll(async () => {
  await service?.stop();
  await standIn?.stop();
});

const acked = { conversationId: "AAQkAGAcked=", internetMessageId: "<acked@veiligthuisgv.example>" };
const waiting = { conversationId: "AAQkAGWaiting=", internetMessageId: "<waiting@veiligthuisgv.example>" };
const stray = { conversationId: "AAQkAGStray=", internetMessageId: "<stray@veiligthuisgv.example>" };

const unrelated: ScenarioMessage = { ...signal({ conversationId: "AAQkAGLookalike=", internetMessageId: "<lookalike@example.org>" }), from: "someone@example.org" };

async function seed(...messages: ScenarioMessage[]) {
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), ...messages] });
}

const adminToken = () =>
  standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId, roles: ["HandleWithCare.Admin"], audience: DEMO.apps.cleanupApi.clientId });
const functionaryToken = () =>
  standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });

async function visible(mailbox = REGENBOOG) {
  return (await standIn.control.dump(mailbox)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items);
}

test("a clean mailbox costs one Graph round trip and reports nothing waiting", async () => {
  await seed();
  const token = await adminToken();
  await standIn.control.clearRequests();
  const response = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token });
  expect(response.status).toBe(200);
  expect(response.json).toMatchObject({ mailbox: REGENBOOG, purged: {}, waiting: { count: 0, receivedAt: [], oldestAgeHours: null }, expired: 0 });
  expect((await standIn.control.requests()).filter((entry) => entry.path.startsWith("/v1.0"))).toHaveLength(1);
});

test("the sweep purges remnants of acknowledged signals and stray acknowledgements, keeps waiting signals and unrelated mail", async () => {
  await seed(
    { ...signal(acked), folder: "deleteditems" },
    handMade("reply", acked),
    acknowledgementCopy(acked.conversationId),
    acknowledgementCopy(stray.conversationId),
    { ...signal(waiting), receivedDateTime: "2026-11-28T06:00:00Z" },
    unrelated,
  );
  const response = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
  expect(response.status).toBe(200);
  const body = response.json as { purged: Record<string, number>; waiting: { count: number; receivedAt: string[] } };
  expect(body.purged).toEqual({ deleteditems: 1, sentitems: 3 });
  expect(body.waiting.count).toBe(1);
  expect(body.waiting.receivedAt).toEqual(["2026-11-28T06:00:00Z"]);
  const left = await visible();
  expect(left.filter((i) => i.conversationId === acked.conversationId || i.conversationId === stray.conversationId)).toEqual([]);
  expect(left.filter((i) => i.internetMessageId === waiting.internetMessageId)).toHaveLength(1);
  expect(left.filter((i) => i.internetMessageId === "<lookalike@example.org>")).toHaveLength(1);
  expect(response.text).not.toContain(CANARY.childName);
  expect(service.logLines.join("\n")).not.toContain(CANARY.childName);
});

test("a conversation holding an acknowledgement and two signals is left whole, its signals reported as waiting", async () => {
  await seed(
    signal(acked),
    { ...signal({ conversationId: acked.conversationId, internetMessageId: "<second@veiligthuisgv.example>" }), receivedDateTime: "2026-11-28T07:10:00Z" },
    acknowledgementCopy(acked.conversationId),
  );
  const response = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
  expect(response.status).toBe(200);
  expect(response.json).toMatchObject({ purged: {}, waiting: { count: 2 } });
  expect((await visible()).filter((i) => i.conversationId === acked.conversationId)).toHaveLength(3);
});

test("an outsider's marker header or look-alike acknowledgement in a signal's conversation is not ours: the unread signal stays", async () => {
  const { singleValueExtendedProperties: _ours, ...lookalike } = acknowledgementCopy(waiting.conversationId);
  await seed(signal(waiting), {
    ...lookalike,
    folder: "inbox",
    from: "someone@example.org",
    internetMessageHeaders: [{ name: "x-handle-with-care", value: "ack" }],
    singleValueExtendedProperties: [{ id: "String {6f1c8f2a-3b7e-4d5a-9c1e-8b2d4a6f0e31} Name hwc-marker", value: "acknowledgement.forged" }],
  });
  const response = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
  expect(response.json).toMatchObject({ purged: {}, waiting: { count: 1 } });
  expect((await visible()).filter((i) => i.internetMessageId === waiting.internetMessageId)).toHaveLength(1);
});

test("the sweep needs the admin role: a functionary's token is refused with 403", async () => {
  await seed();
  const response = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await functionaryToken() });
  expect(response.status).toBe(403);
  expect(response.json).toMatchObject({ error: "not-an-admin" });
});

test("with an expiry policy, an old unacknowledged signal is purged and Veilig Thuis gets a content-free notice", async () => {
  const expiring = await startServiceUnderTest(standIn.url, { HWC_SWEEP_EXPIRE_UNACKNOWLEDGED_AFTER_HOURS: "48" });
  try {
    await seed({ ...signal(waiting), receivedDateTime: "2026-11-20T06:00:00Z" }, handMade("draft", waiting), unrelated);
    const response = await expiring.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ expired: 1, waiting: { count: 0 } });
    expect((await visible()).filter((i) => i.conversationId === waiting.conversationId)).toEqual([]);
    const notices = (await visible(VEILIG_THUIS_HWC)).filter((i) => i.subject === "RE: Handle with Care");
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices)).not.toContain(CANARY.childName);
    expect((await visible()).filter((i) => i.folder === "sentitems" && i.subject === "RE: Handle with Care")).toEqual([]);
  } finally {
    await expiring.stop();
  }
});

describe("inspection report", () => {
  const path = `/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report`;

  test("lists every folder with its count, counts the waiting signal, and verifies against the published key", async () => {
    await seed(signal(waiting), unrelated);
    const response = await service.call(path, { token: await adminToken() });
    expect(response.status).toBe(200);
    const signed = response.json as SignedReport;
    expect(signed.report).toMatchObject({ type: "hwc-inspection-report", mailbox: REGENBOOG, handleWithCareItems: 1, clean: false });
    const names = signed.report.folders.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["inbox", "sentitems", "drafts", "deleteditems", "recoverableitemsdeletions"]));
    expect(signed.report.totalItems).toBe((await visible()).length);
    expect(signed.report.caveat).toMatch(/Purges/);
    const jwks = await service.call("/api/report-signing-key");
    expect(await verifyReportDocument(response.text, jwks.text)).toMatchObject({ valid: true });
    expect(response.text).not.toContain(CANARY.childName);
    expect(response.text).not.toContain("Handle with Care</");
    expect(response.text).not.toContain(waiting.internetMessageId);
  });

  test("after acknowledge-and-delete the functionary's own report shows zero Handle with Care items", async () => {
    await seed(signal(waiting), unrelated);
    const messageId = (await visible()).find((i) => i.internetMessageId === waiting.internetMessageId)?.immutableId ?? "";
    const token = await functionaryToken();
    expect((await service.call("/api/acknowledge-and-delete", { token, body: { mailbox: REGENBOOG, messageId } })).status).toBe(200);
    const response = await service.call(path, { token });
    expect(response.status).toBe(200);
    expect((response.json as SignedReport).report).toMatchObject({ handleWithCareItems: 0, clean: true });
  });

  test("the printable page is Dutch, carries the signature, and a changed figure no longer verifies", async () => {
    await seed(signal(waiting));
    const response = await service.call(`${path}?format=html`, { token: await adminToken() });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.text).toContain('<html lang="nl">');
    expect(response.text).toContain("Inspectierapport");
    expect(response.text).not.toContain(CANARY.childName);
    const jwks = (await service.call("/api/report-signing-key")).text;
    expect(await verifyReportDocument(response.text, jwks)).toMatchObject({ valid: true });
    const json = (await service.call(path, { token: await adminToken() })).text;
    const tampered = json.replace(/"handleWithCareItems":1/, '"handleWithCareItems":0');
    expect(await verifyReportDocument(tampered, jwks)).toMatchObject({ valid: false });
  });

  test("a teacher cannot read the report", async () => {
    const token = await standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.teacher.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
    expect((await service.call(path, { token })).status).toBe(403);
  });
});

describe("a custom folder may be named after a child: its name never reaches an answer or a log line", () => {
  const folder = `Inbox/${CANARY.childName}`;
  const path = `/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report`;
  const withFolder = () =>
    seed({ ...signal(waiting), folder }, { ...handMade("reply", acked), folder }, { ...signal(acked), folder }, acknowledgementCopy(acked.conversationId), {
      mailbox: REGENBOOG,
      folder,
      subject: "Rooster",
      from: "rooster@gooisescholen.example",
      body: { contentType: "text", content: "Rooster" },
    });

  test("acknowledge-and-delete, the sweep and the report (JSON and printable) name it neutrally", async () => {
    await withFolder();
    const lines = service.logLines.length;
    const messageId = (await visible()).find((i) => i.internetMessageId === waiting.internetMessageId)?.immutableId ?? "";
    const ack = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId } });
    expect(ack.status).toBe(200);
    expect(ack.json).toMatchObject({ deleted: { other: 1 } });
    const sweep = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
    expect(sweep.json).toMatchObject({ purged: { other: 2, sentitems: 1 } });
    const report = await service.call(path, { token: await adminToken() });
    const html = await service.call(`${path}?format=html`, { token: await adminToken() });
    expect((report.json as SignedReport).report.folders.map((f) => f.name)).toContain("eigen map 1");
    expect((report.json as SignedReport).report.customFolderNames).toBe("numbered");
    for (const text of [ack.text, sweep.text, report.text, html.text, ...service.logLines.slice(lines)]) expect(text).not.toContain(CANARY.childName);
  });

  test("the report shows it only when the admin opts in", async () => {
    const showing = await startServiceUnderTest(standIn.url, { HWC_REPORT_SHOW_FOLDER_NAMES: "true" });
    try {
      await withFolder();
      const report = (await showing.call(path, { token: await adminToken() })).json as SignedReport;
      expect(report.report.folders.map((f) => f.name)).toContain(`inbox/${CANARY.childName}`);
      expect(report.report.customFolderNames).toBe("shown");
    } finally {
      await showing.stop();
    }
  });
});
