// What an injected fault does to one request: wait, then answer with an error status, reset the connection, or
// let the request through.
import { graphErrorBody } from "./errors";
import { faultCode, type FaultEffect } from "./faults";
import type { GraphOutcome } from "./graph-pipeline";

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type FaultVerdict = { kind: "pass" } | { kind: "reset" } | { kind: "respond"; outcome: GraphOutcome };

export async function applyFault(effect: FaultEffect | null, requestId: string): Promise<FaultVerdict> {
  if (!effect) return { kind: "pass" };
  if (effect.delayMs > 0) await sleep(effect.delayMs);
  if (effect.reset) return { kind: "reset" };
  if (effect.status === undefined) return { kind: "pass" };
  const headers: Record<string, string> = {};
  if (effect.retryAfterSeconds !== undefined) headers["Retry-After"] = String(effect.retryAfterSeconds);
  const message = `Injected fault: the stand-in answered ${effect.status}. Retry as you would against Graph.`;
  return { kind: "respond", outcome: { status: effect.status, headers, body: graphErrorBody(faultCode(effect), message, requestId) } };
}

export type FaultedOutcome = { kind: "reset" } | { kind: "respond"; outcome: GraphOutcome };

/** Runs a request under a fault: the fault acts before the request takes effect, or after it (afterProcessing). */
export async function runWithFault(effect: FaultEffect | null, requestId: string, run: () => Promise<GraphOutcome>): Promise<FaultedOutcome> {
  if (effect?.afterProcessing) {
    const outcome = await run();
    const after = await applyFault(effect, requestId);
    return after.kind === "pass" ? { kind: "respond", outcome } : after;
  }
  const before = await applyFault(effect, requestId);
  return before.kind === "pass" ? { kind: "respond", outcome: await run() } : before;
}

export const faultKind = (effect: FaultEffect | null): "status" | "reset" | "delay" | undefined =>
  !effect ? undefined : effect.reset ? "reset" : effect.status !== undefined ? "status" : "delay";
