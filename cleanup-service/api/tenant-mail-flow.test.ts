// The school tenant's own mail flow tags external mail ([EXTERN], a banner, a disclaimer). The service tolerates
// exactly what the admin configured (HWC_MAILBOXES_FILE "tolerance"), nothing else; and whatever it does not
// recognise from Veilig Thuis, the report and the sweep count instead of calling the mailbox clean.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import type { SignedReport } from "../report/signed-report";
import { CANARY, REGENBOOG, signal, signalBody, type ScenarioMessage } from "../testing/signal-scenarios";
import { startServiceUnderTest, type ServiceUnderTest } from "../testing/service-under-test";

const BANNER = '<table style="border:1px solid #c00"><tr><td>Let op: deze e-mail komt van buiten Stichting Gooise Scholen.</td></tr></table>';
const DISCLAIMER = "<p>Dit bericht is uitsluitend bestemd voor de geadresseerde.</p>";
const mailFlow = { subjectPrefix: "[EXTERN] ", htmlBanner: BANNER, htmlDisclaimer: DISCLAIMER };

let standIn: StandIn;
let tolerant: ServiceUnderTest;
let strict: ServiceUnderTest;

function mailboxesFile(withTolerance: boolean): string {
  const file = JSON.parse(readFileSync(join(__dirname, "../../config/mailboxes.local.json"), "utf8")) as { mailboxes: Record<string, unknown>[] };
  if (withTolerance) file.mailboxes = file.mailboxes.map((m) => ({ ...m, tolerance: { subjectTag: "[EXTERN] ", htmlBanner: BANNER, htmlDisclaimer: DISCLAIMER } }));
  const path = join(mkdtempSync(join(tmpdir(), "hwc-mailboxes-")), "mailboxes.json");
  writeFileSync(path, JSON.stringify(file));
  return path;
}

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  tolerant = await startServiceUnderTest(standIn.url, { HWC_MAILBOXES_FILE: mailboxesFile(true) });
  strict = await startServiceUnderTest(standIn.url, { HWC_MAILBOXES_FILE: mailboxesFile(false) });
});
afterAll(async () => {
  await tolerant?.stop();
  await strict?.stop();
  await standIn?.stop();
});

const ids = { conversationId: "AAQkAGMailFlow=", internetMessageId: "<mailflow@veiligthuisgv.example>" };

async function seed(...messages: ScenarioMessage[]) {
  const tenants = (demoSeed.tenants ?? []).map((t) => (t.id === DEMO.school.tenantId ? { ...t, mailFlow } : t));
  await standIn.control.reset({ ...demoSeed, tenants, messages: [...(demoSeed.messages ?? []), ...messages] });
}
const functionaryToken = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
const adminToken = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId, roles: ["HandleWithCare.Admin"], audience: DEMO.apps.cleanupApi.clientId });
async function signalItem() {
  const item = (await standIn.control.dump(REGENBOOG)).folders.flatMap((f) => f.items).find((i) => i.internetMessageId === ids.internetMessageId);
  if (!item) throw new Error("no signal seeded");
  return item;
}
const reportPath = `/api/mailboxes/${encodeURIComponent(REGENBOOG)}/inspection-report`;

test("the stand-in's mail flow tags the signal as the school's transport rules would", async () => {
  await seed(signal(ids));
  const item = await signalItem();
  expect(item.subject).toBe("[EXTERN] Handle with Care");
  expect(item.body.content).toContain(BANNER);
  expect(item.body.content).toContain(DISCLAIMER);
});

test("with the tag, banner and disclaimer configured, the tagged signal is acknowledged and purged", async () => {
  await seed(signal(ids));
  const response = await tolerant.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: (await signalItem()).immutableId } });
  expect(response.status).toBe(200);
  expect((await standIn.control.dump(REGENBOOG)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items).filter((i) => i.conversationId === ids.conversationId)).toEqual([]);
});

test("without them, it is refused with a reason that says to configure the tolerance or exempt the mailbox", async () => {
  await seed(signal(ids));
  const response = await strict.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: (await signalItem()).immutableId } });
  expect(response.status).toBe(422);
  expect(response.json).toMatchObject({ reason: "subject-not-template", reasonMessage: expect.stringContaining("ICT-beheerder") });
});

test("a different banner than the one configured is not tolerated", async () => {
  await seed({ ...signal(ids), body: { contentType: "html", content: `<p>Ander bericht van buiten</p>${signalBody().html}` } });
  const response = await tolerant.call("/api/acknowledge-and-delete", { token: await functionaryToken(), body: { mailbox: REGENBOOG, messageId: (await signalItem()).immutableId } });
  expect(response.status).toBe(422);
});

test("a signal the service cannot recognise (tagged, unconfigured) keeps the report from saying clean, and the sweep keeps and counts it", async () => {
  await seed(signal(ids));
  const report = (await strict.call(reportPath, { token: await adminToken() })).json as SignedReport;
  expect(report.report).toMatchObject({ handleWithCareItems: 1, clean: false });
  const sweep = await strict.call(`/api/mailboxes/${encodeURIComponent(REGENBOOG)}/sweep`, { method: "POST", token: await adminToken() });
  expect(sweep.json).toMatchObject({ unrecognised: 1, purged: {}, waiting: { count: 0 } });
  expect((await standIn.control.dump(REGENBOOG)).folders.flatMap((f) => f.items).filter((i) => i.internetMessageId === ids.internetMessageId && i.folder !== "purges")).toHaveLength(1);
});

test("so does a signal for a child who has since turned 18", async () => {
  // The template exactly, but the birth date makes the child 18 or older today.
  const grownUp = `<div>${CANARY.childName}</div><div>01-01-2007</div><div>Handle with Care</div>`;
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), { ...signal(ids), body: { contentType: "html", content: grownUp } }] });
  const report = (await strict.call(reportPath, { token: await adminToken() })).json as SignedReport;
  expect(report.report).toMatchObject({ handleWithCareItems: 1, clean: false });
  expect(JSON.stringify(report)).not.toContain(CANARY.childName);
});
