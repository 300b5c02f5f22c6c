// The whole covenant flow in a real browser: the caseworker writes and sends a signal with the compose pane,
// the send guard lets exactly that through, the school mailbox receives exactly the template, the functionary
// acknowledges and deletes it with the read pane, Veilig Thuis receives a content-free acknowledgement, and
// the school mailbox keeps nothing of the signal anywhere Graph can reach — while every other message stays.
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import type { MailboxDump } from "../../dev/stand-in";
import { matchSignalTemplate } from "../../shared";
import { amsterdamToday } from "../../shared/dates/amsterdam-time";
import { CANARY, leaksIn } from "./support/canary";
import { startE2eSession, type E2eSession } from "./support/e2e-session";
import { fingerprint, graphVisibleItems, newItems, purgedItems } from "./support/mailbox-dumps";
import { expectSent, fillSignal, insertSignal, newSignalMessage, openFolder, openHarness, openReadPane, PEOPLE, pressSend } from "./support/outlook-harness";

jest.setTimeout(180_000);

const SCHOOL = DEMO.school.regenboogMailbox;
const VEILIG_THUIS = DEMO.veiligThuis.hwcMailbox;

let session: E2eSession;
let schoolBefore: MailboxDump;
let veiligThuisBefore: MailboxDump;
let schoolAfterSend: MailboxDump;
let schoolAfterAcknowledge: MailboxDump;
let veiligThuisAfter: MailboxDump;
let readPaneText: string;
let resultText: string;

beforeAll(async () => {
  session = await startE2eSession();
  const { page, stack } = session;
  schoolBefore = await stack.standIn.control.dump(SCHOOL);
  veiligThuisBefore = await stack.standIn.control.dump(VEILIG_THUIS);

  await openHarness(page, { user: PEOPLE.caseworker });
  const compose = await newSignalMessage(page);
  await fillSignal(compose, { school: "De Regenboog", childName: CANARY.childName, birthDate: CANARY.birthDate });
  await insertSignal(compose);
  await pressSend(page);
  await expectSent(page);
  schoolAfterSend = await stack.standIn.control.dump(SCHOOL);

  await openHarness(page, { user: PEOPLE.regenboogFunctionary });
  await openFolder(page, SCHOOL, "inbox");
  const readPane = await openReadPane(page, "Handle with Care");
  readPaneText = (await readPane.locator("body").textContent()) ?? "";
  await readPane.getByRole("checkbox", { name: "Ik heb de leerkracht/mentor mondeling geïnformeerd" }).check();
  await readPane.getByRole("button", { name: "Bevestigen en verwijderen" }).click();
  const result = readPane.getByText("Bevestiging verstuurd en signaal verwijderd uit alle mappen");
  await result.waitFor();
  resultText = (await result.textContent()) ?? "";
  // The harness's message list follows the mailbox, as Outlook's does: the signal disappears from it.
  await page.locator(".hwc-message", { hasText: "Handle with Care" }).waitFor({ state: "detached" });
  schoolAfterAcknowledge = await stack.standIn.control.dump(SCHOOL);
  veiligThuisAfter = await stack.standIn.control.dump(VEILIG_THUIS);
});

afterAll(async () => {
  await session?.stop();
});

function theSignal() {
  const delivered = newItems(schoolBefore, schoolAfterSend);
  expect(delivered).toHaveLength(1);
  return delivered[0]!;
}

test("the school's HwC mailbox receives exactly one message, in the inbox, that is exactly the template", () => {
  const signal = theSignal();
  expect(signal.folder).toBe("inbox");
  expect(signal.from?.emailAddress.address).toBe(VEILIG_THUIS);
  expect(signal.toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual([SCHOOL]);
  expect(signal.ccRecipients).toEqual([]);
  const match = matchSignalTemplate(signal.subject, signal.body, { today: amsterdamToday(Date.now()) });
  expect(match).toEqual({ ok: true, signal: { childName: CANARY.childName, birthDate: CANARY.isoBirthDate } });
});

test("the functionary's read pane shows the child's name and birth date to pass on", () => {
  expect(readPaneText).toContain(CANARY.childName);
  expect(readPaneText).toContain(CANARY.birthDate);
  expect(resultText).toContain("Bevestiging verstuurd");
});

test("Veilig Thuis's HwC mailbox receives one acknowledgement from the school that holds no personal data", () => {
  const arrived = newItems(veiligThuisBefore, veiligThuisAfter).filter((item) => item.folder === "inbox");
  expect(arrived).toHaveLength(1);
  const acknowledgement = arrived[0]!;
  expect(acknowledgement.from?.emailAddress.address).toBe(SCHOOL);
  expect(leaksIn([acknowledgement.subject, acknowledgement.body.content])).toEqual([]);
});

test("no item of the signal remains in any folder Graph can reach, recoverable items included", () => {
  const signal = theSignal();
  const remnants = graphVisibleItems(schoolAfterAcknowledge).filter(
    (item) => item.conversationId === signal.conversationId || leaksIn([item.subject, item.body.content]).length > 0,
  );
  expect(remnants).toEqual([]);
});

test("the purge store holds only items of this signal: the signal and the acknowledgement's copies", () => {
  const signal = theSignal();
  const purged = purgedItems(schoolAfterAcknowledge);
  expect(purged.map((item) => item.immutableId)).toContain(signal.immutableId);
  expect(purged.filter((item) => item.conversationId !== signal.conversationId)).toEqual([]);
});

test("every unrelated message in the school mailbox is still there, where it was, unchanged", () => {
  const after = new Map(graphVisibleItems(schoolAfterAcknowledge).map((item) => [item.immutableId, fingerprint(item)]));
  for (const item of graphVisibleItems(schoolBefore)) expect(after.get(item.immutableId)).toBe(fingerprint(item));
});

test("no server log line and no Graph request path names the child or the birth date", async () => {
  expect(session.logLines.length).toBeGreaterThan(10);
  expect(leaksIn(session.logLines)).toEqual([]);
  const requests = await session.stack.standIn.control.requests();
  expect(requests.length).toBeGreaterThan(10);
  expect(leaksIn(requests.map((request) => JSON.stringify(request)))).toEqual([]);
});

test("no page or add-in frame threw an error during the flow", () => {
  expect(session.pageErrors).toEqual([]);
});
