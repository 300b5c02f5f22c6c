// The add-in build the browser part of the benchmark loads: the harness's production build (what ships, with
// Office.js from the harness's stand-in), the same one the browser tests use. It is rebuilt only when a source
// changed since, as `npm start` does.
import { performance } from "node:perf_hooks";
import { buildAddin, buildState, HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS } from "../../dev/harness/local-stack/addin-build";

export interface BenchBuild {
  distDir: string;
  /** 0 when an up-to-date build was reused. */
  buildMs: number;
  reused: boolean;
}

export async function ensureBenchBuild(onBuild: (reason: string) => void): Promise<BenchBuild> {
  const state = buildState(HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS);
  if (state.fresh) return { distDir: HARNESS_PRODUCTION_BUILD_DIR, buildMs: 0, reused: true };
  onBuild(state.reason);
  const started = performance.now();
  await buildAddin(HARNESS_PRODUCTION_BUILD_DIR, HARNESS_PRODUCTION_SETTINGS, "capture");
  return { distDir: HARNESS_PRODUCTION_BUILD_DIR, buildMs: Math.round(performance.now() - started), reused: false };
}
