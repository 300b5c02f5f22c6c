// veiligthuis-dlp-policy.ps1: the same wall as veiligthuis-mail-flow-rule.ps1, as a Microsoft Purview DLP policy,
// for an organisation that manages outgoing mail policy in Purview rather than in Exchange mail flow rules. Use one
// of the two, not both. Cmdlets (Security & Compliance PowerShell):
//   https://learn.microsoft.com/powershell/module/exchange/new-dlpcompliancepolicy   -ExchangeLocation All, -Mode
//   https://learn.microsoft.com/powershell/module/exchange/new-dlpcompliancerule     conditions and actions below
//   https://learn.microsoft.com/powershell/module/exchange/set-dlpcompliancerule
// Differences from the mail flow rules, as documented: -DocumentSizeOver is "any attachment greater than" the size
// (the transport predicate is "greater than or equal to"); -HeaderMatchesPatterns takes a hashtable whose syntax
// Microsoft does not document, so this form has no Cc check; the action is -BlockAccess (with a policy tip in
// Outlook) instead of a rejection with its own status code; -RuleErrorAction RetryThenBlock fails closed.
import type { VeiligThuisConfig } from "../config-schema";
import { psArray, psQuote } from "../powershell-quote";
import { closing, exchangeOnlineGuard, preamble } from "./preamble";
import { policyTipText, schoolAddressPatterns, signalSubjectPattern, telltalePhrases, wallRules, type WallRuleKey } from "./signal-wall";

export const veiligThuisDlpPolicyFileName = "veiligthuis-dlp-policy.ps1";

export const dlpPolicyName = "Handle with Care: alleen het signaal";

const dlpRules: readonly Exclude<WallRuleKey, "copies">[] = ["sender", "subject", "attachments", "size", "telltales"];

/** DLP rule names are unique across the tenant and distinct from the mail flow rules'. */
export function dlpRuleName(key: WallRuleKey): string {
  return `${wallRules[key].name} (DLP)`;
}

function condition(key: Exclude<WallRuleKey, "copies">, mailbox: string, sizeLimitKb: number): string {
  const fromMailbox = `-From ${psQuote(mailbox)} -SenderAddressLocation HeaderOrEnvelope`;
  switch (key) {
    case "sender":
      return `-FromScope InOrganization -ExceptIfFrom ${psQuote(mailbox)} -SenderAddressLocation HeaderOrEnvelope -SubjectMatchesPatterns $signalSubject`;
    case "subject":
      return `${fromMailbox} -ExceptIfSubjectMatchesPatterns $signalSubject`;
    case "attachments":
      return `${fromMailbox} -DocumentSizeOver '1B'`;
    case "size":
      return `${fromMailbox} -MessageSizeOver ${psQuote(`${sizeLimitKb}KB`)}`;
    case "telltales":
      return `${fromMailbox} -SubjectOrBodyContainsWords $telltales`;
  }
}

export function veiligThuisDlpPolicyScript(veiligThuis: VeiligThuisConfig, source: string): string[] {
  const mailbox = veiligThuis.mailbox.address;
  const policy = psQuote(dlpPolicyName);
  const comment = psQuote(`Handle with Care: gegenereerd uit ${source}; zie docs/admin-guide.md 5.4. Generated from ${source}; see docs/admin-guide.en.md 5.4.`);
  const rules = dlpRules.flatMap((key, index) => {
    const name = psQuote(dlpRuleName(key));
    const settings =
      `${condition(key, mailbox, veiligThuis.signalSizeLimitKb)} -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All ` +
      `-NotifyUser 'LastModifier' -NotifyPolicyTipCustomText ${psQuote(policyTipText(key))} -RuleErrorAction RetryThenBlock -Comment ${comment}`;
    return [
      `# ─── ${index + 1}. ${dlpRuleName(key)}`,
      `if (Get-DlpComplianceRule -Identity ${name} -ErrorAction SilentlyContinue) {`,
      `    Set-DlpComplianceRule -Identity ${name} ${settings}`,
      "} else {",
      `    New-DlpComplianceRule -Name ${name} -Policy ${policy} ${settings}`,
      "}",
      "",
    ];
  });
  return [
    ...preamble({
      titleNl: "Handle with Care: de muur aan de serverkant bij Veilig Thuis, als DLP-beleid in Microsoft Purview (alternatief voor de e-mailstroomregels).",
      titleEn: "Handle with Care: the server-side wall at Veilig Thuis, as a Microsoft Purview DLP policy (alternative to the mail flow rules).",
      source,
      organization: veiligThuis.organization,
      tenantId: veiligThuis.tenantId,
      connectNl: "Connect-IPPSSession -UserPrincipalName <beheerder@domein> (rol Compliance Administrator). Zonder -Enforce staat het beleid in testmodus.",
      connectEn: "Connect-IPPSSession -UserPrincipalName <admin@domain> (Compliance Administrator role). Without -Enforce the policy is in test mode.",
      parameters: ["[switch]$Enforce"],
    }),
    ...exchangeOnlineGuard(veiligThuis.tenantId, true),
    "$mode = if ($Enforce) { 'Enable' } else { 'TestWithNotifications' }",
    `$signalSubject = ${psArray([signalSubjectPattern])}`,
    `$schoolAddresses = ${psArray(schoolAddressPatterns(veiligThuis.schoolDomains))}`,
    `$telltales = ${psArray(telltalePhrases)}`,
    "",
    `if (Get-DlpCompliancePolicy -Identity ${policy} -ErrorAction SilentlyContinue) {`,
    `    Set-DlpCompliancePolicy -Identity ${policy} -Mode $mode`,
    "} else {",
    `    New-DlpCompliancePolicy -Name ${policy} -ExchangeLocation All -Mode $mode -Comment ${comment}`,
    "}",
    "Write-Step \"DLP-beleid in modus $mode\" \"DLP policy in mode $mode\"",
    "",
    ...rules,
    "# Alleen als ook Exchange Online PowerShell verbonden is. / Only when Exchange Online PowerShell is connected too.",
    `if ((Get-Command Get-TransportRule -ErrorAction SilentlyContinue) -and @(Get-TransportRule | Where-Object { "$($_.Name)" -like 'Handle with Care:*' }).Count -gt 0) {`,
    `    Add-Problem ${psQuote("Er staan ook e-mailstroomregels van Handle with Care: gebruik de regels of dit DLP-beleid, niet allebei.")} ${psQuote("Handle with Care mail flow rules exist too: use the rules or this DLP policy, not both.")}`,
    "}",
    "if (-not $Enforce) {",
    `    Add-Problem ${psQuote(
      "Het beleid staat in testmodus en blokkeert nog niets. Wacht tot het is verspreid (Get-DlpCompliancePolicy -DistributionDetail), verstuur een proefsignaal met de invoegtoepassing en controleer in Microsoft Purview (Activity explorer) dat geen regel van Handle with Care het trof; voer dit script daarna uit met -Enforce.",
    )} ${psQuote("The policy is in test mode and blocks nothing yet. Wait for it to distribute, send a test signal with the add-in, check that no Handle with Care rule matched it, then run this script with -Enforce.")}`,
    "}",
    ...closing(),
  ];
}
