// Percentiles of measured durations, by the nearest-rank method: the value reported is one that was
// actually measured, never an interpolation between two runs.
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values: measure at least one run");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
