// The send guard in the browser: after the pane inserts a correct signal, any tampering in the compose form
// (text added, a CC, an attachment, another From) is blocked by the real launchevent.js in the harness's
// OnMessageSend runtime, the dialog says what to fix, and nothing reaches the school. Ordinary mail is not stopped.
import type { Page } from "playwright-core";
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import { harnessMessages } from "../../dev/harness/harness-messages";
import { guardMessages } from "../../shared/messages/guard";
import { CANARY } from "./support/canary";
import { startE2eSession, type E2eSession } from "./support/e2e-session";
import { allItems } from "./support/mailbox-dumps";
import { blockedReason, expectSent, fillSignal, insertSignal, newSignalMessage, openHarness, PEOPLE, pressSend } from "./support/outlook-harness";

jest.setTimeout(180_000);

const SCHOOL = DEMO.school.regenboogMailbox;
const nl = guardMessages.nl;

let session: E2eSession;

beforeAll(async () => {
  // A shorter wait for the guard's runtime, so the "runtime did not load" case below does not idle for long.
  session = await startE2eSession({ sendTimeouts: { loadTimeoutInMs: 10_000, completionTimeoutInMs: 30_000 } });
  await openHarness(session.page, { user: PEOPLE.caseworker });
});

afterAll(async () => {
  await session?.stop();
});

async function composeSignal(page: Page): Promise<void> {
  const pane = await newSignalMessage(page);
  await fillSignal(pane, { school: "De Regenboog", childName: CANARY.childName, birthDate: CANARY.birthDate });
  await insertSignal(pane);
}

async function discard(page: Page): Promise<void> {
  await page.getByRole("toolbar").getByRole("button", { name: "Negeren" }).click();
}

const tampering: Array<[string, (page: Page) => Promise<void>, string]> = [
  [
    "text added to the body",
    async (page) => {
      await page.getByRole("textbox", { name: "Berichttekst" }).click();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(" Zie ook het verslag.");
    },
    nl.notTemplate,
  ],
  ["a CC recipient added", (page) => page.getByLabel("CC", { exact: true }).fill(DEMO.school.teacher.upn), nl.ccOrBcc],
  [
    "a file attached",
    (page) => page.locator("input[type=file][data-command=attach]").setInputFiles({ name: "verslag.txt", mimeType: "text/plain", buffer: Buffer.from("verslag") }),
    nl.attachments,
  ],
  [
    "From changed to the caseworker's own mailbox",
    async (page) => {
      await page.getByLabel("Van", { exact: true }).selectOption(DEMO.veiligThuis.caseworker.upn);
    },
    nl.wrongFrom(DEMO.veiligThuis.hwcMailbox),
  ],
];

test.each(tampering)("a signal with %s is blocked, the dialog says what to fix, and the school receives nothing", async (_case, tamper, expected) => {
  const { page, stack } = session;
  const before = allItems(await stack.standIn.control.dump(SCHOOL)).length;
  await composeSignal(page);
  await tamper(page);
  await pressSend(page);
  const reason = await blockedReason(page);
  expect(reason).toContain(nl.blocked);
  expect(reason).toContain(expected);
  expect(reason).not.toContain(CANARY.childName);
  await discard(page);
  expect(allItems(await stack.standIn.control.dump(SCHOOL))).toHaveLength(before);
});

test("the untouched signal is let through after the blocked attempts, and arrives once", async () => {
  const { page, stack } = session;
  const before = allItems(await stack.standIn.control.dump(SCHOOL)).length;
  await composeSignal(page);
  await pressSend(page);
  await expectSent(page);
  expect(allItems(await stack.standIn.control.dump(SCHOOL))).toHaveLength(before + 1);
});

test("ordinary mail from the caseworker to a colleague is not stopped by the guard", async () => {
  const { page, stack } = session;
  await page.getByRole("button", { name: "Nieuw bericht", exact: true }).click();
  await page.getByLabel("Aan", { exact: true }).fill(DEMO.school.teacher.upn);
  await page.getByLabel("Onderwerp", { exact: true }).fill("Overleg volgende week");
  await pressSend(page);
  await expectSent(page);
  const inbox = (await stack.standIn.control.dump(DEMO.school.teacher.upn)).folders.find((folder) => folder.name === "inbox");
  expect(inbox?.items.map((item) => item.subject)).toContain("Overleg volgende week");
});

test("when the guard's runtime cannot load, the signal is not sent (SendMode Block) and the dialog says so", async () => {
  const { page, stack } = session;
  const before = allItems(await stack.standIn.control.dump(SCHOOL)).length;
  await composeSignal(page);
  await page.route("**/commands.html", (route) => route.fulfill({ status: 503, body: "unavailable" }));
  try {
    await pressSend(page);
    expect(await blockedReason(page)).toBe(harnessMessages.nl.guardNotLoaded);
  } finally {
    await page.unroute("**/commands.html");
  }
  await discard(page);
  expect(allItems(await stack.standIn.control.dump(SCHOOL))).toHaveLength(before);
});
