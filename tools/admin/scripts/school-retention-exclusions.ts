// school-retention-exclusions.ps1: Microsoft Purview retention policies that cover every mailbox ("All") would
// keep a purged signal in Recoverable Items for the policy's whole term. This script excludes the HwC mailboxes
// from them (Security & Compliance PowerShell) and lists, without touching, the holds that are a legal decision.
import type { SchoolConfig } from "../config-schema";
import { psArray } from "../powershell-quote";
import { closing, exchangeOnlineGuard, preamble } from "./preamble";

export const schoolRetentionExclusionsFileName = "school-retention-exclusions.ps1";

export function schoolRetentionExclusionsScript(school: SchoolConfig, source: string): string[] {
  const addresses = school.mailboxes.map((mailbox) => mailbox.address);
  const names = school.mailboxes.flatMap((mailbox) => [mailbox.address, mailbox.displayName.toLowerCase()]);
  return [
    ...preamble({
      titleNl: "Handle with Care: de HwC-postbussen uitsluiten van organisatiebreed bewaarbeleid (Microsoft Purview).",
      titleEn: "Handle with Care: exclude the HwC mailboxes from organisation-wide retention policies (Microsoft Purview).",
      source,
      organization: school.organization,
      tenantId: school.tenantId,
      connectNl: "Connect-IPPSSession -UserPrincipalName <beheerder@domein> (rol Compliance Administrator). Zonder -Apply wordt alleen getoond wat er zou veranderen.",
      connectEn: "Connect-IPPSSession -UserPrincipalName <admin@domain> (Compliance Administrator role). Without -Apply it only shows what would change.",
      parameters: ["[switch]$Apply"],
    }),
    ...exchangeOnlineGuard(school.tenantId, true),    "",
    `$hwcMailboxes = ${psArray(addresses)}`,
    `$hwcNames = ${psArray(names)}`,
    "foreach ($policy in @(Get-RetentionCompliancePolicy -DistributionDetail)) {",
    "    $locations = @($policy.ExchangeLocation | ForEach-Object { \"$($_.Name)\".ToLowerInvariant() })",
    "    if ($locations -contains 'all') {",
    "        if ($Apply) {",
    "            try {",
    "                Set-RetentionCompliancePolicy -Identity $policy.Name -AddExchangeLocationException $hwcMailboxes",
    "                Write-Step \"Uitgesloten van $($policy.Name)\" \"Excluded from $($policy.Name)\"",
    "            } catch {",
    "                Add-Problem \"Uitsluiten van $($policy.Name) mislukte: $($_.Exception.Message)\" \"Excluding from $($policy.Name) failed; see the message before the slash.\"",
    "            }",
    "        } else {",
    "            Write-Step \"Zou uitsluiten van $($policy.Name) (voer opnieuw uit met -Apply)\" \"Would exclude from $($policy.Name) (run again with -Apply)\"",
    "        }",
    "    } else {",
    "        $named = @($locations | Where-Object { $hwcNames -contains $_ })",
    "        if ($named.Count -gt 0) {",
    "            Add-Problem (\"Bewaarbeleid $($policy.Name) noemt een HwC-postbus ($($named -join ', ')) met name: haal die eruit met \" +",
    "                \"Set-RetentionCompliancePolicy -Identity '$($policy.Name)' -RemoveExchangeLocation <adres>.\") (\"Retention policy $($policy.Name) names an HwC mailbox ($($named -join ', ')): remove it.\")",
    "        }",
    "    }",
    "}",
    "",
    "# eDiscovery-holds en Litigation Hold heft dit script niet op: dat is een juridische beslissing (zie de beheerhandleiding).",
    "# This script does not lift eDiscovery holds or Litigation Hold: that is a legal decision (see the admin guide).",
    "Write-Step 'Beleidswijzigingen worden binnen ongeveer een dag verspreid; controleer daarna met school-check.ps1.' 'Policy changes take up to about a day to distribute; then check with school-check.ps1.'",
    ...closing(),
  ];
}
