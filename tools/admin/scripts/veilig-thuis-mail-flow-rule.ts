// veiligthuis-mail-flow-rule.ps1: the server-side wall at Veilig Thuis. Exchange Online mail flow rules (transport
// rules) refuse anything from the HwC mailbox to a school address that cannot be a signal, whichever client sent it.
// What each rule refuses is in ./signal-wall.ts; the cmdlet and its parameters are documented at
//   https://learn.microsoft.com/powershell/module/exchange/new-transportrule
//   https://learn.microsoft.com/powershell/module/exchange/set-transportrule
// Parameters used, and why:
//   -From + -SenderAddressLocation HeaderOrEnvelope   the HwC mailbox in the From header or the SMTP envelope
//   -AnyOfRecipientAddressMatchesPatterns            any recipient at a school domain; the rejection then applies to
//                                                    every recipient, not only the matching one (no bifurcation)
//   -ExceptIfSubjectMatchesPatterns / -SubjectMatchesPatterns   the exact subject, as a regular expression
//   -AttachmentSizeOver 1B                           any attachment at all (Microsoft's own advice for "every
//                                                    attachment"; there is no HasAttachment predicate)
//   -MessageSizeOver                                 the whole message, headers and attachments included
//   -HeaderMatchesMessageHeader Cc + -HeaderMatchesPatterns   a Cc header with an address in it
//   -SubjectOrBodyContainsWords                      phone footers and reply/forward headers (whole words)
//   -RejectMessageReasonText + -RejectMessageEnhancedStatusCode 5.7.900–5.7.999   a bounce that says why
//   -RuleErrorAction Defer                           if Exchange cannot evaluate a rule, the message waits instead
//                                                    of leaving unchecked (the default, Ignore, would send it)
//   -Mode Audit | Enforce                            Audit only logs in message trace: the first run tests the wall
//   -Priority 0…5                                    before any rule that might stop rule processing
import type { VeiligThuisConfig } from "../config-schema";
import { psArray, psInterpolatable, psQuote } from "../powershell-quote";
import { closing, exchangeOnlineGuard, preamble } from "./preamble";
import { rejectionText, schoolAddressPatterns, signalSubjectPattern, telltalePhrases, wallRules, type WallRuleKey } from "./signal-wall";

export const veiligThuisMailFlowRuleFileName = "veiligthuis-mail-flow-rule.ps1";

/** The rule order is the priority order. */
const ruleOrder: readonly WallRuleKey[] = ["sender", "subject", "attachments", "size", "copies", "telltales"];

function predicate(key: WallRuleKey, mailbox: string, sizeLimitKb: number): string {
  const fromMailbox = `-From ${psQuote(mailbox)} -SenderAddressLocation HeaderOrEnvelope`;
  switch (key) {
    case "sender":
      return `-FromScope InOrganization -ExceptIfFrom ${psQuote(mailbox)} -SenderAddressLocation HeaderOrEnvelope -SubjectMatchesPatterns $signalSubject`;
    case "subject":
      return `${fromMailbox} -ExceptIfSubjectMatchesPatterns $signalSubject`;
    case "attachments":
      return `${fromMailbox} -AttachmentSizeOver '1B'`;
    case "size":
      return `${fromMailbox} -MessageSizeOver ${psQuote(`${sizeLimitKb}KB`)}`;
    case "copies":
      return `${fromMailbox} -HeaderMatchesMessageHeader 'Cc' -HeaderMatchesPatterns '@'`;
    case "telltales":
      return `${fromMailbox} -SubjectOrBodyContainsWords $telltales`;
  }
}

