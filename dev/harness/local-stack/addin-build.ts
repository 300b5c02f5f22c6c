// The add-in build the harness serves: the real webpack build, with office.js pointed at the harness's
// stand-in (HWC_OFFICE_JS_URL) and the base URLs of this machine's ports. A stamp beside the output records
// the settings it was built with, so a build is redone when a source is newer or the settings differ
// (for example after `npm run build` made a build for Microsoft's office.js).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_JS_PATH } from "../server";
import { StartProblem } from "./start-problem";

export const REPO_ROOT = join(__dirname, "..", "..", "..");
const STAMP = "hwc-harness-build.json";
const SOURCES = ["addin", "shared", "manifest.xml", "webpack.config.js", "config/school-register.json", "package-lock.json"];

export interface HarnessBuildSettings {
  mode: "production" | "development";
  addinBaseUrl: string;
  apiBaseUrl: string;
  officeJsUrl: string;
}

export function harnessBuildSettings(options: { addinPort: number; apiPort: number; mode: HarnessBuildSettings["mode"] }): HarnessBuildSettings {
  const addinBaseUrl = `https://localhost:${options.addinPort}`;
  return { mode: options.mode, addinBaseUrl, apiBaseUrl: `https://localhost:${options.apiPort}`, officeJsUrl: `${addinBaseUrl}${OFFICE_JS_PATH}` };
}

/** The origins baked into the harness build; browsers reach the stack's real ports through routeBuildOrigins. */
export const HARNESS_BUILD_ORIGINS = { addin: "https://localhost:3000", api: "https://localhost:7071" } as const;
/** The production build (what ships) pointed at the harness's Office.js, shared by the browser tests and the bench. */
export const HARNESS_PRODUCTION_SETTINGS = harnessBuildSettings({ addinPort: 3000, apiPort: 7071, mode: "production" });
/** Kept apart from dist/, so a concurrent `npm run build` cannot pull it away mid-run. */
export const HARNESS_PRODUCTION_BUILD_DIR = join(REPO_ROOT, "node_modules", ".cache", "hwc-harness-addin");

function newestSource(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === "node_modules" || /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, newestSource(join(path, entry.name)));
  }
  return newest;
}

export type BuildState = { fresh: true } | { fresh: false; reason: string };

export function buildState(outDir: string, settings: HarnessBuildSettings): BuildState {
  const stampPath = join(outDir, STAMP);
  if (!existsSync(join(outDir, "taskpane.html"))) return { fresh: false, reason: `${outDir} has no add-in build` };
  if (!existsSync(stampPath)) return { fresh: false, reason: `${outDir} was not built for the harness` };
  let stamp: unknown;
  try {
    stamp = JSON.parse(readFileSync(stampPath, "utf8"));
  } catch {
    return { fresh: false, reason: "its build stamp is unreadable" };
  }
  if (JSON.stringify((stamp as { settings?: unknown }).settings) !== JSON.stringify(settings)) return { fresh: false, reason: "it was built with other settings" };
  // Sources are compared with the moment the build started: a file saved while webpack ran may be missing from it.
  const sourcesAsOf = Date.parse(String((stamp as { sourcesAsOf?: unknown }).sourcesAsOf));
  if (Number.isNaN(sourcesAsOf)) return { fresh: false, reason: "its build stamp has no time" };
  const changed = SOURCES.find((source) => newestSource(join(REPO_ROOT, source)) > sourcesAsOf);
  return changed ? { fresh: false, reason: `${changed} changed since it was built` } : { fresh: true };
}

/** Runs webpack into outDir. Output goes to the terminal (npm start) or is kept for the error (tests). */
export function buildAddin(outDir: string, settings: HarnessBuildSettings, output: "inherit" | "capture"): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  const sourcesAsOf = new Date().toISOString();
  const child = spawn(process.execPath, [cli, "--mode", settings.mode, "--output-path", outDir], {
    cwd: REPO_ROOT,
    stdio: output === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      HWC_ADDIN_BASE_URL: settings.addinBaseUrl,
      HWC_API_BASE_URL: settings.apiBaseUrl,
      HWC_OFFICE_JS_URL: settings.officeJsUrl,
    },
  });
  let captured = "";
  child.stdout?.on("data", (chunk: Buffer) => (captured += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (captured += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new StartProblem(`webpack could not start (${error.message}): run npm install, then try again.`)));
    child.on("exit", (code) => {
      if (code === 0) {
        writeFileSync(join(outDir, STAMP), JSON.stringify({ settings, sourcesAsOf, builtAt: new Date().toISOString() }, null, 2));
        resolve();
        return;
      }
      const tail = captured.trim().split("\n").slice(-15).join("\n");
      reject(new StartProblem(`The add-in build failed (webpack exit ${code}): fix the error ${output === "inherit" ? "shown above" : `below and run again\n${tail}`}, then start again.`));
    });
  });
}
