// Read-only checks for school-check.ps1: the mailbox's directory object id (what the cleanup service's mailbox
// file names it by), and the tenant's mail-flow rules that would change mail to an HwC mailbox. A rule that tags
// the subject or adds a banner or disclaimer makes every signal unrecognisable unless the service is told exactly
// what it adds; exempting the HwC mailboxes from such rules is the better fix.
// https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/mail-flow-rules
import { psArray, psInterpolatable, psQuote } from "../powershell-quote";

/** Prints the object id for HWC_MAILBOXES_FILE (`objectId`); `$mailbox` is the mailbox just read. */
export function objectIdReport(mailboxAddress: string): string[] {
  const address = psInterpolatable(mailboxAddress);
  return [
    `Write-Host ("  objectId (HWC_MAILBOXES_FILE / hwc-config.json) van ${address}: $($mailbox.ExternalDirectoryObjectId)")`,
    `if (-not $mailbox.ExternalDirectoryObjectId) { Add-Problem ${psQuote(`${address} heeft geen ExternalDirectoryObjectId: is het een postbus in Exchange Online?`)} ${psQuote(`${address} has no ExternalDirectoryObjectId: is it an Exchange Online mailbox?`)} }`,
  ];
}

/** Every enabled transport rule that tags subjects or adds a disclaimer and does not except the HwC mailboxes. */
export function mailFlowRuleChecks(addresses: readonly string[]): string[] {
  return [
    "Write-Step 'E-mailstroomregels die signalen veranderen' 'Mail-flow rules that change signals'",
    `$hwcAddresses = ${psArray(addresses)}`,
    "foreach ($rule in @(Get-TransportRule | Where-Object { $_.State -eq 'Enabled' -and ($_.PrependSubject -or $_.ApplyHtmlDisclaimerText) })) {",
    "    $exceptions = (@($rule.ExceptIfSentTo) + @($rule.ExceptIfRecipientAddressContainsWords) + @($rule.ExceptIfRecipientAddressMatchesPatterns) | ForEach-Object { \"$_\".ToLowerInvariant() }) -join ' '",
    "    foreach ($address in $hwcAddresses) {",
    "        $alias = $address.Split('@')[0]",
    "        if ($exceptions -notlike \"*$address*\" -and $exceptions -notlike \"*$alias*\") {",
    "            Add-Problem (\"Regel '$($rule.Name)' verandert mail aan $address (onderwerp of disclaimer): signalen worden dan niet herkend. Zonder de postbus uit: \" +",
    "                \"Set-TransportRule -Identity '$($rule.Name)' -ExceptIfSentTo @{Add='$address'}; of geef de toevoeging precies op als tolerance (zie de beheerhandleiding).\") `",
    "                (\"Rule '$($rule.Name)' changes mail to $address (subject or disclaimer): signals are then not recognised. Exempt the mailbox, or configure exactly what it adds as tolerance (see the admin guide).\")",
    "        }",
    "    }",
    "}",
  ];
}
