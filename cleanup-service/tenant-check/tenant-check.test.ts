// `npm run cleanup -- tenant-check` against the stand-in: strict by default, then with each switch refusing its
// capability. The table names the capability, what Exchange answered and what to change; only test items are made
// and they are removed again.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn, type StandInSwitches } from "../../dev/stand-in";
import { runCli } from "../cli/run-cli";
import { testEnvironment } from "../testing/service-under-test";
import { REGENBOOG } from "../testing/signal-scenarios";
import type { CapabilityResult } from "./tenant-check";

let standIn: StandIn;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), "hwc-tenant-check-"));

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  env = testEnvironment(standIn.url, { HWC_LOG_LEVEL: "warn" });
});
afterAll(async () => {
  await standIn?.stop();
});
beforeEach(() => standIn.control.reset("demo"));

async function tokenFile(): Promise<string> {
  const file = join(dir, "token.txt");
  writeFileSync(file, await standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId }));
  return file;
}

async function check(...extra: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["tenant-check", "--mailbox", REGENBOOG, "--wait-seconds", "2", ...extra], { env, stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}
async function results(...extra: string[]) {
  const run = await check("--json", "--user-token-file", await tokenFile(), ...extra);
  return { code: run.code, byId: new Map((JSON.parse(run.stdout) as { results: CapabilityResult[] }).results.map((r) => [r.capability, r])) };
}

test("on the strict stand-in every capability the service needs answers ok, and nothing of the test stays", async () => {
  const before = (await standIn.control.dump(REGENBOOG)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items).length;
  const { code, byId } = await results();
  expect(code).toBe(0);
  expect([...byId.values()].filter((r) => r.answer !== "ok").map((r) => r.capability)).toEqual([]);
  expect(byId.get("create-reply-quote")?.detail).toBe("quotes the original");
  const after = (await standIn.control.dump(REGENBOOG)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items);
  expect(after.length).toBe(before);
  expect(after.some((i) => i.subject.includes("tenant-check"))).toBe(false);
});

test("the table, Dutch then English, says what Exchange answered and what to change", async () => {
  await standIn.control.setSwitches({ refuseOrFilters: true });
  const run = await check();
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Handle with Care: controle van de tenant voor hwc\.deregenboog/);
  expect(run.stdout).toContain("filter met 'or' | geweigerd (de dienst werkt eromheen) (400 ErrorRestrictionTooComplex) | Exchange vindt 'or' te ingewikkeld");
  expect(run.stdout).toContain("filter with 'or' | refused (the service works around it)");
  expect(run.stdout).toContain("namens de functionaris (on-behalf-of) | niet gecontroleerd (geef --user-token-file)");
});

const switches: [keyof StandInSwitches, Partial<StandInSwitches>, string][] = [
  ["refuseDelegatedRecoverableItems", { refuseDelegatedRecoverableItems: true }, "delegated-recoverable-items"],
  ["refusePermanentDeleteInRecoverableItems", { refusePermanentDeleteInRecoverableItems: true }, "recoverable-items-delete"],
  ["refuseOrFilters", { refuseOrFilters: true }, "or-filter"],
  ["refuseHeadersOnResponses", { refuseHeadersOnResponses: true }, "create-reply-headers"],
  ["sentCopyInSubmissionMs", { sentCopyInSubmissionMs: 60_000 }, "sent-copy-delete"],
];

test.each(switches)("with %s refused, that capability is reported degraded and the rest still works", async (_name, setting, capability) => {
  await standIn.control.setSwitches(setting);
  const { code, byId } = await results();
  expect(code).toBe(0);
  expect(byId.get(capability as CapabilityResult["capability"])).toMatchObject({ answer: "degraded", required: false });
  expect([...byId.values()].filter((r) => r.answer !== "ok" && r.capability !== capability).map((r) => r.capability)).toEqual([]);
});

test("a Conditional Access challenge on behalf of the functionary is a refused required capability", async () => {
  await standIn.control.setSwitches({ oboClaimsChallenge: { aadsts: 50076, claims: '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}' } });
  const { code, byId } = await results();
  expect(code).toBe(1);
  expect(byId.get("on-behalf-of")).toMatchObject({ answer: "refused", detail: "claims-challenge" });
});

test("a mailbox whose object id is wrong fails the first check and says where the id comes from", async () => {
  const file = join(dir, "mailboxes.json");
  writeFileSync(
    file,
    JSON.stringify({
      mailboxes: [{ address: REGENBOOG, objectId: "8b2e4d6f-0000-4000-8000-0000000000ff", functionaries: [DEMO.school.regenboogFunctionary.id], trustedSenders: [{ address: DEMO.veiligThuis.hwcMailbox, acknowledgeTo: DEMO.veiligThuis.hwcMailbox }] }],
    }),
  );
  let stdout = "";
  const code = await runCli(["tenant-check", "--mailbox", REGENBOOG, "--wait-seconds", "1"], { env: { ...env, HWC_MAILBOXES_FILE: file }, stdout: (text) => void (stdout += text), stderr: () => undefined });
  expect(code).toBe(1);
  expect(stdout).toContain("postvak via object-id | MISLUKT (404 ErrorInvalidUser) | Controleer objectId in HWC_MAILBOXES_FILE (school-check.ps1 toont het)");
});
