// POST /api/acknowledge-and-delete against the Microsoft 365 stand-in, through the real SDKs.
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { CANARY, REGENBOOG, VEILIG_THUIS_HWC, handMade, serviceMarkerProperty, signal, type ScenarioMessage } from "../testing/signal-scenarios";
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

const ids = { conversationId: "AAQkAGHwcConversation0001=", internetMessageId: "<hwc-0001@veiligthuisgv.example>" };

async function seed(...messages: ScenarioMessage[]) {
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), ...messages] });
}

async function functionaryToken(user: string = DEMO.school.regenboogFunctionary.id) {
  return standIn.control.issueToken({ tenant: DEMO.school.tenantId, user, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
}

const seenMessageIds: string[] = [];

async function signalId(mailbox = REGENBOOG): Promise<string> {
  const dump = await standIn.control.dump(mailbox);
  const item = dump.folders.flatMap((f) => f.items).find((i) => i.internetMessageId === ids.internetMessageId && i.folder !== "purges");
  if (!item) throw new Error("no signal seeded");
  seenMessageIds.push(item.immutableId, item.id);
  return item.immutableId;
}

/** Every visible item (not the purge store) that carries the canary. */
async function remnants(mailbox = REGENBOOG) {
  const dump = await standIn.control.dump(mailbox);
  return dump.folders.filter((f) => f.name !== "purges").flatMap((f) => f.items).filter((i) => JSON.stringify(i).includes(CANARY.childName) || i.conversationId === ids.conversationId);
}

async function acknowledgementsAtVeiligThuis() {
  const dump = await standIn.control.dump(VEILIG_THUIS_HWC);
  return dump.folders.flatMap((f) => f.items).filter((i) => i.subject === "RE: Handle with Care");
}

function expectNoCanary(text: string) {
  expect(text).not.toContain(CANARY.childName);
  expect(text).not.toContain(CANARY.birthDateDutch);
  expect(text).not.toContain(CANARY.birthDate);
}

test("a signal is acknowledged once to the registered address and purged from every folder", async () => {
  await seed(signal(ids));
  const before = await standIn.control.dump(REGENBOOG);
  const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
  expect(response.status).toBe(200);
  expect(response.json).toEqual({ status: "acknowledged-and-deleted", acknowledged: true, deleted: { inbox: 1, sentitems: 1 }, remaining: 0 });
  expect(await remnants()).toEqual([]);
  const acks = await acknowledgementsAtVeiligThuis();
  expect(acks).toHaveLength(1);
  expectNoCanary(JSON.stringify(acks));
  const after = await standIn.control.dump(REGENBOOG);
  const visible = (d: typeof before) => d.folders.filter((f) => f.name !== "purges").flatMap((f) => f.items.map((i) => i.immutableId));
  expect(visible(after).sort()).toEqual(visible(before).filter((id) => !before.folders.flatMap((f) => f.items).some((i) => i.immutableId === id && i.internetMessageId === ids.internetMessageId)).sort());
  expectNoCanary(service.logLines.join("\n") + response.text);
});

test("copies, replies, forwards and drafts made by hand, in any folder, go with the signal; recoverable items too", async () => {
  await seed(
    signal({ ...ids, folder: "Inbox/Signalen" }),
    handMade("reply", ids),
    handMade("forward", ids),
    handMade("draft", ids),
    handMade("copy-in-deleted-items", ids),
    { ...signal(ids), folder: "recoverableitemsdeletions" },
  );
  const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
  expect(response.status).toBe(200);
  expect(response.json).toMatchObject({ status: "acknowledged-and-deleted", acknowledged: true, remaining: 0 });
  // A custom folder is "other": its display name may be a child's name and never reaches an answer.
  expect((response.json as { deleted: Record<string, number> }).deleted).toEqual({ other: 1, sentitems: 3, drafts: 1, deleteditems: 1, recoverableitemsdeletions: 1 });
  expect(await remnants()).toEqual([]);
  expect(await acknowledgementsAtVeiligThuis()).toHaveLength(1);
});

test("a marked draft left by an interrupted run is removed and only a content-free acknowledgement is sent", async () => {
  await seed(signal(ids), { ...handMade("draft", ids), singleValueExtendedProperties: serviceMarkerProperty("acknowledgement", ids.conversationId) });
  const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
  expect(response.status).toBe(200);
  expect(await remnants()).toEqual([]);
  const acks = await acknowledgementsAtVeiligThuis();
  expect(acks).toHaveLength(1);
  expectNoCanary(JSON.stringify(acks));
});

test("copies her own client left in the functionary's own mailbox (Sent Items, Deleted Items) go too; nothing else of hers", async () => {
  const own = DEMO.school.regenboogFunctionary.upn;
  await seed(
    signal(ids),
    { ...handMade("reply", ids), mailbox: own, from: REGENBOOG },
    { ...signal(ids), mailbox: own, folder: "deleteditems" },
    { mailbox: own, folder: "inbox", subject: "Handle with Care", from: "collega@gooisescholen.example", body: { contentType: "text", content: "Training HwC donderdag" } },
  );
  const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
  expect(response.status).toBe(200);
  expect(response.json).toMatchObject({ deletedInOwnMailbox: 2 });
  const left = (await standIn.control.dump(own)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items);
  expect(left.filter((i) => i.conversationId === ids.conversationId || JSON.stringify(i).includes(CANARY.childName))).toEqual([]);
  expect(left.filter((i) => i.subject === "Handle with Care")).toHaveLength(1);
});

test("unrelated mail with the same subject from another sender survives", async () => {
  const lookalike: ScenarioMessage = { ...signal({ conversationId: "AAQkAGOther=", internetMessageId: "<other@example.org>" }), from: "someone@example.org" };
  await seed(signal(ids), lookalike);
  const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
  expect(response.status).toBe(200);
  const left = (await standIn.control.dump(REGENBOOG)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items);
  expect(left.filter((i) => i.internetMessageId === "<other@example.org>")).toHaveLength(1);
});

test("a second call finds the signal gone and sends no second acknowledgement", async () => {
  await seed(signal(ids));
  const body = { mailbox: REGENBOOG, messageId: await signalId() };
  const token = await functionaryToken();
  expect((await service.call("/api/acknowledge-and-delete", { token, body })).status).toBe(200);
  const again = await service.call("/api/acknowledge-and-delete", { token, body });
  expect(again.status).toBe(200);
  expect(again.json).toEqual({ status: "already-deleted", acknowledged: false, deleted: {}, remaining: 0 });
  expect(await acknowledgementsAtVeiligThuis()).toHaveLength(1);
});

test("two concurrent calls for the same signal do the work once", async () => {
  await seed(signal(ids));
  const body = { mailbox: REGENBOOG, messageId: await signalId() };
  const token = await functionaryToken();
  const [a, b] = await Promise.all([service.call("/api/acknowledge-and-delete", { token, body }), service.call("/api/acknowledge-and-delete", { token, body })]);
  expect([a.status, b.status]).toEqual([200, 200]);
  expect(await acknowledgementsAtVeiligThuis()).toHaveLength(1);
  expect(await remnants()).toEqual([]);
});

test("the acknowledgement goes to the registered address, not to the signal's Reply-To", async () => {
  await seed(signal({ ...ids, replyTo: ["attacker@example.org"] }));
  const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
  expect(response.status).toBe(200);
  const acks = await acknowledgementsAtVeiligThuis();
  expect(acks).toHaveLength(1);
  expect(acks[0]?.toRecipients.map((r) => r.emailAddress.address)).toEqual([VEILIG_THUIS_HWC]);
  const requests = await standIn.control.requests();
  expect(JSON.stringify(requests)).not.toContain("attacker@example.org");
});

describe("a message that is not a trusted signal is refused with 422 and nothing changes", () => {
  const cases: [string, ScenarioMessage][] = [
    ["spoofed sender", { ...signal(ids), from: "handlewithcare@veiligthuis-gv.example" }],
    [
      "DMARC fail",
      { ...signal(ids), internetMessageHeaders: [{ name: "Authentication-Results", value: "spf=fail smtp.mailfrom=veiligthuisgv.example; dmarc=fail action=none header.from=veiligthuisgv.example" }] },
    ],
    ["no Authentication-Results at all", { ...signal(ids), authentication: "missing" }],
    ["dmarc=none (no DMARC record)", { ...signal(ids), authentication: "none" }],
    ["dmarc=temperror", { ...signal(ids), authentication: "temperror" }],
    ["a forged pass beneath Exchange's fail", { ...signal(ids), authentication: "forged-below" }],
    ["wrong template", { ...signal(ids), subject: "Handle with care!" }],
    ["extra text", { ...signal(ids), body: { contentType: "html", content: `${signal(ids).body.content}<div>Met vriendelijke groet, Marieke</div>` } }],
  ];
  test.each(cases)("%s", async (name, message) => {
    await seed(message);
    const before = await standIn.control.dump(REGENBOOG);
    const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
    expect(response.status).toBe(422);
    const body = response.json as { error: string; reason: string; reasonMessage: string; reasonMessageEn: string };
    expect(body.error).toBe("not-a-signal");
    if (/Authentication|dmarc|forged/.test(name)) expect(body.reason).toMatch(/^sender-authentication-/);
    expect(body.reasonMessage).toMatch(/Veilig Thuis/);
    expect(body.reasonMessageEn).toMatch(/Veilig Thuis/);
    expect(await standIn.control.dump(REGENBOOG)).toEqual(before);
    expect(await acknowledgementsAtVeiligThuis()).toHaveLength(0);
    expectNoCanary(response.text + service.logLines.join("\n"));
  });
});

test.each([["gateway" as const], ["arc" as const]])("a signal relayed by a %s, which Exchange's composite authentication passes, is acknowledged", async (authentication) => {
  await seed({ ...signal(ids), authentication });
  const response = await service.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: await signalId() } });
  expect(response.status).toBe(200);
  expect(await remnants()).toEqual([]);
});

