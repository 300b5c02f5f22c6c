// school-check.ps1: changes nothing. It shows whether every HwC mailbox is as the covenant needs it (functionary
// only, deleted means deleted, no hold, no mail-flow rule changing its mail), prints each mailbox's object id for
// the service's mailbox file, and whether the sweep reaches those mailboxes and no others. Run it after
// any change, and whenever the privacy officer asks.
import type { SchoolConfig } from "../config-schema";
import { delegateChecks, organizationHoldsLookup, purgeSettingChecks } from "./mailbox-checks";
import { mailFlowRuleChecks, objectIdReport } from "./mail-flow-checks";
import { closing, exchangeOnlineGuard, preamble } from "./preamble";
import { psQuote } from "../powershell-quote";
import { sweepAccessChecks } from "./school-sweep-access";

export const schoolCheckFileName = "school-check.ps1";

export function schoolCheckScript(school: SchoolConfig, source: string): string[] {
  return [
    ...preamble({
      titleNl: "Handle with Care: controle (alleen lezen) van de HwC-postbussen en de toegang van de sweep.",
      titleEn: "Handle with Care: read-only check of the HwC mailboxes and the sweep's access.",
      source,
      organization: school.organization,
      tenantId: school.tenantId,
      connectNl: "Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (leesrechten volstaan niet voor Test-ServicePrincipalAuthorization: gebruik Exchange Administrator).",
      connectEn: "Connect-ExchangeOnline -UserPrincipalName <admin@domain> (read rights are not enough for Test-ServicePrincipalAuthorization: use Exchange Administrator).",
    }),
    ...exchangeOnlineGuard(school.tenantId),
    ...organizationHoldsLookup(),
    ...school.mailboxes.flatMap((mailbox) => [
      `Write-Step ${psQuote(`Postbus ${mailbox.address}`)} ${psQuote(`Mailbox ${mailbox.address}`)}`,
      `if (-not (Get-Mailbox -Identity ${psQuote(mailbox.address)} -ErrorAction SilentlyContinue)) {`,
      `    throw ${psQuote(`Postbus ${mailbox.address} bestaat niet: voer eerst school-mailboxes.ps1 uit. / Mailbox ${mailbox.address} does not exist: run school-mailboxes.ps1 first.`)}`,
      "}",
      ...delegateChecks({
        address: mailbox.address,
        delegates: mailbox.functionaries.map((functionary) => functionary.userPrincipalName),
        delegateRoleNl: "functionaris",
        delegateRoleEn: "functionary",
      }),
      ...purgeSettingChecks(mailbox.address, Math.max(school.deletedItemRetentionDays, 1)),
      ...objectIdReport(mailbox.address),
      "",
    ]),
    ...mailFlowRuleChecks(school.mailboxes.map((mailbox) => mailbox.address)),
    "",
    "Write-Step 'Toegang van de sweep' 'Sweep access'",
    ...sweepAccessChecks(school),
    "",
    ...closing(),
  ];
}
