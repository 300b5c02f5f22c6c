// Headless Chromium for the browser tests and the benchmark: where to find it (Debian's package by default; without
// one the tests fail with the install command, they never pass by skipping the browser), how to start it on this
// closed network, and how a context reaches the local stack under the origins baked into the harness build.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { HARNESS_BUILD_ORIGINS } from "../harness/local-stack/addin-build";
import type { LocalStack } from "../harness/local-stack/local-stack";

/** Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses. */
export const BROWSER_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CHROMIUM_INSTALL_HINT =
  "install Chromium: apt-get install chromium (as root, or with sudo), or set HWC_CHROMIUM_PATH to a Chromium or Chrome binary";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Debian and Ubuntu put it; then whatever PATH offers. */
export const USUAL_CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, usual: readonly string[] = USUAL_CHROMIUM_PATHS): string[] {
  const fromPath = (env.PATH ?? "").split(delimiter).filter(Boolean).flatMap((dir) => ["chromium", "chromium-browser"].map((name) => join(dir, name)));
  return [env.HWC_CHROMIUM_PATH ?? "", ...usual, ...fromPath].filter((path) => path !== "");
}

export function findChromium(env: NodeJS.ProcessEnv = process.env, usual: readonly string[] = USUAL_CHROMIUM_PATHS): string {
  if (env.HWC_CHROMIUM_PATH && !executable(env.HWC_CHROMIUM_PATH)) {
    throw new Error(`HWC_CHROMIUM_PATH=${env.HWC_CHROMIUM_PATH} is not an executable file: ${CHROMIUM_INSTALL_HINT}.`);
  }
  const found = chromiumCandidates(env, usual).find(executable);
  if (!found) throw new Error(`No Chromium found for the browser tests: ${CHROMIUM_INSTALL_HINT}.`);
  return found;
}

/**
 * Routes the origins the harness build names (https://localhost:3000 and :7071) to the stack's real, random
 * ports, so the page keeps the origin the add-in and the service's CORS expect. `onFailure` hears a request
 * that could not be forwarded (it has been aborted).
 */
export async function routeBuildOrigins(context: BrowserContext, stack: LocalStack, onFailure?: (path: string, error: unknown) => void): Promise<void> {
  const targets = new Map<string, string>([
    [HARNESS_BUILD_ORIGINS.addin, stack.harness.url],
    [HARNESS_BUILD_ORIGINS.api, stack.cleanup.url],
  ]);
  await context.route(/^https:\/\/localhost:(3000|7071)\//, async (route) => {
    const url = new URL(route.request().url());
    const target = targets.get(url.origin);
    try {
      if (!target) throw new Error(`no server for ${url.origin}`);
      await route.fulfill({ response: await route.fetch({ url: `${target}${url.pathname}${url.search}` }) });
    } catch (error) {
      onFailure?.(url.pathname, error);
      await route.abort().catch(() => undefined);
    }
  });
}