test("a first acknowledge-and-delete costs at most 6 sequential Graph round trips; a retry of a finished job costs 2", async () => {
  await seed(signal(ids), handMade("reply", ids), handMade("forward", ids), handMade("copy-in-deleted-items", ids));
  const body = { mailbox: REGENBOOG, messageId: await signalId() };
  const token = await functionaryToken();
  await standIn.control.clearRequests();
  expect((await service.call("/api/acknowledge-and-delete", { token, body })).status).toBe(200);
  const graphRoundTrips = (await standIn.control.requests()).filter((entry) => entry.path.startsWith("/v1.0"));
  // 5: read; find + createReply; purge the others; PATCH → send → purge the original; verify + the copy (bench target ≤ 6).
  expect(graphRoundTrips).toHaveLength(5);
  await standIn.control.clearRequests();
  expect((await service.call("/api/acknowledge-and-delete", { token, body })).status).toBe(200);
  expect((await standIn.control.requests()).filter((entry) => entry.path.startsWith("/v1.0"))).toHaveLength(2);
});


test("the acknowledgement is Dutch even when the functionary's browser asks for English (covenant language)", async () => {
  await seed(signal(ids));
  const response = await service.call("/api/acknowledge-and-delete", {
    token: await functionaryToken(),
    body: { mailbox: REGENBOOG, messageId: await signalId() },
    headers: { "accept-language": "en-US,en;q=0.9" },
  });
  expect(response.status).toBe(200);
  const acks = await acknowledgementsAtVeiligThuis();
  expect(acks).toHaveLength(1);
  expect(acks[0]?.body.content).toContain("Het Handle with Care-signaal is ontvangen en mondeling doorgegeven.");
  expect(acks[0]?.body.content).not.toMatch(/received|passed on/i);
});

test("after all of the above, no log line holds the child's name, birth date, or a message or conversation id in clear", () => {
  const log = service.logLines.join("\n");
  expect(service.logLines.length).toBeGreaterThan(20);
  expectNoCanary(log);
  expect(seenMessageIds.length).toBeGreaterThan(0);
  for (const id of seenMessageIds) expect(log).not.toContain(id);
  expect(log).not.toContain(ids.conversationId);
  expect(log).not.toContain(ids.internetMessageId);
});
