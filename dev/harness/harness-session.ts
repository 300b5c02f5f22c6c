// What the harness page is told when it loads: who can sign in, the add-in's buttons and launch event from the
// manifest, and any problem with the build or the manifest, each saying what to do.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddinSurfaces, HarnessSession, HarnessUser } from "./api-types";
import { CLIENT_PROFILES } from "./client-profiles";
import { harnessMessages } from "./harness-messages";
import { readAddinSurfaces } from "./manifest-surfaces";

export const OFFICE_JS_PATH = "/harness/office.js";

export interface HarnessSessionOptions {
  distDir: string;
  manifestPath?: string;
  defaultUserId?: string;
  sendTimeouts?: HarnessSession["sendTimeouts"];
  refreshIntervalInMs?: number;
}

function readSurfaces(options: HarnessSessionOptions, problems: string[]): AddinSurfaces {
  const candidates = options.manifestPath ? [options.manifestPath] : [join(options.distDir, "manifest.xml"), join(options.distDir, "..", "manifest.xml")];
  const manifestPath = candidates.find((candidate) => existsSync(candidate));
  if (!manifestPath) {
    problems.push(`No manifest found (looked at ${candidates.join(", ")}): run npm run build.`);
    return { compose: null, read: null, mobileRead: null, sendEvent: null };
  }
  try {
    return readAddinSurfaces(readFileSync(manifestPath, "utf8"));
  } catch (error) {
    problems.push(`${manifestPath} cannot be read (${error instanceof Error ? error.message : String(error)}): fix the manifest and run npm run build.`);
    return { compose: null, read: null, mobileRead: null, sendEvent: null };
  }
}

function buildProblems(distDir: string): string[] {
  const taskpane = join(distDir, "taskpane.html");
  if (!existsSync(taskpane)) return [`The add-in is not built (${taskpane} is missing): run npm run build, or restart npm start, which builds it.`];
  if (!readFileSync(taskpane, "utf8").includes(OFFICE_JS_PATH)) {
    return [`dist/ was built for Microsoft's office.js, not the harness's stand-in: restart npm start (it rebuilds with HWC_OFFICE_JS_URL=https://localhost:3000${OFFICE_JS_PATH}).`];
  }
  return [];
}

/** Read afresh for every page load, so a rebuild or a fixed manifest shows without restarting. */
export function harnessSession(options: HarnessSessionOptions, users: HarnessUser[]): HarnessSession {
  const problems = buildProblems(options.distDir);
  const surfaces = readSurfaces(options, problems);
  return {
    users,
    clients: [...CLIENT_PROFILES],
    defaultUserId: options.defaultUserId ?? users[0]?.id ?? "",
    surfaces,
    problems,
    messages: harnessMessages,
    sendTimeouts: options.sendTimeouts ?? { loadTimeoutInMs: 15_000, completionTimeoutInMs: 60_000 },
    refreshIntervalInMs: options.refreshIntervalInMs ?? 4_000,
  };
}
