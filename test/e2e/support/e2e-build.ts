// The add-in build the browser tests run against: the harness's production build (dev/harness/local-stack/addin-build.ts).
// `npm test` refreshes it before jest (test/e2e/prepare.ts); the tests only check it is there and current.
import { buildState, HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS } from "../../../dev/harness/local-stack/addin-build";

/**
 * HWC_E2E_ACCEPT_OLDER_BUILD=1 accepts a harness build whose sources have changed since (never one with other
 * settings or none at all): for iterating on the tests while others edit the add-in. `npm test` never sets it.
 */
export function assertE2eBuildFresh(): void {
  const state = buildState(HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS);
  const olderAccepted = process.env.HWC_E2E_ACCEPT_OLDER_BUILD === "1" && !state.fresh && state.reason.endsWith("changed since it was built");
  if (!state.fresh && !olderAccepted) {
    throw new Error(`The add-in build for the browser tests cannot be used (${state.reason}): run npm test, which builds it first, or npx tsx test/e2e/prepare.ts.`);
  }
}
