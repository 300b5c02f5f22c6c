// Figures read from the stand-in's request log for a sweep: round trips per mailbox, the most requests any one
// mailbox had in flight at once, and how many answers were 429 (handled by a retry or not).
import type { RequestLogEntry } from "../../dev/stand-in";

export interface SweepLogFigures {
  graphRoundTrips: number;
  /** Round trips per mailbox, by address. */
  perMailbox: Map<string, number>;
  maxInFlightPerMailbox: number;
  responses429: number;
}

function mailboxOf(entry: RequestLogEntry): string | undefined {
  return entry.mailbox ?? entry.inner?.find((inner) => inner.mailbox)?.mailbox;
}

/** The most intervals open at one instant; an interval ending in the millisecond another starts is not overlapping it. */
export function peakOverlap(intervals: { start: number; end: number }[]): number {
  const events = intervals.flatMap((i) => [{ at: i.start, delta: 1 }, { at: i.end, delta: -1 }]).sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let peak = 0;
  for (const event of events) {
    open += event.delta;
    peak = Math.max(peak, open);
  }
  return peak;
}

export function sweepLogFigures(log: RequestLogEntry[]): SweepLogFigures {
  const graph = log.filter((entry) => entry.path.startsWith("/v1.0"));
  const byMailbox = new Map<string, { start: number; end: number }[]>();
  let responses429 = 0;
  for (const entry of graph) {
    if (entry.status === 429) responses429 += 1;
    responses429 += (entry.inner ?? []).filter((inner) => inner.status === 429).length;
    const mailbox = mailboxOf(entry);
    if (!mailbox) continue;
    const list = byMailbox.get(mailbox) ?? [];
    list.push({ start: Date.parse(entry.startedAt), end: Date.parse(entry.endedAt) });
    byMailbox.set(mailbox, list);
  }
  let maxInFlightPerMailbox = 0;
  const perMailbox = new Map<string, number>();
  for (const [mailbox, intervals] of byMailbox) {
    perMailbox.set(mailbox, intervals.length);
    maxInFlightPerMailbox = Math.max(maxInFlightPerMailbox, peakOverlap(intervals));
  }
  return { graphRoundTrips: graph.length, perMailbox, maxInFlightPerMailbox, responses429 };
}
