// The readable version of bench/results.json for stdout: one block per benchmark, then every target with
// "met" or "TARGET MISSED".
import type { BenchResults } from "./results";

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0))).join("  ");
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function resultsTable(r: BenchResults): string {
  const lines: string[] = [];
  const a = r.ackDelete;
  const load = (values: number[]) => values.map((v) => v.toFixed(1)).join("/");
  lines.push(`Handle with Care benchmarks — ${r.date}, Node ${r.machine.node}, ${r.machine.cores} cores, load ${load(r.machine.loadAverageAtStart)} → ${load(r.machine.loadAverageAtEnd)}`);
  lines.push("");
  lines.push(`1. Acknowledge-and-delete — ${a.calls} calls on a running service, ${a.addedLatencyMs} ms added to every Graph request, 2,000 ordinary messages in 10 folders`);
  const w1 = [44, 18];
  lines.push(row(["   sequential Graph round trips", a.roundTrips === a.roundTripsMin ? `${a.roundTrips}` : `${a.roundTripsMin}–${a.roundTrips}`], w1));
  lines.push(row(["   … counting each $batch request", a.serviceStepsOnCriticalPath], w1));
  lines.push(row(["   Graph requests per call", a.graphRequestsPerCall], w1));
  lines.push(row(["   p50", `${a.p50Ms} ms`], w1));
  lines.push(row(["   p95", `${a.p95Ms} ms`], w1));
  lines.push(row([`   first call after a start p50 (${a.coldCalls} calls)`, `${a.coldP50Ms} ms`], w1));
  lines.push(row([`   naive baseline p50 / p95 (${a.baselineCalls} calls)`, `${a.baselineP50Ms} / ${a.baselineP95Ms} ms`], w1));
  lines.push(row(["   naive baseline round trips", a.baselineRoundTrips], w1));
  lines.push(row(["   speedup (baseline p50 / p50)", `${a.speedup}×`], w1));
  lines.push("");
  lines.push("2. Sweep — 50 ms per Graph request, production settings (32 mailboxes at a time, ≤ 4 requests in flight each)");
  const w2 = [12, 9, 11, 13, 9, 9, 10, 12, 10, 14];
  lines.push(row(["   mailboxes", "wall ms", "ms/mailbox", "requests/mbx", "clean RT", "in flight", "peak RSS", "429 retried", "throttled", "CPU ms/mbx"], w2));
  for (const s of r.sweep) {
    lines.push(row([`   ${s.mailboxes}`, s.wallMs, (s.wallMs / s.mailboxes).toFixed(1), s.requestsPerMailbox, s.cleanMailboxRoundTrips, s.maxInFlightPerMailbox, `${s.peakRssMb} MB`, s.handled429, s.throttled, `${s.serviceCpuMsPerMailbox} + ${s.standInCpuMsPerMailbox}`], w2));
  }
  lines.push("   CPU ms/mbx: the cleanup service's + the stand-in's CPU time per mailbox (not inflated by other load)");
  lines.push("");
  lines.push("3. Add-in — gzip -9 of all JavaScript each page loads in headless Chromium (Office.js not counted)");
  const w3 = [14, 10, 0];
  for (const [page, bytes] of Object.entries(r.bundles)) lines.push(row([`   ${page}`, kb(bytes), `   ${(r.bundleFiles[page] ?? []).join(", ")}`], w3));
  lines.push(`   compose pane navigation → first input visible: ${r.taskpaneReadyMs} ms (median of ${r.taskpaneReadyRunsMs.length} cold starts: ${r.taskpaneReadyRunsMs.join(", ")} ms); warm: ${r.taskpaneReadyWarmMs} ms`);
  lines.push(`   add-in build: ${r.addinBuild.reused ? "reused (sources unchanged)" : `built in ${(r.addinBuild.buildMs / 1000).toFixed(0)} s`}`);
  lines.push("");
  lines.push("Targets");
  for (const t of r.targets) lines.push(`   ${t.result === "met" ? "met          " : "TARGET MISSED"}  ${t.target} — measured ${t.measured}`);
  lines.push("");
  const phases = Object.entries(r.phaseMs).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(0)} s`).join(", ");
  lines.push(`Run time: ${(r.runTimeMs / 1000).toFixed(0)} s (${phases})`);
  return `${lines.join("\n")}\n`;
}
