// `npm run bench`: the three benchmarks of issue 7, one after another on this machine, then
// bench/results.json and a table on stdout. Progress goes to stderr. Not part of `npm test`.
// Options: --quick (5 calls and 3 baseline calls, sweep at 100 and 1,000, 3 browser runs: for trying changes; writes
// bench/results.quick.json instead, so the committed results stay those of a full run).
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { startStandIn } from "../dev/stand-in";
import { measureAckDelete } from "./ack-delete/measure-ack-delete";
import { ensureBenchBuild } from "./addin/bench-addin-build";
import { measureAddin } from "./addin/measure-addin";
import type { BenchResults } from "./results";
import { resultsTable } from "./results-table";
import { measureSweep, type SweepFigures } from "./sweep/measure-sweep";
import { judgeTargets } from "./targets";

const LATENCY_MS = 50;

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const quick = process.argv.includes("--quick");
  const loadAverageAtStart = loadavg();
  const date = new Date().toISOString();
  const phaseMs: Record<string, number> = {};
  let lapStarted = started;
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - lapStarted);
    lapStarted = now;
    return ms;
  };

  const standIn = await startStandIn({ port: 0, seed: "empty" });
  let ackDelete;
  const sweep: SweepFigures[] = [];
  try {
    progress(`acknowledge-and-delete (${quick ? 5 : 30} calls) and the naive baseline (${quick ? 3 : 10} calls)…`);
    ackDelete = await measureAckDelete(standIn, { calls: quick ? 5 : 30, baselineCalls: quick ? 3 : 10, coldCalls: quick ? 2 : 5, latencyMs: LATENCY_MS, warmUpCalls: 1 });
    phaseMs.ackDelete = lap();
    for (const count of quick ? [100, 1000] : [100, 1000, 5000]) {
      progress(`sweep of ${count} mailboxes…`);
      sweep.push(await measureSweep(standIn, count, LATENCY_MS));
    }
    phaseMs.sweep = lap();
  } finally {
    await standIn.stop();
  }

  progress("add-in build for the browser…");
  const build = await ensureBenchBuild((reason) => progress(`building the add-in (${reason})…`));
  phaseMs.addinBuild = lap();
  progress("add-in pages in headless Chromium…");
  const addin = await measureAddin(build.distDir, { readyRuns: quick ? 3 : 10 });
  phaseMs.addinBrowser = lap();

  const runTimeMs = Math.round(performance.now() - started);
  const results: BenchResults = {
    ackDelete,
    sweep,
    bundles: addin.bundles,
    taskpaneReadyMs: addin.taskpaneReadyMs,
    machine: { cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}`, loadAverageAtStart, loadAverageAtEnd: loadavg() },
    date,
    targets: judgeTargets({ ackDelete, sweep, bundles: addin.bundles, runTimeMs }),
    bundleFiles: addin.bundleFiles,
    taskpaneReadyRunsMs: addin.taskpaneReadyRunsMs,
    taskpaneReadyWarmMs: addin.taskpaneReadyWarmMs,
    addinBuild: { reused: build.reused, buildMs: build.buildMs },
    runTimeMs,
    phaseMs,
  };
  const file = join(__dirname, quick ? "results.quick.json" : "results.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(resultsTable(results));
  progress(`wrote ${file}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: failed — ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
