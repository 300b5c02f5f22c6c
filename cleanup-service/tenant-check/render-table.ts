// The tenant check's table: one line per capability — what it is, what Exchange answered, what to change — first
// in Dutch, then in English. Details are Graph status codes, never message content.
import { tenantCheckMessages } from "../../shared/messages";
import type { CapabilityResult } from "./tenant-check";

type Catalogue = (typeof tenantCheckMessages)["nl"];

function row(t: Catalogue, result: CapabilityResult): string {
  const text = (key: string) => (t as unknown as Record<string, string>)[key] ?? key;
  const answer = `${text(`answer.${result.answer}`)}${result.detail ? ` (${result.detail === "give --user-token-file" ? t["detail.user"] : result.detail})` : ""}`;
  const advice = result.answer === "ok" ? "" : text(`${result.capability}.advice`);
  return `${text(result.capability)} | ${answer} | ${advice}`.trimEnd();
}

export function renderTenantCheck(mailbox: string, results: CapabilityResult[], failed: boolean): string {
  return (["nl", "en"] as const)
    .map((locale) => {
      const t = tenantCheckMessages[locale];
      return [t.title(mailbox), t.header, ...results.map((result) => row(t, result)), failed ? t.summaryFailed : t.summaryOk].join("\n");
    })
    .join("\n\n")
    .concat("\n");
}