export function veiligThuisMailFlowRuleScript(veiligThuis: VeiligThuisConfig, source: string): string[] {
  const mailbox = veiligThuis.mailbox.address;
  const comment = psQuote(
    `Handle with Care: gegenereerd met npm run admin -- exchange-script uit ${source}; zie docs/admin-guide.md 5.4. ` +
      `Generated from ${source}; see docs/admin-guide.en.md 5.4.`,
  );
  const rules = ruleOrder.flatMap((key, priority) => {
    const name = psQuote(wallRules[key].name);
    const settings =
      `-Priority ${priority} -Mode $mode -RuleErrorAction Defer ${predicate(key, mailbox, veiligThuis.signalSizeLimitKb)} -AnyOfRecipientAddressMatchesPatterns $schoolAddresses ` +
      `-RejectMessageReasonText ${psQuote(rejectionText(key))} -RejectMessageEnhancedStatusCode ${psQuote(wallRules[key].statusCode)} -Comments ${comment}`;
    return [
      `# ─── ${priority + 1}. ${wallRules[key].name}`,
      `if (Get-TransportRule -Identity ${name} -ErrorAction SilentlyContinue) {`,
      `    Set-TransportRule -Identity ${name} ${settings}`,
      "} else {",
      `    New-TransportRule -Name ${name} ${settings}`,
      "}",
      `$rule = Get-TransportRule -Identity ${name}`,
      "if (\"$($rule.State)\" -ne 'Enabled') {",
      `    Add-Problem ${psQuote(`De regel '${wallRules[key].name}' staat uit: Enable-TransportRule -Identity '${wallRules[key].name}'`)} ${psQuote(`The rule '${wallRules[key].name}' is disabled.`)}`,
      "}",
      "",
    ];
  });
  return [
    ...preamble({
      titleNl: "Handle with Care: de muur aan de serverkant bij Veilig Thuis (e-mailstroomregels in Exchange Online).",
      titleEn: "Handle with Care: the server-side wall at Veilig Thuis (Exchange Online mail flow rules).",
      source,
      organization: veiligThuis.organization,
      tenantId: veiligThuis.tenantId,
      connectNl: "Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (rol Exchange Administrator). Zonder -Enforce staan de regels in testmodus (Audit).",
      connectEn: "Connect-ExchangeOnline -UserPrincipalName <admin@domain> (Exchange Administrator role). Without -Enforce the rules are in test mode (Audit).",
      parameters: ["[switch]$Enforce"],
    }),
    ...exchangeOnlineGuard(veiligThuis.tenantId),
    `if (-not (Get-Mailbox -Identity ${psQuote(mailbox)} -ErrorAction SilentlyContinue)) {`,
    `    throw ${psQuote(`De HwC-postbus ${mailbox} bestaat nog niet: voer eerst veiligthuis-mailbox.ps1 uit. / The HwC mailbox ${mailbox} does not exist yet: run veiligthuis-mailbox.ps1 first.`)}`,
    "}",
    "$mode = if ($Enforce) { 'Enforce' } else { 'Audit' }",
    `$signalSubject = ${psArray([signalSubjectPattern])}`,
    `$schoolAddresses = ${psArray(schoolAddressPatterns(veiligThuis.schoolDomains))}`,
    `$telltales = ${psArray(telltalePhrases)}`,
    "Write-Step \"Regels in modus $mode\" \"Rules in mode $mode\"",
    "",
    ...rules,
    ...disclaimerWarnings(mailbox),
    "if (-not $Enforce) {",
    `    Add-Problem ${psQuote(
      `De regels staan in testmodus (Audit) en weigeren nog niets. Verstuur een proefsignaal met de invoegtoepassing, controleer met Get-MessageTraceV2 -SenderAddress ${psInterpolatable(mailbox)} dat het is afgeleverd (kolom Size: ruim onder signalSizeLimitKb) en met Get-MessageTraceDetailV2 dat geen regel van Handle with Care het trof; voer dit script daarna uit met -Enforce.`,
    )} ${psQuote("The rules are in test mode (Audit) and refuse nothing yet. Send a test signal with the add-in, check it was delivered and matched no Handle with Care rule, then run this script with -Enforce.")}`,
    "}",
    ...closing(),
  ];
}

/** A disclaimer rule would add text to every signal, and the school would then refuse it as not a signal. */
function disclaimerWarnings(mailbox: string): string[] {
  const address = psInterpolatable(mailbox);
  return [
    "foreach ($other in @(Get-TransportRule | Where-Object { \"$($_.State)\" -eq 'Enabled' -and $_.ApplyHtmlDisclaimerText })) {",
    `    Write-Warning ("De regel $($other.Name) voegt een disclaimer toe; geldt die ook voor ${address}, dan herkent de school het signaal niet meer. Sluit de postbus uit (-ExceptIfFrom '${address}'). / " +`,
    `        "The rule $($other.Name) adds a disclaimer; if it applies to ${address}, the school no longer recognises the signal. Exclude the mailbox.")`,
    "}",
    "",
  ];
}
