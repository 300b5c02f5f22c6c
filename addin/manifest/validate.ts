// `npm run validate`: the offline manifest checks (manifest.xml, and dist/manifest.xml against the build),
// then Microsoft's own validator (`office-addin-manifest validate`), which needs the internet. When that
// service cannot be reached this says so plainly; it never hangs (time limit) and never asks about usage data.
// Node tooling beside the add-in; never part of a browser bundle.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addinBaseUrlOf, checkManifest } from "./check-manifest";
import { readBuiltAddin } from "./read-built-addin";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, process.env.HWC_DIST_DIR || "dist");
const ONLINE_TIMEOUT_IN_MS = Number(process.env.HWC_VALIDATE_TIMEOUT_MS ?? 60_000);
const out = (line: string) => process.stdout.write(`${line}\n`);

function offlineChecks(): boolean {
  let passed = true;
  const report = (label: string, problems: string[]) => {
    if (problems.length === 0) return out(`ok    ${label}`);
    passed = false;
    out(`FAIL  ${label}`);
    for (const problem of problems) out(`      - ${problem}`);
  };
  report("manifest.xml: schema order, resids, lengths, ids, required declarations", checkManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8")));
  const builtPath = join(DIST, "manifest.xml");
  if (!existsSync(builtPath)) {
    report("dist/manifest.xml against the build", [`${builtPath} is missing: run npm run build first, then npm run validate again.`]);
    return passed;
  }
  const built = readFileSync(builtPath, "utf8");
  const baseUrl = addinBaseUrlOf(built);
  if (!baseUrl) {
    report("dist/manifest.xml against the build", ["the built manifest has no Commands.Url ending in /commands.html: rebuild with npm run build."]);
    return passed;
  }
  report(`dist/manifest.xml against the build (${baseUrl}): handler names, URLs`, checkManifest(built, readBuiltAddin(DIST, baseUrl)));
  return passed;
}

type OnlineResult = { kind: "valid" } | { kind: "invalid"; output: string } | { kind: "unreachable"; reason: string };

function onlineValidation(manifestPath: string): Promise<OnlineResult> {
  return new Promise((resolvePromise) => {
    const cli = join(ROOT, "node_modules/office-addin-manifest/cli.js");
    const child = spawn(process.execPath, [cli, "validate", manifestPath], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: "true", CI: "true" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolvePromise({ kind: "unreachable", reason: `no answer within ${Math.round(ONLINE_TIMEOUT_IN_MS / 1000)} s` });
    }, ONLINE_TIMEOUT_IN_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolvePromise({ kind: "unreachable", reason: error.message });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      // "Unable to validate the manifest. <status>" is the service failing (HTTP error), not a verdict.
      if (/Unable to contact the manifest validation service|Unable to validate the manifest|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo/i.test(output)) {
        resolvePromise({ kind: "unreachable", reason: output.trim().split("\n").slice(-1)[0] ?? "network error" });
      } else if (code === 0 && /The manifest is valid/i.test(output)) {
        resolvePromise({ kind: "valid" });
      } else {
        resolvePromise({ kind: "invalid", output: output.trim() });
      }
    });
  });
}

async function main(): Promise<number> {
  out("Offline manifest checks");
  const offlinePassed = offlineChecks();
  const target = existsSync(join(DIST, "manifest.xml")) ? join(DIST, "manifest.xml") : join(ROOT, "manifest.xml");
  out(`\nMicrosoft's manifest validation service (office-addin-manifest validate ${target})`);
  const online = await onlineValidation(target);
  switch (online.kind) {
    case "valid":
      out("ok    Microsoft's validator accepts the manifest");
      break;
    case "invalid":
      out("FAIL  Microsoft's validator rejects the manifest:");
      out(online.output.replace(/^/gm, "      "));
      break;
    case "unreachable":
      out(`NOT RUN  Microsoft's validation service could not be reached (${online.reason}).`);
      out("         This machine has no internet access to validationgateway.omex.office.net; only the offline checks above ran.");
      out("         Run npm run validate on a machine with internet access before uploading dist/manifest.xml.");
      break;
  }
  return offlinePassed && online.kind !== "invalid" ? 0 : 1;
}

void main().then((code) => {
  process.exitCode = code;
});
