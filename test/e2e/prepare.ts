// Runs before jest in `npm test`: the browser tests need Chromium and an up-to-date add-in build, and tests
// that read the shipped build (docs citing dist/manifest.xml) need dist/ to exist, as after `npm run build`.
// Fails (exit 1) with one line saying what to do; builds only what is missing or out of date.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildAddin, buildState, HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS, REPO_ROOT } from "../../dev/harness/local-stack/addin-build";
import { findChromium } from "../../dev/testing/headless-chromium";

/** `npm run build` when dist/ has no build at all (a fresh checkout); an existing dist/ is left as it is. */
function ensureDist(): void {
  if (existsSync(join(REPO_ROOT, "dist", "manifest.xml"))) return;
  process.stdout.write("npm test: dist/ has no build; running npm run build…\n");
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  const result = spawnSync(process.execPath, [cli, "--mode", "production"], { cwd: REPO_ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed (output above): fix the build, then run npm test again.");
}

async function main(): Promise<void> {
  const chromium = findChromium();
  process.stdout.write(`e2e: Chromium at ${chromium}\n`);
  ensureDist();
  const state = buildState(HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS);
  if (state.fresh) {
    process.stdout.write("e2e: the add-in build for the browser tests is up to date\n");
    return;
  }
  process.stdout.write(`e2e: building the add-in for the browser tests (${state.reason})…\n`);
  const started = Date.now();
  await buildAddin(HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS, "capture");
  process.stdout.write(`e2e: built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm test: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
