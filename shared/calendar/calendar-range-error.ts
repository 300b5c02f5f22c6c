/**
 * Thrown when a date falls outside the school years whose holidays are shipped: guessing would put a
 * wrong deadline in front of a caseworker. The fix is a data refresh (shared/calendar/README.md).
 */
export class CalendarRangeError extends Error {
  override readonly name = "CalendarRangeError";
  /** The first and last dates the shipped calendar can decide, "YYYY-MM-DD". */
  readonly coveredFrom: string;
  readonly coveredUntil: string;

  constructor(coveredFrom: string, coveredUntil: string) {
    super(`The school calendar covers ${coveredFrom} to ${coveredUntil}; refresh the school holidays (shared/calendar/README.md).`);
    this.coveredFrom = coveredFrom;
    this.coveredUntil = coveredUntil;
  }
}
