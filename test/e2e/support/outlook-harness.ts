// What a person does in the Outlook harness, as steps the tests share: sign in as someone, write a signal in
// the compose pane, send, open a message and use the read-mode button. Locators use roles and visible Dutch
// labels, as a person (or a screen reader) finds them.
import type { FrameLocator, Locator, Page } from "playwright-core";
import { DEMO } from "../../../dev/graph-emulator/demo-seed";
import { HARNESS_BUILD_ORIGINS } from "../../../dev/harness/local-stack/addin-build";

export const PEOPLE = {
  caseworker: DEMO.veiligThuis.caseworker.id,
  regenboogFunctionary: DEMO.school.regenboogFunctionary.id,
  kompasFunctionary: DEMO.school.kompasFunctionary.id,
} as const;

export interface HarnessView {
  user: string;
  lang?: "nl" | "en";
  theme?: "light" | "dark";
  /** The Outlook client the harness plays (dev/harness/client-profiles.ts); default Outlook on the web. */
  client?: string;
  /** Another Mailbox requirement set to report, e.g. "1.9". */
  mailbox?: string;
  /** "text" for plain-text drafts. */
  body?: "html" | "text";
}

export async function openHarness(page: Page, view: HarnessView): Promise<void> {
  const query = new URLSearchParams({ user: view.user, lang: view.lang ?? "nl", theme: view.theme ?? "light" });
  if (view.client) query.set("client", view.client);
  if (view.mailbox) query.set("mailbox", view.mailbox);
  if (view.body) query.set("body", view.body);
  await page.goto(`${HARNESS_BUILD_ORIGINS.addin}/harness/?${query.toString()}`);
  await page.locator("nav.hwc-nav section").first().waitFor();
}

/** A new message from the Veilig Thuis HwC mailbox with the add-in's compose pane open beside it. */
export async function newSignalMessage(page: Page): Promise<FrameLocator> {
  await page.getByRole("button", { name: "Nieuw bericht", exact: true }).click();
  await page.getByLabel("Van", { exact: true }).selectOption(DEMO.veiligThuis.hwcMailbox);
  await page.getByRole("toolbar").getByRole("button", { name: "Signaal opstellen" }).click();
  const pane = page.frameLocator("iframe[data-role=taskpane]");
  await pane.getByRole("heading", { name: "Handle with Care-signaal" }).waitFor();
  return pane;
}

export interface SignalInput {
  school: string;
  childName: string;
  birthDate: string;
  familyInformed?: boolean;
}

export const schoolField = (pane: FrameLocator): Locator => pane.getByRole("combobox", { name: /^School/ });
export const nameField = (pane: FrameLocator): Locator => pane.getByRole("textbox", { name: /^Naam van het kind/ });
export const birthDateField = (pane: FrameLocator): Locator => pane.getByRole("textbox", { name: /^Geboortedatum \(DD-MM-JJJJ\)/ });

export async function chooseSchool(pane: FrameLocator, school: string): Promise<void> {
  await schoolField(pane).click();
  await schoolField(pane).pressSequentially(school.slice(0, 5));
  await pane.getByRole("option", { name: new RegExp(`^${school}`) }).click();
}

export async function fillSignal(pane: FrameLocator, input: SignalInput): Promise<void> {
  await chooseSchool(pane, input.school);
  await nameField(pane).fill(input.childName);
  await birthDateField(pane).fill(input.birthDate);
  if (input.familyInformed ?? true) await pane.getByRole("checkbox", { name: /gezin is geïnformeerd/ }).check();
}

export async function insertSignal(pane: FrameLocator): Promise<void> {
  await pane.getByRole("button", { name: "Signaal invoegen" }).click();
  await pane.getByText("Het signaal staat in het bericht").waitFor();
}

export async function pressSend(page: Page): Promise<void> {
  await page.getByRole("toolbar").getByRole("button", { name: "Verzenden" }).click();
}

/** Waits for the harness's "sent" status line. */
export async function expectSent(page: Page): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Bericht verzonden vanuit" }).waitFor();
}

/** The Smart Alerts dialog shown when the send guard blocks; returns its message and closes it. */
export async function blockedReason(page: Page): Promise<string> {
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  const text = (await dialog.locator(".hwc-alert-message").textContent()) ?? "";
  await dialog.getByRole("button", { name: "OK" }).click();
  return text;
}

export async function openFolder(page: Page, mailbox: string, folder: string): Promise<void> {
  await page.locator(`section[data-mailbox="${mailbox}"] button[data-folder="${folder}"]`).click();
}

/** Opens the first message with this subject in the open folder and presses the add-in's read-mode button. */
export async function openReadPane(page: Page, subject: string): Promise<FrameLocator> {
  await page.locator(".hwc-message", { hasText: subject }).first().click();
  await page.getByRole("toolbar").getByRole("button", { name: "Bevestigen en verwijderen" }).click();
  const pane = page.frameLocator("iframe[data-role=readpane]");
  await pane.getByRole("heading", { name: "Handle with Care-signaal" }).waitFor();
  return pane;
}
