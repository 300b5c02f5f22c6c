// `--max-age 24h`: a whole number and one unit (m minutes, h hours, d days, w weeks). Anything else, zero, or more
// than ten years is refused, so a typo cannot turn the check off.
const UNIT_IN_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const TEN_YEARS_IN_MS = 3_650 * 86_400_000;

export function parseDurationInMs(text: string): number | undefined {
  const match = /^(\d{1,7})([mhdw])$/.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const milliseconds = Number(match[1]) * (UNIT_IN_MS[match[2] ?? ""] ?? Number.NaN);
  return milliseconds > 0 && milliseconds <= TEN_YEARS_IN_MS ? milliseconds : undefined;
}
