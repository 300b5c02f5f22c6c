import type { AckDeleteFigures } from "./ack-delete/measure-ack-delete";
import type { SweepFigures } from "./sweep/measure-sweep";
import { judgeTargets, type Measured } from "./targets";

const ack: AckDeleteFigures = {
  roundTrips: 6, p50Ms: 380, p95Ms: 420, baselineP50Ms: 2400, speedup: 6.32, calls: 30, addedLatencyMs: 50,
  roundTripsMin: 6, serviceStepsOnCriticalPath: 8, graphRequestsPerCall: 6, baselineCalls: 10, baselineP95Ms: 2500, baselineRoundTrips: 37, coldP50Ms: 390, coldRoundTrips: 4, coldCalls: 5,
};
const sweep = (mailboxes: number, wallMs: number, extra: Partial<SweepFigures> = {}): SweepFigures => ({
  mailboxes, wallMs, requestsPerMailbox: 1.06, peakRssMb: 150, throttled: 0, cleanMailboxRoundTrips: 1, maxInFlightPerMailbox: 1,
  handled429: 0, failed: 0, purgedItems: 0, waitingSignals: 0, seedMs: 10, serviceCpuMsPerMailbox: 2, standInCpuMsPerMailbox: 3, ...extra,
});
const good: Measured = {
  ackDelete: ack,
  sweep: [sweep(100, 900), sweep(1000, 6000), sweep(5000, 30_000)],
  bundles: { taskpane: 120_000, readpane: 140_000, commands: 18_000, launchevent: 17_000 },
  runTimeMs: 200_000,
};
const result = (m: Measured, id: string) => judgeTargets(m).find((v) => v.id === id)?.result;

test("every target is met when every figure is within its limit", () => {
  expect(judgeTargets(good).filter((v) => v.result !== "met")).toEqual([]);
});

test("a p50 above 8 times the added latency is reported as missed", () => {
  expect(result({ ...good, ackDelete: { ...ack, p50Ms: 401 } }, "ack-p50")).toBe("target missed");
});

test("a speedup below 5 is reported as missed", () => {
  expect(result({ ...good, ackDelete: { ...ack, speedup: 4.9 } }, "ack-speedup")).toBe("target missed");
});

test("5,000 mailboxes taking more than 1.25 × 5 the time of 1,000 is not linear", () => {
  expect(result({ ...good, sweep: [sweep(1000, 6000), sweep(5000, 38_000)] }, "sweep-linear")).toBe("target missed");
});

test("one unhandled 429 at any scale misses the throttling target", () => {
  expect(result({ ...good, sweep: [sweep(1000, 6000), sweep(5000, 30_000, { throttled: 1 })] }, "sweep-no-unhandled-429")).toBe("target missed");
});

test("a send guard over 25 KB gz (25,600 bytes) is reported as missed", () => {
  expect(result({ ...good, bundles: { ...good.bundles, launchevent: 25_601 } }, "send-guard-weight")).toBe("target missed");
});

test("a page that was not measured cannot meet its weight target", () => {
  const { readpane: _unmeasured, ...others } = good.bundles;
  expect(result({ ...good, bundles: others }, "readpane-weight")).toBe("target missed");
});

test("a sweep at 1,000 mailboxes that was not run cannot meet the 10 s target", () => {
  expect(result({ ...good, sweep: [] }, "sweep-1000-under-10s")).toBe("target missed");
});

test("a first call after a start slower than 8 times the added latency is reported as missed on its own line", () => {
  const verdicts = judgeTargets({ ...good, ackDelete: { ...ack, coldP50Ms: 560 } });
  expect(verdicts.find((v) => v.id === "ack-p50-first-call")?.result).toBe("target missed");
  expect(verdicts.find((v) => v.id === "ack-p50")?.result).toBe("met");
});
