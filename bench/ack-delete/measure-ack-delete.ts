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

export async function measureAckDelete(standIn: StandIn, options: AckDeleteOptions): Promise<AckDeleteFigures> {
  const seed = ackDeleteSeed();
  let server: CleanupServer | undefined;
  try {
    await standIn.control.reset(seed);
    const userToken = await standIn.control.issueToken({ tenant: DEMO.school.tenantId, user: DEMO.school.regenboogFunctionary.id, scopes: ["access_as_user"], audience: DEMO.apps.cleanupApi.clientId });
    // A new service for every call. Re-seeding gives every folder a new id, which never happens in Exchange;
    // a service that lived on would find its cached folder ids wrong on every call and pay a round trip to
    // learn them again. A new service has no cache: each call is the first for the mailbox since a start.
    const product = await measure(standIn, options.calls, options.warmUpCalls, options.latencyMs, seed, {
      who: "the cleanup service",
      setUp: async () => {
        await server?.stop();
        server = await startCleanupServer({ config: benchConfig(standIn.url), port: 0, logDestination: discardLogLines });
      },
      call: async (messageId) => {
        const response = await fetch(`${server?.url}/api/acknowledge-and-delete`, {
          method: "POST",
          headers: { authorization: `Bearer ${userToken}`, "content-type": "application/json" },
          body: JSON.stringify({ mailbox: MAILBOX, messageId }),
        });
        const body = (await response.json()) as { status?: string; error?: string };
        if (response.status !== 200 || body.status !== "acknowledged-and-deleted") {
          throw new Error(`POST /api/acknowledge-and-delete answered ${response.status} ${body.error ?? body.status ?? ""}: the benchmark needs a working service`);
        }
      },
    });

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
    };
  } finally {
    await server?.stop();
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
