// Bad input in the compose pane: each invalid name and birth date from the table is refused with the
// domain's message for it, attached to the field, and "Signaal invoegen" then puts nothing in the message.
import type { FrameLocator, Locator, Page } from "playwright-core";
import { domainMessages } from "../../shared/messages/domain";
import { CANARY } from "./support/canary";
import { startE2eSession, type E2eSession } from "./support/e2e-session";
import { birthDateField, fillSignal, nameField, newSignalMessage, openHarness, PEOPLE } from "./support/outlook-harness";

jest.setTimeout(180_000);

type Code = keyof (typeof domainMessages)["nl"];

const badNames: Array<[string, Code, string]> = [
  ["(empty)", "name-required", ""],
  ["J", "name-too-short", "J"],
  ["Fleur2", "name-digit", "Fleur2"],
  ["www.kanarie.nl", "name-link", "www.kanarie.nl"],
  ["fleur@kanarie.nl", "name-link", "fleur@kanarie.nl"],
  ["Fleur <b>", "name-invalid-character", "Fleur <b>"],
  ["of 101 letters", "name-too-long", "A".repeat(101)],
  ["-Fleur", "name-not-a-name", "-Fleur"],
  ["a name with a zero-width space", "name-hidden-character", "Fleur\u200BKanarievogel"],
];

const badDates: Array<[string, Code, string]> = [
  ["(empty)", "date-required", ""],
  ["maart 2016", "date-format", "maart 2016"],
  ["14/03/16", "date-format", "14/03/16"],
  ["31-02-2016", "date-not-real", "31-02-2016"],
  ["01-01-2099", "date-in-future", "01-01-2099"],
  ["01-01-1990", "not-a-minor", "01-01-1990"],
];

let session: E2eSession;
let page: Page;
let pane: FrameLocator;

beforeAll(async () => {
  session = await startE2eSession();
  page = session.page;
  await openHarness(page, { user: PEOPLE.caseworker });
  pane = await newSignalMessage(page);
  await fillSignal(pane, { school: "De Regenboog", childName: CANARY.childName, birthDate: CANARY.birthDate });
});

afterAll(async () => {
  await session?.stop();
});

/** The text of the elements the field points at with aria-describedby: what a screen reader reads with it. */
function description(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

async function enter(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.blur();
}

async function expectRefused(field: Locator, code: Code): Promise<void> {
  const message = domainMessages.nl[code] as string;
  await pane.getByText(message, { exact: true }).waitFor();
  expect(await description(field)).toContain(message);
  await pane.getByRole("button", { name: "Signaal invoegen" }).click();
  expect(await page.getByLabel("Aan", { exact: true }).inputValue()).toBe("");
  expect(await page.getByLabel("Onderwerp", { exact: true }).inputValue()).toBe("");
}

test.each(badNames)("the name %s is refused with the message for %s", async (_label, code, value) => {
  await enter(birthDateField(pane), CANARY.birthDate);
  await enter(nameField(pane), value);
  await expectRefused(nameField(pane), code);
});

test.each(badDates)("the birth date %s is refused with the message for %s", async (_label, code, value) => {
  await enter(nameField(pane), CANARY.childName);
  await enter(birthDateField(pane), value);
  await expectRefused(birthDateField(pane), code);
});

test("after correcting both fields the same pane inserts the signal", async () => {
  await enter(nameField(pane), CANARY.childName);
  await enter(birthDateField(pane), CANARY.birthDate);
  await pane.getByRole("button", { name: "Signaal invoegen" }).click();
  await pane.getByText("Het signaal staat in het bericht").waitFor();
  expect(await page.getByLabel("Onderwerp", { exact: true }).inputValue()).toBe("Handle with Care");
});
