// Benchmark 3: the add-in's weight and the compose pane's start-up, in headless Chromium on the Outlook
// harness (the local stack: stand-in, cleanup service, harness serving a production build).
// Weight: every JavaScript response each add-in page's frame receives while a person uses it — the compose
// pane while writing a signal, the send guard's runtime page while sending, the read pane while acknowledging
// (its sign-in code is loaded on that click) — gzipped at level 9. Office.js is not counted: in Outlook it is
// Microsoft's hosted library, the same for every add-in (here the harness's stand-in takes its place).
// Start-up: a fresh browser context per run (a cold cache, as the first open of a day), median of the runs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "playwright-core";
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import { seedSchema } from "../../dev/graph-emulator/seed";
import { HARNESS_BUILD_ORIGINS } from "../../dev/harness/local-stack/addin-build";
import { startLocalStack, type LocalStack } from "../../dev/harness/local-stack/local-stack";
import { BROWSER_FLAGS, findChromium, routeBuildOrigins } from "../../dev/testing/headless-chromium";
import { discardLogLines } from "../cleanup-config";
import { median } from "../percentile";
import { confirmInReadPane, openComposePane, openHarness, writeAndSendSignal } from "./harness-steps";
import { paneReadyProbe } from "./pane-ready-probe";

/** Page (its HTML file) → the name it has in the results; the send guard is launchevent.js on its own. */
const PAGES: Record<string, string> = { "/taskpane.html": "taskpane", "/readpane.html": "readpane", "/commands.html": "commands" };
const SEND_GUARD_FILE = "/launchevent.js";

export interface AddinFigures {
  bundles: Record<string, number>;
  bundleFiles: Record<string, string[]>;
  taskpaneReadyMs: number;
  taskpaneReadyRunsMs: number[];
  taskpaneReadyWarmMs: number;
}

async function newContext(browser: Browser, stack: LocalStack): Promise<BrowserContext> {
  const context = await browser.newContext({
    // The stack's certificate comes from the local CA, which a fresh browser profile does not trust.
    ignoreHTTPSErrors: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    serviceWorkers: "block",
    viewport: { width: 1400, height: 900 },
  });
  await routeBuildOrigins(context, stack);
  await context.addInitScript({ content: paneReadyProbe("taskpane.html") });
  return context;
}

/** Collects the JavaScript each add-in page loads: file path → gzip bytes, per page. */
class ScriptRecorder {
  readonly perPage = new Map<string, Map<string, number>>();
  private readonly pending: Promise<void>[] = [];

  watch(context: BrowserContext): void {
    context.on("response", (response) => void this.pending.push(this.record(response)));
  }

  private async record(response: Response): Promise<void> {
    const url = new URL(response.url());
    const isScript = response.request().resourceType() === "script" || url.pathname.endsWith(".js");
    if (!isScript || url.pathname.startsWith("/harness/") || response.status() !== 200) return;
    const page = PAGES[new URL(response.frame().url()).pathname];
    if (!page) return;
    const gzip = gzipSync(await response.body(), { level: 9 }).length;
    this.add(page, url.pathname, gzip);
    if (url.pathname === SEND_GUARD_FILE) this.add("launchevent", url.pathname, gzip);
  }

  private add(page: string, file: string, gzip: number): void {
    const files = this.perPage.get(page) ?? new Map<string, number>();
    files.set(file, gzip);
    this.perPage.set(page, files);
  }

  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }
}

async function paneReadyMs(page: Page): Promise<number> {
  await openComposePane(page);
  const frame = await waitForFrame(page, "/taskpane.html");
  const handle = await frame.waitForFunction(() => (window as unknown as { __hwcPaneReadyMs?: number }).__hwcPaneReadyMs, undefined, { timeout: 30_000 });
  return Math.round(((await handle.jsonValue()) as number) * 10) / 10;
}

async function waitForFrame(page: Page, path: string) {
  for (let waited = 0; waited < 30_000; waited += 50) {
    const frame = page.frames().find((candidate) => candidate.url() !== "about:blank" && new URL(candidate.url()).pathname === path);
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no ${path} frame appeared within 30 s: check that the harness opens the pane`);
}

export async function measureAddin(distDir: string, options: { readyRuns: number }): Promise<AddinFigures> {
  const keyDir = mkdtempSync(join(tmpdir(), "hwc-bench-harness-"));
  const stack = await startLocalStack({
    ports: { standIn: 0, cleanup: 0, addin: 0 },
    seed: seedSchema.parse(demoSeed),
    distDir,
    addinOrigin: HARNESS_BUILD_ORIGINS.addin,
    logDestination: discardLogLines,
    cleanupEnv: { ...process.env, HWC_LOG_LEVEL: "warn", HWC_REPORT_SIGNING_KEY_FILE: join(keyDir, "report-signing-key.pem") },
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: BROWSER_FLAGS });
    const errors: string[] = [];

    // One person's whole flow, recording every script each add-in page loads.
    const recorder = new ScriptRecorder();
    const flow = await newContext(browser, stack);
    recorder.watch(flow);
    flow.on("weberror", (error) => errors.push(error.error().message));
    const page = await flow.newPage();
    await openHarness(page, DEMO.veiligThuis.caseworker.id);
    const pane = await openComposePane(page);
    await writeAndSendSignal(page, pane);
    await openHarness(page, DEMO.school.regenboogFunctionary.id);
    await confirmInReadPane(page);
    await recorder.settled();
    await flow.close();
    if (errors.length > 0) throw new Error(`the add-in pages threw during the benchmark flow: ${errors.join("; ")}`);

    // Cold start-up: a new context (empty cache) for each run; then one warm open in the last context.
    const runs: number[] = [];
    let warm = 0;
    for (let run = 0; run < options.readyRuns; run++) {
      const context = await newContext(browser, stack);
      const runPage = await context.newPage();
      await openHarness(runPage, DEMO.veiligThuis.caseworker.id);
      runs.push(await paneReadyMs(runPage));
      if (run === options.readyRuns - 1) {
        await openHarness(runPage, DEMO.veiligThuis.caseworker.id);
        warm = await paneReadyMs(runPage);
      }
      await context.close();
    }

    const bundles: Record<string, number> = {};
    const bundleFiles: Record<string, string[]> = {};
    for (const name of ["taskpane", "readpane", "commands", "launchevent"]) {
      const files = recorder.perPage.get(name);
      if (!files) throw new Error(`no JavaScript was recorded for ${name}: the benchmark flow did not load that page; check bench/addin/harness-steps.ts`);
      bundles[name] = [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
      bundleFiles[name] = [...files.keys()].sort();
    }
    return { bundles, bundleFiles, taskpaneReadyMs: median(runs), taskpaneReadyRunsMs: runs, taskpaneReadyWarmMs: warm };
  } finally {
    await browser?.close();
    await stack.stop();
    rmSync(keyDir, { recursive: true, force: true });
  }
}
