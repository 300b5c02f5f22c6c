// Finds the Chromium the browser tests drive (Debian's package by default). Without one the tests fail with
// the install command: they never pass by skipping the browser.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

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
