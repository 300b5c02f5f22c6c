// `npm start`: the whole flow on this machine — the Microsoft 365 stand-in with the demo seed, the cleanup
// service (local profile), the add-in's pages and the Outlook harness — in one process that Ctrl-C stops.
// Settings (all optional): HWC_EMULATOR_PORT (5443), HWC_PORT (cleanup service, 7071), HWC_ADDIN_PORT (3000),
// HWC_SEED_FILE (a stand-in seed as JSON; default the demo seed), HWC_DIST_DIR (default dist/),
// HWC_BUILD_MODE (development | production). Flags: --no-build (fail instead of building), --help.
import { join } from "node:path";
import { loadLocalCertificates } from "./transport/local-certificates";
import { buildAddin, buildState, harnessBuildSettings, REPO_ROOT } from "./harness/local-stack/addin-build";
import { startBanner } from "./harness/local-stack/banner";
import { startLocalStack, type LocalStack } from "./harness/local-stack/local-stack";
import { assertPortsFree } from "./harness/local-stack/port-check";
import { readSeed } from "./harness/local-stack/seed-file";
import { StartProblem } from "./harness/local-stack/start-problem";

const HELP = `npm start [-- --no-build]

Runs the stand-in (HWC_EMULATOR_PORT, default 5443), the cleanup service (HWC_PORT, default 7071) and the
add-in pages with the Outlook harness (HWC_ADDIN_PORT, default 3000), building the add-in into HWC_DIST_DIR
(default dist/) first when it is missing or older than the sources. HWC_SEED_FILE replaces the demo seed.
`;

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new StartProblem(`${name}=${raw} is not a port: give a number from 1 to 65535, or unset it.`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help")) {
    process.stdout.write(HELP);
    return;
  }
  if (!process.env.NODE_EXTRA_CA_CERTS) {
    // Node reads the extra CA only at process start; without it every call to the stand-in fails on TLS.
    throw new StartProblem("Node does not trust the local CA: start with npm start (it runs node dev/with-local-ca.mjs tsx dev/start.ts).");
  }
  const started = Date.now();
  const ports = { standIn: port("HWC_EMULATOR_PORT", 5443), cleanup: port("HWC_PORT", 7071), addin: port("HWC_ADDIN_PORT", 3000) };
  await assertPortsFree([
    { port: ports.addin, purpose: "the add-in pages and the Outlook harness", variable: "HWC_ADDIN_PORT" },
    { port: ports.cleanup, purpose: "the cleanup service", variable: "HWC_PORT" },
    { port: ports.standIn, purpose: "the Microsoft 365 stand-in", variable: "HWC_EMULATOR_PORT" },
  ]);
  const seedFile = process.env.HWC_SEED_FILE;
  const seed = await readSeed(seedFile);

  const distDir = process.env.HWC_DIST_DIR || join(REPO_ROOT, "dist");
  const mode = process.env.HWC_BUILD_MODE === "production" ? "production" : "development";
  const settings = harnessBuildSettings({ addinPort: ports.addin, apiPort: ports.cleanup, mode });
  const state = buildState(distDir, settings);
  if (!state.fresh) {
    if (args.includes("--no-build")) {
      throw new StartProblem(`The add-in build in ${distDir} cannot be used (${state.reason}): run npm start without --no-build, which builds it.`);
    }
    process.stdout.write(`Building the add-in for the harness (${state.reason}); this takes about half a minute…\n`);
    await buildAddin(distDir, settings, "inherit");
  }

  const stack: LocalStack = await startLocalStack({ ports, seed, distDir, addinOrigin: settings.addinBaseUrl });
  process.stdout.write(
    startBanner({ stack, addinBaseUrl: settings.addinBaseUrl, caPath: loadLocalCertificates().caPath, seedName: seedFile || "demo", readyInMs: Date.now() - started }),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    stack.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));
}

main().catch((error: unknown) => {
  if (error instanceof StartProblem) {
    process.stderr.write(`npm start: ${error.message}\n`);
  } else if (error instanceof Error && error.name === "ConfigError") {
    process.stderr.write(`npm start: ${error.message}\n`);
  } else {
    process.stderr.write(`npm start failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
