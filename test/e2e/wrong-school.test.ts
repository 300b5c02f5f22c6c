// The wrong school, in the browser: the caseworker picks De Regenboog in the pane, inserts the signal, then
// types another participating school's HwC address in Aan. The real send guard blocks it (the pane's marker
// header names the school chosen), the dialog says what to do, and neither school receives anything. Doing
// what the dialog says (choose the other school in the pane, insert again) sends it to that school.
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import { guardMessages } from "../../shared/messages/guard";
import { artifactPath } from "./support/artifacts";
import { CANARY } from "./support/canary";
import { startE2eSession, type E2eSession } from "./support/e2e-session";
import { allItems } from "./support/mailbox-dumps";
import { chooseSchool, expectSent, fillSignal, insertSignal, newSignalMessage, openHarness, PEOPLE, pressSend } from "./support/outlook-harness";

jest.setTimeout(180_000);

const REGENBOOG = DEMO.school.regenboogMailbox;
const KOMPAS = DEMO.school.kompasMailbox;
const nl = guardMessages.nl;

let session: E2eSession;

beforeAll(async () => {
  session = await startE2eSession();
  await openHarness(session.page, { user: PEOPLE.caseworker });
});

afterAll(async () => {
  await session?.stop();
});

const itemCount = async (mailbox: string) => allItems(await session.stack.standIn.control.dump(mailbox)).length;

test("a signal for De Regenboog whose Aan was changed to Het Kompas is blocked with what to do, and neither school receives it", async () => {
  const { page } = session;
  const before = { regenboog: await itemCount(REGENBOOG), kompas: await itemCount(KOMPAS) };
  const pane = await newSignalMessage(page);
  await fillSignal(pane, { school: "De Regenboog", childName: CANARY.childName, birthDate: CANARY.birthDate });
  await insertSignal(pane);
  expect(await page.getByLabel("Aan", { exact: true }).inputValue()).toBe(REGENBOOG);

  await page.getByLabel("Aan", { exact: true }).fill(KOMPAS);
  await pressSend(page);
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  await page.screenshot({ path: artifactPath("wrong-school-blocked.png") });
  const reason = (await dialog.locator(".hwc-alert-message").textContent()) ?? "";
  expect(reason).toContain(nl.blocked);
  expect(reason).toContain(nl.notChosenSchool);
  expect(reason).toMatch(/kies de juiste school in Handle with Care/);
  expect(reason).not.toContain(CANARY.childName);
  await dialog.getByRole("button", { name: "OK" }).click();

  expect(await itemCount(REGENBOOG)).toBe(before.regenboog);
  expect(await itemCount(KOMPAS)).toBe(before.kompas);

  // What the dialog says to do: choose the school in the pane and insert again. The marker then names Het Kompas.
  await schoolFieldCleared(pane);
  await chooseSchool(pane, "Het Kompas");
  await pane.getByRole("button", { name: "Signaal invoegen" }).click();
  await pane.getByText("Het signaal staat in het bericht").waitFor();
  expect(await page.getByLabel("Aan", { exact: true }).inputValue()).toBe(KOMPAS);
  await pressSend(page);
  await expectSent(page);
  expect(await itemCount(KOMPAS)).toBe(before.kompas + 1);
  expect(await itemCount(REGENBOOG)).toBe(before.regenboog);
});

async function schoolFieldCleared(pane: Awaited<ReturnType<typeof newSignalMessage>>): Promise<void> {
  const field = pane.getByRole("combobox", { name: /^School/ });
  await field.fill("");
}
