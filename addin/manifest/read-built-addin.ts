// Reads a build (dist/) for the manifest checks: which files exist, and which handler names the send guard
// registers when it actually runs. Build-time tooling that runs in Node; never part of a browser bundle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { BuiltAddin } from "./check-manifest";
import { runInEs2016Runtime } from "./es2016-runtime";

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

/** Evaluates a bundle as classic Outlook's runtime would: ES2016 built-ins only, no DOM, just the given Office object. */
export function runInJavaScriptOnlyRuntime(bundleSource: string, office: unknown): void {
  runInEs2016Runtime(bundleSource, office);
}

export function readBuiltAddin(distDirectory: string, baseUrl: string): BuiltAddin {
  const files = new Set(filesUnder(distDirectory));
  const registeredFunctions = files.has("launchevent.js")
    ? functionsRegisteredBy(readFileSync(join(distDirectory, "launchevent.js"), "utf8"))
    : new Set<string>();
  return { baseUrl, files, registeredFunctions };
}
