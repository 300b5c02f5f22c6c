// Sequential round trips from a request log: requests that overlap in time ran in parallel and cost one
// round trip together; requests that follow one another each cost one. The longest chain of requests where
// each starts after the previous one ended is the call's critical path, and its length is the number of
// round trips the caller waited for, whatever the parallel fan-out around it.

export interface TimedRequest {
  /** ISO 8601 or epoch milliseconds. */
  startedAt: string | number;
  endedAt: string | number;
}

function ms(value: string | number): number {
  return typeof value === "number" ? value : Date.parse(value);
}

/**
 * The length of the longest chain of pairwise non-overlapping requests. Intervals on one line that do not
 * overlap are totally ordered, so the largest set of non-overlapping intervals is that chain; taking the
 * request that ends first, again and again, finds it. A request that starts in the same millisecond another
 * ended counts as after it: the log has millisecond resolution and a dependent request can start no sooner.
 */
export function sequentialRoundTrips(requests: readonly TimedRequest[]): number {
  const intervals = requests.map((r) => ({ start: ms(r.startedAt), end: ms(r.endedAt) })).sort((a, b) => a.end - b.end || a.start - b.start);
  let count = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const interval of intervals) {
    if (interval.start >= lastEnd) {
      count += 1;
      lastEnd = interval.end;
    }
  }
  return count;
}
