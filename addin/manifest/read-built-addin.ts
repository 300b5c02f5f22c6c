// Reads a build (dist/) for the manifest checks: which files exist, and which handler names the send guard
// registers when it actually runs. Build-time tooling that runs in Node; never part of a browser bundle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { runInNewContext } from "node:vm";
import type { BuiltAddin } from "./check-manifest";

function filesUnder(directory: string, root: string = directory): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join("/")];
  });
}

/**
 * Runs launchevent.js as classic Outlook's JavaScript-only runtime would — no DOM, no Office.onReady — with an
 * Office stand-in that records Office.actions.associate, so the check sees what the shipped bundle registers.
 */
export function functionsRegisteredBy(bundleSource: string): Set<string> {
  const names = new Set<string>();
  runInJavaScriptOnlyRuntime(bundleSource, { actions: { associate: (name: string) => names.add(name) }, context: {} });
  return names;
}

/** Evaluates a bundle in a fresh context that has nothing but the language and the given Office object. */
export function runInJavaScriptOnlyRuntime(bundleSource: string, office: unknown): void {
  runInNewContext(bundleSource, { Office: office }, { timeout: 5_000, filename: "launchevent.js" });
}

export function readBuiltAddin(distDirectory: string, baseUrl: string): BuiltAddin {
  const files = new Set(filesUnder(distDirectory));
  const registeredFunctions = files.has("launchevent.js")
    ? functionsRegisteredBy(readFileSync(join(distDirectory, "launchevent.js"), "utf8"))
    : new Set<string>();
  return { baseUrl, files, registeredFunctions };
}
