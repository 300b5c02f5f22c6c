// Read-only checks on one HwC mailbox, used both right after configuring it and by the audit script:
// who can open or send as it, whether deleted items are really gone, and whether any hold keeps them.
import { psArray, psInterpolatable, psQuote } from "../powershell-quote";

/** Creates the shared mailbox unless it exists, then waits until Exchange can find it (a new mailbox can take a
 * little while to appear, and the permission commands that follow would fail on it). */
export function createSharedMailbox(address: string, displayName: string): string[] {
  const identity = psQuote(address);
  const alias = address.slice(0, address.lastIndexOf("@"));
  return [
    `if (-not (Get-Mailbox -Identity ${identity} -ErrorAction SilentlyContinue)) {`,
    `    New-Mailbox -Shared -Name ${psQuote(displayName)} -DisplayName ${psQuote(displayName)} -Alias ${psQuote(alias)} -PrimarySmtpAddress ${identity} | Out-Null`,
    "    for ($attempt = 1; $attempt -le 12 -and -not (Get-Mailbox -Identity " + identity + " -ErrorAction SilentlyContinue); $attempt++) { Start-Sleep -Seconds 10 }",
    "}",
  ];
}

export type MailboxCheck = {
  address: string;
  /** The only users allowed full access and send-as (functionaries, or Veilig Thuis caseworkers). */
  delegates: readonly string[];
  delegateRoleNl: string;
  delegateRoleEn: string;
};

/** Full access and send-as belong to the listed delegates only (Bijlage 1.4: only the functionary reads it). */
export function delegateChecks(check: MailboxCheck): string[] {
  const address = psInterpolatable(check.address);
  const identity = psQuote(check.address);
  return [
    `$allowed = ${psArray(check.delegates)}`,
    `foreach ($permission in @(Get-MailboxPermission -Identity ${identity})) {`,
    "    $user = \"$($permission.User)\"",
    "    if ($permission.IsInherited -or $user -like 'NT AUTHORITY\\*' -or ($permission.AccessRights -join ',') -notmatch 'FullAccess') { continue }",
    "    if ($allowed -notcontains $user.ToLowerInvariant()) {",
    `        Add-Problem ("Volledige toegang voor $user op ${address}, die geen ${check.delegateRoleNl} is. Controleer en verwijder zo nodig: " +`,
    `            "Remove-MailboxPermission -Identity '${address}' -User '$user' -AccessRights FullAccess -InheritanceType All") ` +
      `("Full access for $user on ${address}, who is not a ${check.delegateRoleEn}. Check, and remove if so.")`,
    "    }",
    "}",
    `foreach ($permission in @(Get-RecipientPermission -Identity ${identity} -AccessRights SendAs)) {`,
    "    $trustee = \"$($permission.Trustee)\"",
    "    if ($trustee -like 'NT AUTHORITY\\*') { continue }",
    "    if ($allowed -notcontains $trustee.ToLowerInvariant()) {",
    `        Add-Problem ("Verzenden als ${address} door $trustee, die geen ${check.delegateRoleNl} is. Controleer en verwijder zo nodig: " +`,
    `            "Remove-RecipientPermission -Identity '${address}' -Trustee '$trustee' -AccessRights SendAs") ` +
      `("Send-as on ${address} for $trustee, who is not a ${check.delegateRoleEn}. Check, and remove if so.")`,
    "    }",
    "}",
  ];
}

/** Single item recovery off, deleted-item retention at most `maxRetentionDays`, no hold of any kind: only then
 * does a permanently deleted signal leave the Purges folder (which Graph cannot reach) instead of staying there. */
