// Recognises what renderAcknowledgement and renderExpiryNotice write, for any receipt time: the fixed lines
// must be exactly the catalogue's, the receipt line must re-render identically. English is still recognised:
// earlier versions sent it when the functionary's browser asked for English, and those copies must still be
// found and removed.

import { domainMessages } from "../messages/domain";

type Locale = "nl" | "en";

const RECEIPT = /(\d{2}-\d{2}-\d{4})\D+(\d{2}:\d{2})/;

function isReceiptLine(line: string, locale: Locale): boolean {
  const match = RECEIPT.exec(line);
  return match !== null && domainMessages[locale].receivedAtLine(match[1] ?? "", match[2] ?? "") === line;
}

export function isNoticeBody(lines: readonly string[]): boolean {
  return (["nl", "en"] as const).some((locale) => {
    const messages = domainMessages[locale];
    const [first, second, third] = lines;
    if (second === undefined || !isReceiptLine(second, locale)) return false;
    if (lines.length === 2) return first === messages.acknowledgementLine;
    return lines.length === 3 && first === messages.expiryLine && third === messages.expiryNextStep;
  });
}
