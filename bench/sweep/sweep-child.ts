// Runs one sweep of every configured mailbox in a process of its own, so that its peak resident memory is the
// cleanup service's alone (the stand-in, with every mailbox in memory, runs in the parent). The parent passes
// the stand-in's URL and the mailbox file; this prints one JSON line with the wall time, the outcome per
// mailbox in counts, and the peak RSS.
import { performance } from "node:perf_hooks";
import { createLogger } from "../../cleanup-service/logging/logger";
import { createCleanupService } from "../../cleanup-service/service/cleanup-service";
import { benchConfig, discardLogLines } from "../cleanup-config";

export interface SweepChildReport {
  wallMs: number;
  swept: number;
  failed: number;
  /** Failures whose code says Graph was still throttling after the retries: unhandled 429s. */
  throttled: number;
  purgedItems: number;
  waitingSignals: number;
  peakRssMb: number;
  /** CPU time (user + system) the service spent in sweepAll: unlike wall time, not inflated by other load. */
  cpuMs: number;
}

async function main(): Promise<void> {
  const [standInUrl, mailboxesFile] = process.argv.slice(2);
  if (!standInUrl || !mailboxesFile) throw new Error("usage: tsx bench/sweep/sweep-child.ts <stand-in URL> <mailbox file>");
  const config = benchConfig(standInUrl, { HWC_MAILBOXES_FILE: mailboxesFile });
  const service = createCleanupService({ config, logger: createLogger({ level: "warn", destination: discardLogLines }) });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const results = await service.sweepAll();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const report: SweepChildReport = { wallMs, swept: 0, failed: 0, throttled: 0, purgedItems: 0, waitingSignals: 0, peakRssMb: 0, cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
  for (const result of results) {
    if ("error" in result) {
      report.failed += 1;
      if (result.error.includes("429")) report.throttled += 1;
      continue;
    }
    report.swept += 1;
    report.purgedItems += Object.values(result.purged).reduce((sum, n) => sum + n, 0);
    report.waitingSignals += result.waiting.count;
  }
  report.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`sweep benchmark child failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
