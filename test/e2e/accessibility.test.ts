// Accessibility of the two panes people use: axe-core finds no violations in the compose pane and the read pane,
// in the light and the dark Outlook theme, and a caseworker can write and insert a signal with the keyboard
// alone. Each pane is photographed in both themes into test/e2e/artifacts/.
import type { Frame, FrameLocator, Locator, Page } from "playwright-core";
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import { artifactPath } from "./support/artifacts";
import { axeViolations } from "./support/axe";
import { CANARY } from "./support/canary";
import { startE2eSession, type E2eSession } from "./support/e2e-session";
import { expectSent, fillSignal, newSignalMessage, openFolder, openHarness, openReadPane, PEOPLE } from "./support/outlook-harness";

jest.setTimeout(180_000);

const SCHOOL = DEMO.school.regenboogMailbox;

let session: E2eSession;
let page: Page;

beforeAll(async () => {
  session = await startE2eSession();
  page = session.page;
});

afterAll(async () => {
  await session?.stop();
});

async function frameOf(role: "taskpane" | "readpane"): Promise<Frame> {
  const frame = await (await page.locator(`iframe[data-role=${role}]`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`The ${role} frame is not in the harness page.`);
  return frame;
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement);
}

/** Presses Tab until the element has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(locator: Locator, limit = 12): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press("Tab");
  }
  if (!(await isFocused(locator))) throw new Error(`Tab never reached ${locator.toString()} within ${limit} presses.`);
}

test("a caseworker writes, inserts and sends a signal with the keyboard only", async () => {
  await openHarness(page, { user: PEOPLE.caseworker });
  await page.getByRole("button", { name: "Nieuw bericht", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Van", { exact: true }).focus();
  await page.keyboard.press("End"); // the last From choice: the Veilig Thuis HwC mailbox
  expect(await page.getByLabel("Van", { exact: true }).inputValue()).toBe(DEMO.veiligThuis.hwcMailbox);
  await page.getByRole("toolbar").getByRole("button", { name: "Signaal opstellen" }).focus();
  await page.keyboard.press("Enter");
  const pane: FrameLocator = page.frameLocator("iframe[data-role=taskpane]");
  const school = pane.getByRole("combobox", { name: /^School/ });
  await school.waitFor();
  await school.focus();

  await page.keyboard.type("Regen");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await tabTo(pane.getByRole("textbox", { name: /^Naam van het kind/ }));
  await page.keyboard.type(CANARY.childName);
  await tabTo(pane.getByRole("textbox", { name: /^Geboortedatum \(DD-MM-JJJJ\)/ }));
  await page.keyboard.type(CANARY.birthDate);
  await tabTo(pane.getByRole("checkbox", { name: /gezin is geïnformeerd/ }));
  await page.keyboard.press("Space");
  await tabTo(pane.getByRole("button", { name: "Signaal invoegen" }));
  await page.keyboard.press("Enter");
  await pane.getByText("Het signaal staat in het bericht").waitFor();

  expect(await page.getByLabel("Aan", { exact: true }).inputValue()).toBe(SCHOOL);
  expect(await page.getByLabel("Onderwerp", { exact: true }).inputValue()).toBe("Handle with Care");
  await page.getByRole("toolbar").getByRole("button", { name: "Verzenden" }).focus();
  await page.keyboard.press("Enter");
  await expectSent(page);
});

describe.each(["light", "dark"] as const)("in the %s theme", (theme) => {
  test("axe-core finds no violations in the compose pane", async () => {
    await openHarness(page, { user: PEOPLE.caseworker, theme });
    const pane = await newSignalMessage(page);
    await fillSignal(pane, { school: "De Regenboog", childName: CANARY.childName, birthDate: CANARY.birthDate });
    await page.screenshot({ path: artifactPath(`harness-compose-${theme}.png`) });
    await page.locator("aside.hwc-pane").screenshot({ path: artifactPath(`compose-pane-${theme}.png`) });
    expect(await axeViolations(await frameOf("taskpane"))).toEqual([]);
    await page.getByRole("toolbar").getByRole("button", { name: "Negeren" }).click();
  });

  test("axe-core finds no violations in the read pane", async () => {
    await openHarness(page, { user: PEOPLE.regenboogFunctionary, theme });
    await openFolder(page, SCHOOL, "inbox");
    await openReadPane(page, "Handle with Care");
    await page.screenshot({ path: artifactPath(`harness-read-${theme}.png`) });
    await page.locator("aside.hwc-pane").screenshot({ path: artifactPath(`read-pane-${theme}.png`) });
    expect(await axeViolations(await frameOf("readpane"))).toEqual([]);
  });
});
