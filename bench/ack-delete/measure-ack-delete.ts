// Benchmark 1: what the functionary waits for after "Bevestigen en verwijderen". Each call goes through the
// cleanup service's HTTPS API (token validation, on-behalf-of, the Graph SDK chain) to the stand-in with 50 ms
// added to every Graph request; the mailbox is re-seeded before each call, outside the timed part. The naive
// baseline does the same job against the same mailbox through the same Graph SDK.
import { performance } from "node:perf_hooks";
import { renderAcknowledgement } from "../../shared";
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import type { RequestLogEntry, StandIn } from "../../dev/stand-in";
import { graphClientFor } from "../../dev/testing/sdk-clients";
import { startCleanupServer, type CleanupServer } from "../../cleanup-service/http/server";
import { benchConfig, discardLogLines } from "../cleanup-config";
import { sequentialRoundTrips } from "../critical-path";
import { percentile } from "../percentile";
import { ackDeleteSeed, MAILBOX, SIGNAL_IDS } from "./ack-delete-seed";
import { naiveAcknowledgeAndDelete } from "./naive-baseline";

export interface AckDeleteOptions {
  calls: number;
  /** The baseline takes seconds per call; fewer calls keep `npm run bench` within its 5 minutes. */
  baselineCalls: number;
  /** Calls each on a service just started (no cache, first on-behalf-of exchange). */
  coldCalls: number;
  latencyMs: number;
  /** Untimed calls first, so connection set-up and the first on-behalf-of exchange are not counted. */
  warmUpCalls: number;
}

export interface AckDeleteFigures {
  roundTrips: number;
  p50Ms: number;
  p95Ms: number;
  baselineP50Ms: number;
  speedup: number;
  calls: number;
  addedLatencyMs: number;
  roundTripsMin: number;
  /** The critical path counting each request inside a $batch on its own: the 50 ms steps the caller waits for. */
  serviceStepsOnCriticalPath: number;
  graphRequestsPerCall: number;
  baselineCalls: number;
  baselineP95Ms: number;
  baselineRoundTrips: number;
  /** The first call after the service started: p50, round trips, how many calls. */
  coldP50Ms: number;
  coldRoundTrips: number;
  coldCalls: number;
}

interface Run {
  ms: number;
  roundTrips: number;
  serviceSteps: number;
  graphRequests: number;
}

const ORDINARY_MESSAGES = 2000;

function graphOnly(log: RequestLogEntry[]): RequestLogEntry[] {
  return log.filter((entry) => entry.path.startsWith("/v1.0"));
}

/** Each $batch replaced by the requests inside it, which Graph runs (up to 4 at a time) one after another as dependencies require. */
function innerRequests(log: RequestLogEntry[]): RequestLogEntry[] {
  return log.flatMap((entry) => (entry.inner && entry.inner.length > 0 ? entry.inner : [entry]));
}

async function prepare(standIn: StandIn, seed: ReturnType<typeof ackDeleteSeed>, latencyMs: number): Promise<string> {
  await standIn.control.reset(seed);
  await standIn.control.setLatency(latencyMs);
  const dump = await standIn.control.dump(MAILBOX);
  const signal = dump.folders.find((f) => f.wellKnownName === "inbox")?.items.find((item) => item.internetMessageId === SIGNAL_IDS.internetMessageId);
  if (!signal) throw new Error("the benchmark seed has no signal in the inbox: check bench/ack-delete/ack-delete-seed.ts");
  return signal.immutableId;
}

/** The job must have been done, or its time means nothing: no item of the signal left, all ordinary mail kept. */
async function assertDone(standIn: StandIn, who: string): Promise<void> {
  const visible = (await standIn.control.dump(MAILBOX)).folders.filter((f) => f.name !== "purges").flatMap((f) => f.items);
  const left = visible.filter((item) => item.conversationId === SIGNAL_IDS.conversationId || item.internetMessageId === SIGNAL_IDS.internetMessageId);
  if (left.length > 0) throw new Error(`${who} left ${left.length} item(s) of the signal: the measurement is invalid; fix ${who} first`);
  if (visible.length < ORDINARY_MESSAGES) throw new Error(`${who} deleted ordinary mail (${visible.length} of ${ORDINARY_MESSAGES} left): fix ${who} first`);
}

interface Contender {
  who: string;
  /** Untimed set-up before each call. */
  setUp?: () => Promise<void>;
  call: (messageId: string) => Promise<void>;
}

async function measure(standIn: StandIn, count: number, warmUp: number, latencyMs: number, seed: ReturnType<typeof ackDeleteSeed>, contender: Contender): Promise<Run[]> {
  const { who, call } = contender;
  const runs: Run[] = [];
  for (let index = 0; index < warmUp + count; index++) {
    const messageId = await prepare(standIn, seed, latencyMs);
    await contender.setUp?.();
    await standIn.control.clearRequests();
    const started = performance.now();
    await call(messageId);
    const ms = performance.now() - started;
    const graph = graphOnly(await standIn.control.requests());
    // A dump of 2,000 messages costs a tenth of a second: check the first and the last measured call.
    if (index === warmUp || index === warmUp + count - 1) await assertDone(standIn, who);
    if (index >= warmUp) runs.push({ ms, roundTrips: sequentialRoundTrips(graph), serviceSteps: sequentialRoundTrips(innerRequests(graph)), graphRequests: graph.length });
  }
  return runs;
}

