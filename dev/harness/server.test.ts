// The harness server against an in-process stand-in: what the page and the Office.js stand-in load, and the
// small API that plays Exchange for the page.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { decodeJwt } from "jose";
import { demoSeed, DEMO } from "../graph-emulator/demo-seed";
import { seedSchema } from "../graph-emulator/seed";
import { startStandIn, type StandIn } from "../stand-in";
import { loadLocalCertificates } from "../transport/local-certificates";
import type { HarnessSession, SendRequest } from "./api-types";
import { startHarnessServer, type RunningHarness } from "./server";

let standIn: StandIn;
let harness: RunningHarness;
const lines: string[] = [];

beforeAll(async () => {
  const seed = seedSchema.parse(demoSeed);
  standIn = await startStandIn({ port: 0, seed: demoSeed });
  const distDir = mkdtempSync(join(tmpdir(), "hwc-dist-"));
  writeFileSync(join(distDir, "taskpane.html"), '<script src="https://localhost:3000/harness/office.js"></script>');
  harness = await startHarnessServer({
    port: 0,
    distDir,
    manifestPath: join(__dirname, "..", "..", "manifest.xml"),
    standInUrl: standIn.url,
    issueToken: (request) => standIn.control.issueToken(request),
    moveToMailbox: (request) => standIn.control.moveToMailbox(request),
    seed,
    apiClientId: DEMO.apps.cleanupApi.clientId,
    certificates: loadLocalCertificates(),
    logger: (await import("pino")).default({ level: "debug" }, { write: (line: string) => void lines.push(line) }),
  });
});

afterAll(async () => {
  await harness?.close();
  await standIn?.stop();
});

const get = (path: string) => fetch(`${harness.url}${path}`);
const post = (path: string, body: unknown) => fetch(`${harness.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

test("the session lists the seeded people and the add-in's buttons from the manifest", async () => {
  const session = (await (await get("/harness/api/session")).json()) as HarnessSession;
  expect(session.users.map((user) => user.displayName)).toEqual(expect.arrayContaining(["Marieke de Vries", "Jeroen Bakker", "Samira El Amrani", "Pieter Visser"]));
  expect(session.surfaces.read?.label.nl).toBe("Bevestigen en verwijderen");
  expect(session.problems).toEqual([]);
});

test("office.js is a classic script: it compiles outside a module and defines Office", async () => {
  const response = await get("/harness/office.js");
  expect(response.headers.get("content-type")).toContain("text/javascript");
  const code = await response.text();
  expect(() => new Script(code)).not.toThrow();
  expect(code).toContain("window.Office = Office");
});

test("the page's modules are served transpiled, and nothing outside the browser folder is", async () => {
  expect((await get("/harness/app/main")).status).toBe(200);
  expect((await get("/harness/app/..%2Fserver")).status).toBe(404);
  expect((await get("/harness/app/compose-session.test")).status).toBe(404);
});

test("files outside the add-in build are not served", async () => {
  expect((await get("/taskpane.html")).status).toBe(200);
  expect((await get("/..%2F..%2Fpackage.json")).status).toBe(404);
});

test("Office.auth.getAccessToken's token is for the cleanup API with access_as_user, for the signed-in person", async () => {
  const { accessToken } = (await (await post("/harness/api/token", { as: DEMO.school.regenboogFunctionary.id })).json()) as { accessToken: string };
  expect(decodeJwt(accessToken)).toMatchObject({ aud: DEMO.apps.cleanupApi.clientId, scp: "access_as_user", oid: DEMO.school.regenboogFunctionary.id, tid: DEMO.school.tenantId });
});

const message = (as: string, from: string): SendRequest => ({
  as,
  from,
  to: [{ name: "", address: DEMO.school.teacher.upn }],
  cc: [],
  bcc: [],
  subject: "Overleg",
  body: { contentType: "html", content: "<div>Tot dan.</div>" },
  internetHeaders: [],
  attachments: [],
});

test("sending from a mailbox the person may send as delivers to the recipient's inbox", async () => {
  expect((await post("/harness/api/send", message(DEMO.veiligThuis.caseworker.id, DEMO.veiligThuis.hwcMailbox))).status).toBe(202);
  const inbox = (await standIn.control.dump(DEMO.school.teacher.upn)).folders.find((folder) => folder.name === "inbox");
  expect(inbox?.items.map((item) => item.subject)).toContain("Overleg");
});

test("sending as a mailbox the person has no rights on is refused before Graph is asked", async () => {
  const response = await post("/harness/api/send", message(DEMO.school.teacher.id, DEMO.veiligThuis.hwcMailbox));
  expect(response.status).toBe(403);
  expect(((await response.json()) as { error: string }).error).toContain("choose another From");
});

test("a reply and a delete by hand in the shared mailbox leave the functionary's copies in her own mailbox, as classic Outlook does", async () => {
  const school = DEMO.school;
  const inbox = () => standIn.control.dump(school.regenboogMailbox).then((dump) => dump.folders.find((folder) => folder.name === "inbox")?.items ?? []);
  const [first, second] = await inbox();
  if (!first || !second) throw new Error("the demo inbox has too few messages");
  const as = school.regenboogFunctionary.id;
  expect((await post("/harness/api/reply", { as, mailbox: school.regenboogMailbox, messageId: first.immutableId, comment: "Ontvangen." })).status).toBe(202);
  expect((await post("/harness/api/delete", { as, mailbox: school.regenboogMailbox, messageId: second.immutableId })).status).toBe(202);
  const own = await standIn.control.dump(school.regenboogFunctionary.upn);
  const shared = await standIn.control.dump(school.regenboogMailbox);
  const folderOf = (dump: typeof own, name: string) => dump.folders.find((folder) => folder.name === name)?.items ?? [];
  expect(folderOf(own, "sentitems").map((item) => item.conversationId)).toContain(first.conversationId);
  expect(folderOf(shared, "sentitems").map((item) => item.conversationId)).not.toContain(first.conversationId);
  expect(folderOf(own, "deleteditems").map((item) => item.internetMessageId)).toContain(second.internetMessageId);
  expect(shared.folders.flatMap((folder) => folder.items).map((item) => item.internetMessageId)).not.toContain(second.internetMessageId);
});

test("log lines name routes, never the mailbox addresses or message ids in the paths", async () => {
  const folders = (await (await get(`/harness/api/mailboxes/${DEMO.school.regenboogMailbox}/folders?as=${DEMO.school.regenboogFunctionary.id}`)).json()) as unknown[];
  expect(folders.length).toBeGreaterThan(3);
  expect(lines.some((line) => line.includes('"route":"folders"'))).toBe(true);
  expect(lines.filter((line) => line.includes("gooisescholen.example"))).toEqual([]);
});
