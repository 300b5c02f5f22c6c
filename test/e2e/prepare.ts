// Runs before jest in `npm test`: the browser tests need Chromium and an up-to-date add-in build.
// Fails (exit 1) with one line saying what to do; builds only when the sources changed.
import { buildAddin, buildState } from "../../dev/harness/local-stack/addin-build";
import { E2E_BUILD_DIR, E2E_BUILD_SETTINGS } from "./support/e2e-build";
import { findChromium } from "./support/chromium";

async function main(): Promise<void> {
  const chromium = findChromium();
  process.stdout.write(`e2e: Chromium at ${chromium}\n`);
  const state = buildState(E2E_BUILD_DIR, E2E_BUILD_SETTINGS);
  if (state.fresh) {
    process.stdout.write("e2e: the add-in build for the browser tests is up to date\n");
    return;
  }
  process.stdout.write(`e2e: building the add-in for the browser tests (${state.reason})…\n`);
  const started = Date.now();
  await buildAddin(E2E_BUILD_DIR, E2E_BUILD_SETTINGS, "capture");
  process.stdout.write(`e2e: built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm test: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
