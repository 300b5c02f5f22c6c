// The add-in build the browser tests run against: a production build (what ships), pointed at the harness's
// Office.js stand-in, kept apart from dist/ so a concurrent `npm run build` cannot pull it away mid-test.
// `npm test` refreshes it before jest (test/e2e/prepare.ts); the tests only check it is there and current.
import { join } from "node:path";
import { buildState, harnessBuildSettings, REPO_ROOT } from "../../../dev/harness/local-stack/addin-build";

export const E2E_BUILD_DIR = process.env.HWC_E2E_BUILD_DIR || join(REPO_ROOT, "node_modules", ".cache", "hwc-e2e-addin");

/** The URLs baked into the build; the tests route them to the servers' real (random) ports. */
export const E2E_ADDIN_ORIGIN = "https://localhost:3000";
export const E2E_API_ORIGIN = "https://localhost:7071";
export const E2E_BUILD_SETTINGS = harnessBuildSettings({ addinPort: 3000, apiPort: 7071, mode: "production" });

/**
 * HWC_E2E_ACCEPT_OLDER_BUILD=1 accepts a harness build whose sources have changed since (never one with other
 * settings or none at all): for iterating on the tests while others edit the add-in. `npm test` never sets it.
 */
export function assertE2eBuildFresh(): void {
  const state = buildState(E2E_BUILD_DIR, E2E_BUILD_SETTINGS);
  const olderAccepted = process.env.HWC_E2E_ACCEPT_OLDER_BUILD === "1" && !state.fresh && state.reason.endsWith("changed since it was built");
  if (!state.fresh && !olderAccepted) {
    throw new Error(`The add-in build for the browser tests cannot be used (${state.reason}): run npm test, which builds it first, or npx tsx test/e2e/prepare.ts.`);
  }
}