export function purgeSettingChecks(mailboxAddress: string, maxRetentionDays: number): string[] {
  const address = psInterpolatable(mailboxAddress);
  const identity = psQuote(mailboxAddress);
  return [
    `$mailbox = Get-Mailbox -Identity ${identity}`,
    "if ($mailbox.RecipientTypeDetails -ne 'SharedMailbox') {",
    `    Add-Problem ${psQuote(`${address} is geen gedeelde postbus (shared mailbox).`)} ${psQuote(`${address} is not a shared mailbox.`)}`,
    "}",
    "if ($mailbox.SingleItemRecoveryEnabled) {",
    `    Add-Problem ${psQuote(`Herstel van afzonderlijke items staat aan op ${address}: Set-Mailbox -Identity '${address}' -SingleItemRecoveryEnabled $false`)} ${psQuote(`Single item recovery is on for ${address}.`)}`,
    "}",
    "$retention = [TimeSpan]::Parse(\"$($mailbox.RetainDeletedItemsFor)\")",
    `if ($retention.TotalDays -gt ${maxRetentionDays}) {`,
    `    Add-Problem ("Verwijderde items blijven $($retention.TotalDays) dagen bewaard op ${address}; verwacht hoogstens ${maxRetentionDays}.") ("Deleted items are kept $($retention.TotalDays) days in ${address}; expected at most ${maxRetentionDays}.")`,
    "}",
    "if ($mailbox.LitigationHoldEnabled) {",
    `    Add-Problem ${psQuote(`Litigation Hold staat aan op ${address}: verwijderde signalen blijven vindbaar. Overleg met de privacy- of compliance-functionaris voordat u de hold opheft (zie de beheerhandleiding).`)} ${psQuote(`Litigation Hold is on for ${address}: deleted signals stay discoverable. Consult the privacy or compliance officer before removing it (see the admin guide).`)}`,
    "}",
    "$holds = @($mailbox.InPlaceHolds | Where-Object { $_ -and -not \"$_\".StartsWith('-') })",
    "if ($holds.Count -gt 0) {",
    `    Add-Problem ("Hold of bewaarbeleid op ${address} (InPlaceHolds: $($holds -join ', ')). UniH = eDiscovery-zaak, mbx = Purview-bewaarbeleid: zie de beheerhandleiding en school-retention-exclusions.ps1.") ("Hold or retention policy on ${address} (InPlaceHolds: $($holds -join ', ')). UniH = eDiscovery case, mbx = Purview retention policy: see the admin guide and school-retention-exclusions.ps1.")`,
    "}",
    "$excluded = @($mailbox.InPlaceHolds | Where-Object { \"$_\".StartsWith('-') } | ForEach-Object { \"$_\".Substring(1).Split(':')[0] })",
    "foreach ($organizationHold in @($organizationHolds)) {",
    "    $holdId = \"$organizationHold\".Split(':')[0]",
    "    if ($holdId -like 'mbx*' -and $excluded -notcontains $holdId) {",
    `        Add-Problem ("Organisatiebreed bewaarbeleid $holdId geldt ook voor ${address}: sluit de postbus uit met school-retention-exclusions.ps1.") ("Organisation-wide retention policy $holdId also applies to ${address}: exclude the mailbox with school-retention-exclusions.ps1.")`,
    "    }",
    "}",
    "if ($mailbox.ComplianceTagHoldApplied) {",
    `    Add-Problem ${psQuote(`Items in ${address} hebben een bewaarlabel (ComplianceTagHoldApplied): verwijder het label of sluit de postbus uit van het labelbeleid.`)} ${psQuote(`Items in ${address} carry a retention label (ComplianceTagHoldApplied): remove the label or exclude the mailbox from the label policy.`)}`,
    "}",
    "if ($mailbox.DelayHoldApplied -or $mailbox.DelayReleaseHoldApplied) {",
    `    Add-Problem ${psQuote(`Op ${address} geldt nog een vertragingshold (delay hold) van een eerder opgeheven hold: Exchange bewaart items nog 30 dagen. Wacht dit af, of (na akkoord van compliance) Set-Mailbox -Identity '${address}' -RemoveDelayHoldApplied -RemoveDelayReleaseHoldApplied`)} ${psQuote(`A delay hold from an earlier hold still applies to ${address}: Exchange keeps items for another 30 days.`)}`,
    "}",
  ];
}

/** Organisation-wide retention policies (Get-OrganizationConfig InPlaceHolds), read once per script. */
export function organizationHoldsLookup(): string[] {
  return [
    "# Organisatiebrede bewaarbeleidsregels. / Organisation-wide retention policies.",
    "$organizationHolds = @((Get-OrganizationConfig).InPlaceHolds)",
    "",
  ];
}
