// The add-in against each Outlook client the harness can play (dev/harness/client-profiles.ts): the real
// launchevent.js checks the body each client's body.getAsync(Html) returns (shared/signal/fixtures), lets every
// genuine one through and blocks the tricks; a plain-text draft gets a plain-text signal; an Outlook without
// Smart Alerts gets no compose form; a phone's read button says plainly what it cannot do.
import type { FrameLocator, Page } from "playwright-core";
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import { helpMessages } from "../../shared/messages/help";
import { guardMessages } from "../../shared/messages/guard";
import { readpaneMessages } from "../../shared/messages/readpane";
import { BODY_TRICKS } from "../../shared/signal/fixtures/body-tricks";
import { GENUINE_BODIES } from "../../shared/signal/fixtures/outlook-bodies";
import { matchSignalTemplate } from "../../shared/signal/match-signal-template";
import { amsterdamToday } from "../../shared/dates/amsterdam-time";
import { CANARY } from "./support/canary";
import { startE2eSession, type E2eSession } from "./support/e2e-session";
import { allItems } from "./support/mailbox-dumps";
import { blockedReason, expectSent, fillSignal, insertSignal, newSignalMessage, openFolder, openHarness, PEOPLE, pressSend, type HarnessView } from "./support/outlook-harness";

jest.setTimeout(180_000);

const SCHOOL = DEMO.school.regenboogMailbox;
let session: E2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.stop();
});

async function composeSignalAs(page: Page, view: Omit<HarnessView, "user">): Promise<FrameLocator> {
  await openHarness(page, { user: PEOPLE.caseworker, ...view });
  const pane = await newSignalMessage(page);
  await fillSignal(pane, { school: "De Regenboog", childName: CANARY.childName, birthDate: CANARY.birthDate });
  await insertSignal(pane);
  return pane;
}

async function newestSchoolItem() {
  const inbox = (await session.stack.standIn.control.dump(SCHOOL)).folders.find((folder) => folder.name === "inbox");
  const items = [...(inbox?.items ?? [])].sort((a, b) => String(b.receivedDateTime).localeCompare(String(a.receivedDateTime)));
  return items[0];
}

test.each(GENUINE_BODIES.map((body) => [body.id, body] as const))("a signal composed in the %s client passes the send guard and arrives as the template", async (client, body) => {
  const { page, stack } = session;
  const before = allItems(await stack.standIn.control.dump(SCHOOL)).length;
  await composeSignalAs(page, { client });
  await pressSend(page);
  await expectSent(page);
  expect(allItems(await stack.standIn.control.dump(SCHOOL))).toHaveLength(before + 1);
  const delivered = await newestSchoolItem();
  expect(delivered?.subject).toBe("Handle with Care");
  // What went out is that client's own HTML, as the guard saw it.
  expect(delivered?.body.content).toBe(body.render([CANARY.childName, CANARY.birthDate, "Handle with Care"]));
  const match = matchSignalTemplate("Handle with Care", delivered?.body ?? { contentType: "html", content: "" }, { today: amsterdamToday(Date.now()) });
  expect(match).toMatchObject({ ok: true, signal: { childName: CANARY.childName } });
});

test.each(BODY_TRICKS.filter((trick) => ["white-hex", "title-text", "idmap-data", "tiny-px"].includes(trick.id)).map((trick) => [trick.id, trick.html] as const))(
  "a classic Windows body with the trick %s is blocked by the send guard, and nothing arrives",
  async (_id, html) => {
    const { page, stack } = session;
    const before = allItems(await stack.standIn.control.dump(SCHOOL)).length;
    await composeSignalAs(page, { client: "classic-windows" });
    await page.evaluate((body) => (window as unknown as { hwcHarness: { setOutlookBody(html: string): void } }).hwcHarness.setOutlookBody(body), html);
    await pressSend(page);
    const reason = await blockedReason(page);
    expect(reason).toContain(guardMessages.nl.blocked);
    expect(reason).toContain(guardMessages.nl.foreignContent);
    await page.getByRole("toolbar").getByRole("button", { name: "Negeren" }).click();
    expect(allItems(await stack.standIn.control.dump(SCHOOL))).toHaveLength(before);
  },
);

test("a plain-text draft gets the signal as plain text, and it passes and arrives as text", async () => {
  const { page } = session;
  await composeSignalAs(page, { client: "web", body: "text" });
  await pressSend(page);
  await expectSent(page);
  const delivered = await newestSchoolItem();
  expect(delivered?.body.contentType).toBe("text");
  expect(matchSignalTemplate("Handle with Care", delivered?.body ?? { contentType: "text", content: "" }, { today: amsterdamToday(Date.now()) }).ok).toBe(true);
});

test("in Outlook without Smart Alerts (LTSC 2021, Mailbox 1.9) the compose pane offers nothing to insert and says what to use", async () => {
  const { page } = session;
  await openHarness(page, { user: PEOPLE.caseworker, client: "ltsc-2021" });
  await page.getByRole("button", { name: "Nieuw bericht", exact: true }).click();
  await page.getByRole("toolbar").getByRole("button", { name: "Signaal opstellen" }).click();
  const pane = page.frameLocator("iframe[data-role=taskpane]");
  await pane.getByRole("heading", { name: helpMessages.nl.unsupportedTitle }).waitFor();
  expect(await pane.getByText(helpMessages.nl.unsupportedText).count()).toBe(1);
  expect(await pane.getByRole("button", { name: "Signaal invoegen" }).count()).toBe(0);
});

test("on a phone the read button opens a pane that says plainly it cannot act in the shared HwC mailbox, with no name and no button", async () => {
  const { page } = session;
  await openHarness(page, { user: PEOPLE.regenboogFunctionary, client: "ios" });
  await openFolder(page, SCHOOL, "inbox");
  await page.locator(".hwc-message", { hasText: "Handle with Care" }).first().click();
  await page.getByRole("toolbar").getByRole("button", { name: "Bevestigen", exact: true }).click();
  const pane = page.frameLocator("iframe[data-role=readpane]");
  await pane.getByText(readpaneMessages.nl.phoneSharedMailbox).waitFor();
  expect(await pane.getByText(CANARY.childName).count()).toBe(0);
  expect(await pane.getByRole("button").count()).toBe(0);
});

test("on the web the read pane recognises a delivered signal as authentic and shows its name for the functionary", async () => {
  const { page } = session;
  await openHarness(page, { user: PEOPLE.regenboogFunctionary, client: "web" });
  await openFolder(page, SCHOOL, "inbox");
  await page.locator(".hwc-message", { hasText: "Handle with Care" }).first().click();
  await page.getByRole("toolbar").getByRole("button", { name: "Bevestigen en verwijderen" }).click();
  const pane = page.frameLocator("iframe[data-role=readpane]");
  await pane.getByText(CANARY.childName).waitFor();
  expect(await pane.getByRole("checkbox", { name: "Ik heb de leerkracht/mentor mondeling geïnformeerd" }).count()).toBe(1);
});