async function acknowledge(serviceUrl: string, userToken: string, messageId: string): Promise<{ status: number; body: { status?: string; error?: string; acknowledged?: boolean } }> {
  const response = await fetch(`${serviceUrl}/api/acknowledge-and-delete`, {
    method: "POST",
    headers: { authorization: `Bearer ${userToken}`, "content-type": "application/json" },
    body: JSON.stringify({ mailbox: MAILBOX, messageId }),
  });
  return { status: response.status, body: (await response.json()) as { status?: string; error?: string; acknowledged?: boolean } };
}

async function acknowledgeSignal(serviceUrl: string, userToken: string, messageId: string): Promise<void> {
  const { status, body } = await acknowledge(serviceUrl, userToken, messageId);
  if (status !== 200 || body.status !== "acknowledged-and-deleted") {
    throw new Error(`POST /api/acknowledge-and-delete answered ${status} ${body.error ?? body.status ?? ""}: the benchmark needs a working service`);
  }
}

export async function measureAckDelete(standIn: StandIn, options: AckDeleteOptions): Promise<AckDeleteFigures> {
  const seed = ackDeleteSeed();
  await standIn.control.reset(seed);
  const userToken = await standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
  const newService = () => startCleanupServer({ config: benchConfig(standIn.url), port: 0, logDestination: discardLogLines });

  // A running service. Re-seeding gives every folder a new id, which Exchange never does: the service's cached
  // well-known folder ids would be wrong on every call, costing a round trip no real mailbox causes. So before
  // each timed call (untimed) the service is asked for the previous call's signal, which is gone: it answers
  // "already-deleted" after looking for stray acknowledgements, and that look refreshes its folder ids. The
  // timed call then runs as it does for a mailbox the service has seen before.
  const running = await newService();
  let product: Run[];
  try {
    let goneId: string | undefined;
    product = await measure(standIn, options.calls, options.warmUpCalls, options.latencyMs, seed, {
      who: "the cleanup service",
      setUp: async () => {
        if (!goneId) return;
        const primed = await acknowledge(running.url, userToken, goneId);
        if (primed.status !== 200 || primed.body.status !== "already-deleted" || primed.body.acknowledged !== false) {
          throw new Error(`asking again for a deleted signal answered ${primed.status} ${primed.body.status ?? primed.body.error ?? ""} and may have changed the mailbox: the measurement is invalid`);
        }
      },
      call: async (messageId) => {
        await acknowledgeSignal(running.url, userToken, messageId);
        goneId = messageId;
      },
    });
  } finally {
    await running.stop();
  }

  // The first call after a start: a new service per call, no cache, on-behalf-of exchange included.
  let fresh: CleanupServer | undefined;
  let cold: Run[];
  try {
    cold = await measure(standIn, options.coldCalls, 0, options.latencyMs, seed, {
      who: "the cleanup service (just started)",
      setUp: async () => {
        await fresh?.stop();
        fresh = await newService();
      },
      call: (messageId) => acknowledgeSignal(fresh?.url ?? "", userToken, messageId),
    });
  } finally {
    await fresh?.stop();
  }

  const graphToken = await standIn.control.issueToken({
    tenant: DEMO.school.tenantId,
    user: DEMO.school.regenboogFunctionary.id,
    app: DEMO.apps.cleanupApi.clientId,
    scopes: ["Mail.ReadWrite.Shared", "Mail.Send.Shared"],
  });
  const client = graphClientFor(standIn, async () => graphToken);
  const acknowledgement = renderAcknowledgement({ receivedAt: "2026-11-28T06:40:00Z" });
  const baseline = await measure(standIn, options.baselineCalls, options.warmUpCalls, options.latencyMs, seed, {
    who: "the naive baseline",
    call: async (messageId) => {
      await naiveAcknowledgeAndDelete(client, MAILBOX, messageId, { to: DEMO.veiligThuis.hwcMailbox, subject: acknowledgement.subject, html: acknowledgement.html });
    },
  });

  const p50Ms = percentile(product.map((r) => r.ms), 50);
  const baselineP50Ms = percentile(baseline.map((r) => r.ms), 50);
  const roundTrips = product.map((r) => r.roundTrips);
  return {
    roundTrips: Math.max(...roundTrips),
    p50Ms: round(p50Ms),
    p95Ms: round(percentile(product.map((r) => r.ms), 95)),
    baselineP50Ms: round(baselineP50Ms),
    speedup: round(baselineP50Ms / p50Ms, 2),
    calls: options.calls,
    addedLatencyMs: options.latencyMs,
    roundTripsMin: Math.min(...roundTrips),
    serviceStepsOnCriticalPath: Math.max(...product.map((r) => r.serviceSteps)),
    graphRequestsPerCall: Math.max(...product.map((r) => r.graphRequests)),
    baselineP95Ms: round(percentile(baseline.map((r) => r.ms), 95)),
    baselineRoundTrips: Math.max(...baseline.map((r) => r.roundTrips)),
    baselineCalls: options.baselineCalls,
    coldP50Ms: round(percentile(cold.map((r) => r.ms), 50)),
    coldRoundTrips: Math.max(...cold.map((r) => r.roundTrips)),
    coldCalls: options.coldCalls,
  };
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
