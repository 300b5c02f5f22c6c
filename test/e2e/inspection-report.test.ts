// The inspection report a parent receives (covenant art. 3.1), in the browser: the cleanup service's printable page
// for De Regenboog (whose admin confirmed the postvak keeps nothing in the hidden recovery folder) and Het Kompas
// (not confirmed), opened in Chromium set to English. The page reads in Dutch: Outlook's folder names, the time
// in Amsterdam as in a letter, "postvak" throughout, a plain statement about the recovery folder, no commands.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { BROWSER_FLAGS, findChromium } from "../../dev/testing/headless-chromium";
import { REPO_ROOT } from "../../dev/harness/local-stack/addin-build";
import { verifyReportDocument } from "../../cleanup-service/report/signed-report";
import { CANARY, KOMPAS, REGENBOOG, signal } from "../../cleanup-service/testing/signal-scenarios";
import { startServiceUnderTest, type ServiceUnderTest } from "../../cleanup-service/testing/service-under-test";
import { artifactPath } from "./support/artifacts";

jest.setTimeout(120_000);

const DUTCH_MOMENT = /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d{2}:\d{2}/;

let standIn: StandIn;
let service: ServiceUnderTest;
let browser: Browser;
let configDir: string;

beforeAll(async () => {
  // The demo mailboxes file, with the admin's confirmation for De Regenboog only.
  configDir = mkdtempSync(join(tmpdir(), "hwc-report-e2e-"));
  const mailboxes = JSON.parse(readFileSync(join(REPO_ROOT, "config", "mailboxes.local.json"), "utf8")) as { mailboxes: { address: string; purgeSettingsVerifiedOn?: string }[] };
  for (const mailbox of mailboxes.mailboxes) if (mailbox.address === REGENBOOG) mailbox.purgeSettingsVerifiedOn = "2026-11-20";
  const mailboxesFile = join(configDir, "hwc-mailboxes.json");
  writeFileSync(mailboxesFile, JSON.stringify(mailboxes));
  standIn = await startStandIn({ port: 0 });
  service = await startServiceUnderTest(standIn.url, { HWC_MAILBOXES_FILE: mailboxesFile });
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: BROWSER_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await standIn?.stop();
  rmSync(configDir, { recursive: true, force: true });
});

async function openReport(mailbox: string): Promise<{ page: Page; html: string }> {
  const token = await standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId, roles: ["HandleWithCare.Admin"], audience: DEMO.apps.cleanupApi.clientId });
  // An English browser: the report must not follow it.
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    locale: "en-US",
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
    viewport: { width: 900, height: 1200 },
  });
  const page = await context.newPage();
  const response = await page.goto(`${service.server.url}/api/mailboxes/${encodeURIComponent(mailbox)}/inspection-report?format=html`);
  expect(response?.status()).toBe(200);
  return { page, html: (await response?.text()) ?? "" };
}

test("De Regenboog's report, one signal still waiting, reads in plain Dutch and says nothing lingers in the hidden recovery folder", async () => {
  await standIn.control.reset({ ...demoSeed, messages: [...(demoSeed.messages ?? []), signal({ conversationId: "AAQkAGReport=", internetMessageId: "<report@veiligthuisgv.example>" })] });
  const { page, html } = await openReport(REGENBOOG);
  await page.screenshot({ path: artifactPath("inspection-report-regenboog.png"), fullPage: true });

  expect(await page.locator("html").getAttribute("lang")).toBe("nl");
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Inspectierapport Handle with Care-postvak");
  const body = await page.locator("body").innerText();
  expect(body).toMatch(new RegExp(`Opgesteld op\\s+${DUTCH_MOMENT.source}`));
  expect(body).toContain("Er staat 1 Handle with Care-bericht in dit postvak. Het wordt verwijderd zodra het is afgehandeld.");
  const folders = await page.locator("tbody tr td:first-child").allInnerTexts();
  expect(folders).toEqual(expect.arrayContaining(["Postvak IN", "Concepten", "Verzonden items", "Verwijderde items", "Ongewenste e-mail", "Herstelbare items"]));
  expect(folders[0]).toBe("Postvak IN");
  expect(folders.at(-1)).toBe("Herstelbare items");
  expect(body).toContain("Dit postvak is zo ingesteld dat er niets in de verborgen herstelmap blijft staan");
  expect(body).toContain("gecontroleerd op 20 november 2026");
  // One word for it, no commands, no Graph names, nothing about the child.
  const beforeAppendix = body.slice(0, body.indexOf("Technische bijlage"));
  expect(beforeAppendix).not.toMatch(/mailbox|npm|verify-report|Graph|inbox|sentitems|JWS|ES256/i);
  expect(body).not.toContain(CANARY.childName);
  expect(body).not.toContain(CANARY.birthDateDutch);
  // The page as the browser received it still verifies against the published key.
  const jwks = (await service.call("/api/report-signing-key")).text;
  expect(await verifyReportDocument(html, jwks)).toMatchObject({ valid: true, report: { purgeSettingsVerifiedOn: "2026-11-20" } });
  await page.context().close();
});

test("Het Kompas's report, clean, says plainly that the admin has not confirmed the recovery folder and what to do", async () => {
  await standIn.control.reset(demoSeed);
  const { page } = await openReport(KOMPAS);
  await page.screenshot({ path: artifactPath("inspection-report-kompas.png"), fullPage: true });
  const body = await page.locator("body").innerText();
  expect(body).toContain("Er staan geen Handle with Care-berichten in dit postvak.");
  expect(body).toContain("De ICT-beheerder van de school heeft niet bevestigd dat dit postvak zo is ingesteld.");
  expect(body).toContain("Vraag de school om dit te laten nagaan.");
  await page.context().close();
});
