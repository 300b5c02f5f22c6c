// The add-in build the browser part of the benchmark loads: a production build (what ships) whose Office.js
// URL points at the harness's stand-in, kept in its own folder so that neither dist/ nor the browser tests'
// build is touched. It is rebuilt only when a source changed since, as `npm start` does.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildAddin, buildState, harnessBuildSettings, REPO_ROOT } from "../../dev/harness/local-stack/addin-build";

export const BENCH_BUILD_DIR = process.env.HWC_BENCH_BUILD_DIR || join(REPO_ROOT, "node_modules", ".cache", "hwc-bench-addin");
/** The origins baked into the build; the browser context routes them to the servers' real, random ports. */
export const BUILD_ADDIN_ORIGIN = "https://localhost:3000";
export const BUILD_API_ORIGIN = "https://localhost:7071";
const SETTINGS = harnessBuildSettings({ addinPort: 3000, apiPort: 7071, mode: "production" });

export interface BenchBuild {
  distDir: string;
  /** 0 when an up-to-date build was reused. */
  buildMs: number;
  reused: boolean;
}

export async function ensureBenchBuild(onBuild: (reason: string) => void): Promise<BenchBuild> {
  const state = buildState(BENCH_BUILD_DIR, SETTINGS);
  if (state.fresh) return { distDir: BENCH_BUILD_DIR, buildMs: 0, reused: true };
  onBuild(state.reason);
  const started = performance.now();
  await buildAddin(BENCH_BUILD_DIR, SETTINGS, "capture");
  return { distDir: BENCH_BUILD_DIR, buildMs: Math.round(performance.now() - started), reused: false };
}
