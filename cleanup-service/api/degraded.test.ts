// Exchange may refuse what the service relies on but no page documents (the stand-in's switches). Degrade, don't
// loop: purge what is visible, split a filter Exchange finds too complex, leave for later what Exchange still holds,
// and say in the answer and the report exactly what could not be reached.
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import type { SignedReport } from "../report/signed-report";
import { CANARY, REGENBOOG, VEILIG_THUIS_HWC, handMade, signal, type ScenarioMessage } from "../testing/signal-scenarios";
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

const ids = { conversationId: "AAQkAGDegraded=", internetMessageId: "<degraded@veiligthuisgv.example>" };
const token = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
const adminToken = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId, roles: ["HandleWithCare.Admin"], audience: DEMO.apps.cleanupApi.clientId });

async function seed(...messages: ScenarioMessage[]) {
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), ...messages] });
}
async function visible(mailbox = REGENBOOG) {
  return (await standIn.control.dump(mailbox)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items);
}
async function acknowledge() {
  const messageId = (await visible()).find((i) => i.internetMessageId === ids.internetMessageId && i.folder === "inbox")?.immutableId ?? "";
  return service.call("/api/acknowledge-and-delete", { token: await token(), body: { mailbox: REGENBOOG, messageId } });
}
const acknowledgementsAtVeiligThuis = async () => (await visible(VEILIG_THUIS_HWC)).filter((i) => i.subject === "RE: Handle with Care");

test("recoverable items refused to the functionary: the visible items go, the answer and her report say what was out of reach", async () => {
  await seed(signal(ids), handMade("reply", ids), { ...signal(ids), folder: "recoverableitemsdeletions" });
  await standIn.control.setSwitches({ refuseDelegatedRecoverableItems: true });
  const response = await acknowledge();
  expect(response.status).toBe(200);
  expect(response.json).toMatchObject({ status: "acknowledged-and-deleted", remaining: 0, unreachable: ["recoverable-items"] });
  expect((await visible()).filter((i) => i.conversationId === ids.conversationId).map((i) => i.folder)).toEqual(["recoverableitemsdeletions"]);
  const report = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report`, { token: await token() });
  expect((report.json as SignedReport).report).toMatchObject({ clean: false, unreachable: ["recoverable-items"] });
  const html = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report?format=html`, { token: await token() });
  expect(html.text).toContain("Niet nagekeken, omdat Microsoft 365 dit weigerde: de map Herstelbare items (lezen)");
  expect(await acknowledgementsAtVeiligThuis()).toHaveLength(1);
});

test("permanentDelete refused in recoverable items: not retried for ever; the answer says so", async () => {
  await seed(signal(ids), { ...signal(ids), folder: "recoverableitemsdeletions" });
  await standIn.control.setSwitches({ refusePermanentDeleteInRecoverableItems: true });
  const response = await acknowledge();
  expect(response.status).toBe(200);
  expect(response.json).toMatchObject({ unreachable: ["recoverable-items-delete"] });
  const log = await standIn.control.requests();
  const attempts = log.flatMap((e) => e.inner ?? []).filter((e) => e.path.endsWith("/permanentDelete") && e.status === 500);
  expect(attempts).toHaveLength(1);
});

test("an `or` filter Exchange finds too complex is split into one clause per query, and remembered", async () => {
  await seed(signal(ids), handMade("reply", ids), handMade("forward", ids));
  await standIn.control.setSwitches({ refuseOrFilters: true });
  const response = await acknowledge();
  expect(response.status).toBe(200);
  expect((await visible()).filter((i) => i.conversationId === ids.conversationId || JSON.stringify(i).includes(CANARY.childName))).toEqual([]);
  const sweep = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
  expect(sweep.status).toBe(200);
  const refused = (await standIn.control.requests()).flatMap((e) => e.inner ?? []).filter((e) => e.status === 400);
  // One refusal per query scope of the first find; after that the service sends no disjunction to this mailbox.
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.length).toBeLessThanOrEqual(3);
});

test("custom headers refused on createReply: the service sets none, so nothing changes", async () => {
  await seed(signal(ids));
  await standIn.control.setSwitches({ refuseHeadersOnResponses: true });
  expect((await acknowledge()).status).toBe(200);
  expect(await acknowledgementsAtVeiligThuis()).toHaveLength(1);
});

test("a Sent Items copy still in submission is left, counted in the answer, and the sweep removes it later", async () => {
  await seed(signal(ids));
  await standIn.control.setSwitches({ sentCopyInSubmissionMs: 400 });
  const response = await acknowledge();
  expect(response.status).toBe(200);
  expect(response.json).toMatchObject({ status: "acknowledged-and-deleted", acknowledgementCopiesLeft: 1 });
  expect((await visible()).filter((i) => i.folder === "sentitems" && i.conversationId === ids.conversationId)).toHaveLength(1);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const sweep = await service.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
  expect(sweep.json).toMatchObject({ purged: { sentitems: 1 } });
  expect((await visible()).filter((i) => i.conversationId === ids.conversationId)).toEqual([]);
});

test("a Sent Items copy Exchange does not show yet is left too; asking again later removes it", async () => {
  await seed(signal(ids));
  await standIn.control.setSentCopyDelay(300);
  const signalId = (await visible()).find((i) => i.internetMessageId === ids.internetMessageId)?.immutableId ?? "";
  const first = await acknowledge();
  expect(first.json).toMatchObject({ acknowledgementCopiesLeft: 1 });
  await new Promise((resolve) => setTimeout(resolve, 400));
  const again = await service.call("/api/acknowledge-and-delete", { token: await token(), body: { mailbox: REGENBOOG, messageId: signalId } });
  expect(again.json).toMatchObject({ status: "already-deleted", acknowledged: true, deleted: { sentitems: 1 } });
  expect(await acknowledgementsAtVeiligThuis()).toHaveLength(1);
});
