// Benchmark 2: the nightly sweep at 100, 1,000 and 5,000 mailboxes with 50 ms added to every Graph request.
// The stand-in runs here; the cleanup service's sweepAll runs in a child process (see sweep-child.ts) with its
// production settings: 32 mailboxes at a time, at most 4 requests in flight per mailbox. Seeding is not timed.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { StandIn } from "../../dev/stand-in";
import { REPO_ROOT } from "../cleanup-config";
import type { SweepChildReport } from "./sweep-child";
import { sweepLogFigures } from "./request-log-figures";
import { DIRTY_EVERY, sweepScenario } from "./sweep-seed";

export interface SweepFigures {
  mailboxes: number;
  wallMs: number;
  requestsPerMailbox: number;
  peakRssMb: number;
  throttled: number;
  cleanMailboxRoundTrips: number;
  maxInFlightPerMailbox: number;
  handled429: number;
  failed: number;
  purgedItems: number;
  waitingSignals: number;
  seedMs: number;
  /** CPU milliseconds per mailbox: the cleanup service's, and the stand-in's (this process) while it served the sweep. */
  serviceCpuMsPerMailbox: number;
  standInCpuMsPerMailbox: number;
}

function runChild(standInUrl: string, mailboxesFile: string): Promise<SweepChildReport> {
  const child = spawn(process.execPath, [require.resolve("tsx/cli", { paths: [REPO_ROOT] }), join(__dirname, "sweep-child.ts"), standInUrl, mailboxesFile], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) return reject(new Error(`the sweep child exited with ${code}: ${err.trim() || out.trim()}`));
      resolve(JSON.parse(line) as SweepChildReport);
    });
  });
}

export async function measureSweep(standIn: StandIn, count: number, latencyMs: number): Promise<SweepFigures> {
  const seedStarted = performance.now();
  const scenario = sweepScenario(count);
  await standIn.control.reset(scenario.seed);
  const seedMs = performance.now() - seedStarted;
  const dir = mkdtempSync(join(tmpdir(), "hwc-bench-sweep-"));
  const mailboxesFile = join(dir, "mailboxes.json");
  writeFileSync(mailboxesFile, JSON.stringify(scenario.mailboxesFile));
  await standIn.control.setLatency(latencyMs);
  await standIn.control.clearRequests();

  const standInCpu = process.cpuUsage();
  const child = await runChild(standIn.url, mailboxesFile);
  const standInCpuUsed = process.cpuUsage(standInCpu);
  const log = sweepLogFigures(await standIn.control.requests());
  const clean = scenario.addresses.filter((_, i) => i % DIRTY_EVERY !== 1 && i % DIRTY_EVERY !== 2);
  if (child.swept + child.failed !== count) throw new Error(`the sweep reported ${child.swept + child.failed} mailboxes of ${count}: the measurement is invalid`);
  return {
    mailboxes: count,
    wallMs: Math.round(child.wallMs),
    requestsPerMailbox: Math.round((log.graphRoundTrips / count) * 100) / 100,
    peakRssMb: child.peakRssMb,
    throttled: child.throttled,
    cleanMailboxRoundTrips: Math.max(...clean.map((address) => log.perMailbox.get(address) ?? 0)),
    maxInFlightPerMailbox: log.maxInFlightPerMailbox,
    handled429: log.responses429,
    failed: child.failed,
    purgedItems: child.purgedItems,
    waitingSignals: child.waitingSignals,
    seedMs: Math.round(seedMs),
    serviceCpuMsPerMailbox: Math.round((child.cpuMs / count) * 100) / 100,
    standInCpuMsPerMailbox: Math.round(((standInCpuUsed.user + standInCpuUsed.system) / 1000 / count) * 100) / 100,
  };
}
