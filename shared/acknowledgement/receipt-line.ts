import { amsterdamWallClock, formatWallClockTime } from "../dates/amsterdam-time";
import { formatBirthDate } from "../dates/format-birth-date";
import { domainMessages } from "../messages/domain";

/** "Ontvangen op 30-11-2026 om 08:12." — the receipt time in Europe/Amsterdam, the only variable text. */
export function receiptLine(receivedAt: string, locale: "nl" | "en"): string {
  const ms = Date.parse(receivedAt);
  if (Number.isNaN(ms)) throw new RangeError("receivedAt must be an ISO 8601 instant such as 2026-11-30T07:12:00Z.");
  const clock = amsterdamWallClock(ms);
  return domainMessages[locale].receivedAtLine(formatBirthDate(clock.date), formatWallClockTime(clock));
}
