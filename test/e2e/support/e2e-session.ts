// One browser end-to-end session: the local stack in this process (stand-in, cleanup service, harness) on free
// ports with every log line kept in memory, and one headless Chromium with a new, empty profile. The add-in
// build names https://localhost:3000 and :7071; the browser context routes those origins to the real ports,
// so the page keeps the origin the add-in and the service's CORS expect.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { demoSeed } from "../../../dev/graph-emulator/demo-seed";
import { seedSchema } from "../../../dev/graph-emulator/seed";
import { startLocalStack, type LocalStack } from "../../../dev/harness/local-stack/local-stack";
import { HARNESS_BUILD_ORIGINS, HARNESS_PRODUCTION_BUILD_DIR } from "../../../dev/harness/local-stack/addin-build";
import { BROWSER_FLAGS, findChromium, routeBuildOrigins } from "../../../dev/testing/headless-chromium";
import { assertE2eBuildFresh } from "./e2e-build";

export interface E2eSession {
  stack: LocalStack;
  context: BrowserContext;
  page: Page;
  /** Every log line the in-process servers wrote, in order. */
  logLines: string[];
  /** Errors thrown in any page or frame, e.g. an add-in bundle that failed to start. */
  pageErrors: string[];
  stop(): Promise<void>;
}

export interface E2eSessionOptions {
  viewport?: { width: number; height: number };
  /** How long the harness waits for the send guard's runtime to load and to complete (default 20 s / 30 s). */
  sendTimeouts?: { loadTimeoutInMs: number; completionTimeoutInMs: number };
}

export async function startE2eSession(options: E2eSessionOptions = {}): Promise<E2eSession> {
  assertE2eBuildFresh();
  const executablePath = findChromium();
  const logLines: string[] = [];
  const pageErrors: string[] = [];
  const stack = await startLocalStack({
    ports: { standIn: 0, cleanup: 0, addin: 0 },
    seed: seedSchema.parse(demoSeed),
    distDir: HARNESS_PRODUCTION_BUILD_DIR,
    addinOrigin: HARNESS_BUILD_ORIGINS.addin,
    logDestination: { write: (line: string) => void logLines.push(line) },
    harnessLogLevel: "debug",
    cleanupEnv: { ...process.env, HWC_LOG_LEVEL: "debug" },
    harness: { refreshIntervalInMs: 500, sendTimeouts: options.sendTimeouts ?? { loadTimeoutInMs: 20_000, completionTimeoutInMs: 30_000 } },
  });
  const profile = mkdtempSync(join(tmpdir(), "hwc-e2e-profile-"));
  let closing = false;
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: BROWSER_FLAGS,
      // Tests only: the page's certificate is the local CA's, which this fresh profile does not trust.
      ignoreHTTPSErrors: true,
      // Tests only: lets axe-core be injected into the add-in pages despite their Content-Security-Policy.
      bypassCSP: true,
      viewport: options.viewport ?? { width: 1400, height: 900 },
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
      serviceWorkers: "block",
    });
    await routeBuildOrigins(context, stack, (path, error) => {
      // The page polls its folder; a poll still in flight when the session closes is not a failure.
      if (!closing) pageErrors.push(`routing ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    // Generous waits: the machine is shared and two cores may be busy with other suites; a wait only lasts
    // until its condition holds.
    context.setDefaultTimeout(60_000);
    context.on("weberror", (error) => pageErrors.push(error.error().message));
    const page = context.pages()[0] ?? (await context.newPage());
    const opened = context;
    return {
      stack,
      context: opened,
      page,
      logLines,
      pageErrors,
      async stop() {
        closing = true;
        await opened.unrouteAll({ behavior: "ignoreErrors" }).catch(() => undefined);
        await opened.close().catch(() => undefined);
        await stack.stop();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await stack.stop();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
