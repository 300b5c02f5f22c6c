// A single Graph fault (429, 503, 504, connection reset, timeout) at any step of acknowledge-and-delete: the call
// either finishes or fails as retryable (503, nothing lost), and retrying converges on exactly one
// acknowledgement and zero remnants.
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type FaultRule, type StandIn } from "../../dev/stand-in";
import { CANARY, REGENBOOG, VEILIG_THUIS_HWC, handMade, signal } from "../testing/signal-scenarios";
import { startServiceUnderTest, type ServiceUnderTest } from "../testing/service-under-test";

let standIn: StandIn;
let service: ServiceUnderTest;
const TIMEOUT_MS = 500;

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  service = await startServiceUnderTest(standIn.url, { HWC_GRAPH_TIMEOUT_MS: String(TIMEOUT_MS) });
});
afterAll(async () => {
  await service?.stop();
  await standIn?.stop();
});

const ids = { conversationId: "AAQkAGFaults=", internetMessageId: "<faults@veiligthuisgv.example>" };

const steps: [string, Pick<FaultRule, "method" | "pathPattern">][] = [
  ["read the message", { method: "GET", pathPattern: "/messages/[^/]+$" }],
  ["find the signal's items", { method: "GET", pathPattern: "/users/[^/]+/messages$" }],
  ["find recoverable items", { method: "GET", pathPattern: "/recoverableitemsdeletions/messages$" }],
  ["createReply", { method: "POST", pathPattern: "/createReply$" }],
  ["send", { method: "POST", pathPattern: "/send$" }],
  ["permanentDelete", { method: "POST", pathPattern: "/permanentDelete$" }],
  ["the $batch itself", { method: "POST", pathPattern: "/\\$batch$" }],
];

const kinds: [string, Omit<FaultRule, "method" | "pathPattern">][] = [
  ["429 with Retry-After", { status: 429, retryAfterSeconds: 0 }],
  ["503", { status: 503 }],
  ["504", { status: 504 }],
  ["connection reset", { reset: true }],
  ["timeout", { delayMs: TIMEOUT_MS + 300 }],
];

const cases = steps.flatMap(([step, where]) => kinds.map(([kind, what]): [string, string, FaultRule] => [step, kind, { ...where, ...what, times: 1 }]));

test.each(cases)("%s, %s: a retry converges with one acknowledgement and no remnants", async (_step, _kind, rule) => {
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), signal(ids), handMade("reply", ids)] });
  const dump = await standIn.control.dump(REGENBOOG);
  const messageId = dump.folders.flatMap((f) => f.items).find((i) => i.internetMessageId === ids.internetMessageId)?.immutableId ?? "";
  const token = await standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
  await standIn.control.setFaults(rule);

  const statuses: number[] = [];
  for (let attempt = 0; attempt < 5 && statuses.at(-1) !== 200; attempt += 1) {
    const response = await service.call("/api/acknowledge-and-delete", { token, body: { mailbox: REGENBOOG, messageId } });
    statuses.push(response.status);
    if (response.status === 503) expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(response.text).not.toContain(CANARY.childName);
  }
  expect(statuses.at(-1)).toBe(200);
  expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);

  // A delayed request still lands after its client gave up; let it, then look.
  if (rule.delayMs) await new Promise((resolve) => setTimeout(resolve, (rule.delayMs ?? 0) - TIMEOUT_MS + 100));
  // The fault fired: the log shows it, or (a reset inside a batch drops the batch's log entry) the call failed once.
  const log = await standIn.control.requests();
  const logged = log.some((entry) => entry.fault !== undefined || entry.inner?.some((inner) => inner.fault !== undefined));
  expect(logged || statuses.includes(503)).toBe(true);

  const school = await standIn.control.dump(REGENBOOG);
  const left = school.folders.filter((f) => f.name !== "purges").flatMap((f) => f.items).filter((i) => i.conversationId === ids.conversationId || JSON.stringify(i).includes(CANARY.childName));
  expect(left).toEqual([]);
  const veiligThuis = await standIn.control.dump(VEILIG_THUIS_HWC);
  const acknowledgements = veiligThuis.folders.flatMap((f) => f.items).filter((i) => i.subject === "RE: Handle with Care");
  expect(acknowledgements).toHaveLength(1);
  expect(JSON.stringify(acknowledgements)).not.toContain(CANARY.childName);
  expect(service.logLines.join("\n")).not.toContain(CANARY.childName);
});
