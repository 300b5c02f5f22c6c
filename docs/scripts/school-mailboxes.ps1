#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Handle with Care: de HwC-postbussen van de school aanmaken en instellen.
    Handle with Care: create and configure the school's HwC mailboxes.

.DESCRIPTION
    Gegenereerd met 'npm run admin -- exchange-script' uit hwc-config.example.json. Niet met de hand aanpassen:
    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.
    Generated with 'npm run admin -- exchange-script' from hwc-config.example.json. Do not edit by hand:
    change the configuration and generate again, so no address is typed by hand.

    Organisatie / organisation: Stichting Gooise Scholen (tenant 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d)
    Vooraf / first: Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (rol Exchange Administrator).
                    Connect-ExchangeOnline -UserPrincipalName <admin@domain> (Exchange Administrator role).
    Het script mag vaker worden uitgevoerd; wat al goed staat, blijft zo.
    The script may be run again; what is already right stays as it is.
#>
[CmdletBinding()]
param()

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 1.0

function Write-Step([string]$Dutch, [string]$English) { Write-Host "$Dutch / $English" }
$problems = [System.Collections.Generic.List[string]]::new()
function Add-Problem([string]$Dutch, [string]$English) {
    $problems.Add("$Dutch / $English")
    Write-Warning "$Dutch / $English"
}

# Alleen tegen de juiste organisatie. / Only against the right organisation.
$connection = @(Get-ConnectionInformation | Where-Object { -not $_.IsEopSession -and $_.State -eq 'Connected' }) | Select-Object -First 1
if (-not $connection) { throw 'Niet verbonden met Exchange Online: voer eerst Connect-ExchangeOnline uit. / Not connected to Exchange Online: run Connect-ExchangeOnline first.' }
if ("$($connection.TenantID)" -ne '8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d') {
    throw ("Verbonden met tenant $($connection.TenantID), verwacht 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d: verbind met de juiste organisatie. / " +
        "Connected to tenant $($connection.TenantID), expected 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d: connect to the right organisation.")
}

# Organisatiebrede bewaarbeleidsregels. / Organisation-wide retention policies.
$organizationHolds = @((Get-OrganizationConfig).InPlaceHolds)

# ─── hwc.deregenboog@gooisescholen.example ───
Write-Step 'Postbus hwc.deregenboog@gooisescholen.example' 'Mailbox hwc.deregenboog@gooisescholen.example'
if (-not (Get-Mailbox -Identity 'hwc.deregenboog@gooisescholen.example' -ErrorAction SilentlyContinue)) {
    New-Mailbox -Shared -Name 'Handle with Care De Regenboog' -DisplayName 'Handle with Care De Regenboog' -Alias 'hwc.deregenboog' -PrimarySmtpAddress 'hwc.deregenboog@gooisescholen.example' | Out-Null
    for ($attempt = 1; $attempt -le 12 -and -not (Get-Mailbox -Identity 'hwc.deregenboog@gooisescholen.example' -ErrorAction SilentlyContinue); $attempt++) { Start-Sleep -Seconds 10 }
}

# Alleen de functionaris: volledige toegang (automatisch in Outlook, zodat de invoegtoepassing er werkt) en verzenden als.
# The functionary only: full access (automapped into Outlook, where the add-in works) and send-as.
Add-MailboxPermission -Identity 'hwc.deregenboog@gooisescholen.example' -User 'j.bakker@gooisescholen.example' -AccessRights FullAccess -InheritanceType All -AutoMapping $true | Out-Null
Add-RecipientPermission -Identity 'hwc.deregenboog@gooisescholen.example' -Trustee 'j.bakker@gooisescholen.example' -AccessRights SendAs -Confirm:$false | Out-Null

# Verwijderd is verwijderd: geen herstel van afzonderlijke items, kortste bewaartermijn.
# Deleted means deleted: no single item recovery, the shortest deleted-item retention.
Set-Mailbox -Identity 'hwc.deregenboog@gooisescholen.example' -SingleItemRecoveryEnabled $false
try {
    Set-Mailbox -Identity 'hwc.deregenboog@gooisescholen.example' -RetainDeletedItemsFor '0.00:00:00'
} catch {
    Write-Warning 'Exchange weigerde 0 dagen bewaartermijn voor hwc.deregenboog@gooisescholen.example; ingesteld op 1 dag. / Exchange refused a 0-day retention for hwc.deregenboog@gooisescholen.example; set to 1 day.'
    Set-Mailbox -Identity 'hwc.deregenboog@gooisescholen.example' -RetainDeletedItemsFor '1.00:00:00'
}

# Controle / check
$allowed = @('j.bakker@gooisescholen.example')
foreach ($permission in @(Get-MailboxPermission -Identity 'hwc.deregenboog@gooisescholen.example')) {
    $user = "$($permission.User)"
    if ($permission.IsInherited -or $user -like 'NT AUTHORITY\*' -or ($permission.AccessRights -join ',') -notmatch 'FullAccess') { continue }
    if ($allowed -notcontains $user.ToLowerInvariant()) {
        Add-Problem ("Volledige toegang voor $user op hwc.deregenboog@gooisescholen.example, die geen functionaris is. Controleer en verwijder zo nodig: " +
            "Remove-MailboxPermission -Identity 'hwc.deregenboog@gooisescholen.example' -User '$user' -AccessRights FullAccess -InheritanceType All") ("Full access for $user on hwc.deregenboog@gooisescholen.example, who is not a functionary. Check, and remove if so.")
    }
}
foreach ($permission in @(Get-RecipientPermission -Identity 'hwc.deregenboog@gooisescholen.example' -AccessRights SendAs)) {
    $trustee = "$($permission.Trustee)"
    if ($trustee -like 'NT AUTHORITY\*') { continue }
    if ($allowed -notcontains $trustee.ToLowerInvariant()) {
        Add-Problem ("Verzenden als hwc.deregenboog@gooisescholen.example door $trustee, die geen functionaris is. Controleer en verwijder zo nodig: " +
            "Remove-RecipientPermission -Identity 'hwc.deregenboog@gooisescholen.example' -Trustee '$trustee' -AccessRights SendAs") ("Send-as on hwc.deregenboog@gooisescholen.example for $trustee, who is not a functionary. Check, and remove if so.")
    }
}
$mailbox = Get-Mailbox -Identity 'hwc.deregenboog@gooisescholen.example'
if ($mailbox.RecipientTypeDetails -ne 'SharedMailbox') {
    Add-Problem 'hwc.deregenboog@gooisescholen.example is geen gedeelde postbus (shared mailbox).' 'hwc.deregenboog@gooisescholen.example is not a shared mailbox.'
}
if ($mailbox.SingleItemRecoveryEnabled) {
    Add-Problem 'Herstel van afzonderlijke items staat aan op hwc.deregenboog@gooisescholen.example: Set-Mailbox -Identity ''hwc.deregenboog@gooisescholen.example'' -SingleItemRecoveryEnabled $false' 'Single item recovery is on for hwc.deregenboog@gooisescholen.example.'
}
$retention = [TimeSpan]::Parse("$($mailbox.RetainDeletedItemsFor)")
if ($retention.TotalDays -gt 1) {
    Add-Problem ("Verwijderde items blijven $($retention.TotalDays) dagen bewaard op hwc.deregenboog@gooisescholen.example; verwacht hoogstens 1.") ("Deleted items are kept $($retention.TotalDays) days in hwc.deregenboog@gooisescholen.example; expected at most 1.")
}
if ($mailbox.LitigationHoldEnabled) {
    Add-Problem 'Litigation Hold staat aan op hwc.deregenboog@gooisescholen.example: verwijderde signalen blijven vindbaar. Overleg met de privacy- of compliance-functionaris voordat u de hold opheft (zie de beheerhandleiding).' 'Litigation Hold is on for hwc.deregenboog@gooisescholen.example: deleted signals stay discoverable. Consult the privacy or compliance officer before removing it (see the admin guide).'
}
$holds = @($mailbox.InPlaceHolds | Where-Object { $_ -and -not "$_".StartsWith('-') })
if ($holds.Count -gt 0) {
    Add-Problem ("Hold of bewaarbeleid op hwc.deregenboog@gooisescholen.example (InPlaceHolds: $($holds -join ', ')). UniH = eDiscovery-zaak, mbx = Purview-bewaarbeleid: zie de beheerhandleiding en school-retention-exclusions.ps1.") ("Hold or retention policy on hwc.deregenboog@gooisescholen.example (InPlaceHolds: $($holds -join ', ')). UniH = eDiscovery case, mbx = Purview retention policy: see the admin guide and school-retention-exclusions.ps1.")
}
$excluded = @($mailbox.InPlaceHolds | Where-Object { "$_".StartsWith('-') } | ForEach-Object { "$_".Substring(1).Split(':')[0] })
foreach ($organizationHold in @($organizationHolds)) {
    $holdId = "$organizationHold".Split(':')[0]
    if ($holdId -like 'mbx*' -and $excluded -notcontains $holdId) {
        Add-Problem ("Organisatiebreed bewaarbeleid $holdId geldt ook voor hwc.deregenboog@gooisescholen.example: sluit de postbus uit met school-retention-exclusions.ps1.") ("Organisation-wide retention policy $holdId also applies to hwc.deregenboog@gooisescholen.example: exclude the mailbox with school-retention-exclusions.ps1.")
    }
}
if ($mailbox.ComplianceTagHoldApplied) {
    Add-Problem 'Items in hwc.deregenboog@gooisescholen.example hebben een bewaarlabel (ComplianceTagHoldApplied): verwijder het label of sluit de postbus uit van het labelbeleid.' 'Items in hwc.deregenboog@gooisescholen.example carry a retention label (ComplianceTagHoldApplied): remove the label or exclude the mailbox from the label policy.'
}
if ($mailbox.DelayHoldApplied -or $mailbox.DelayReleaseHoldApplied) {
    Add-Problem 'Op hwc.deregenboog@gooisescholen.example geldt nog een vertragingshold (delay hold) van een eerder opgeheven hold: Exchange bewaart items nog 30 dagen. Wacht dit af, of (na akkoord van compliance) Set-Mailbox -Identity ''hwc.deregenboog@gooisescholen.example'' -RemoveDelayHoldApplied -RemoveDelayReleaseHoldApplied' 'A delay hold from an earlier hold still applies to hwc.deregenboog@gooisescholen.example: Exchange keeps items for another 30 days.'
}

# ─── hwc.hetkompas@gooisescholen.example ───
Write-Step 'Postbus hwc.hetkompas@gooisescholen.example' 'Mailbox hwc.hetkompas@gooisescholen.example'
if (-not (Get-Mailbox -Identity 'hwc.hetkompas@gooisescholen.example' -ErrorAction SilentlyContinue)) {
    New-Mailbox -Shared -Name 'Handle with Care Het Kompas' -DisplayName 'Handle with Care Het Kompas' -Alias 'hwc.hetkompas' -PrimarySmtpAddress 'hwc.hetkompas@gooisescholen.example' | Out-Null
    for ($attempt = 1; $attempt -le 12 -and -not (Get-Mailbox -Identity 'hwc.hetkompas@gooisescholen.example' -ErrorAction SilentlyContinue); $attempt++) { Start-Sleep -Seconds 10 }
}

# Alleen de functionaris: volledige toegang (automatisch in Outlook, zodat de invoegtoepassing er werkt) en verzenden als.
# The functionary only: full access (automapped into Outlook, where the add-in works) and send-as.
Add-MailboxPermission -Identity 'hwc.hetkompas@gooisescholen.example' -User 's.elamrani@gooisescholen.example' -AccessRights FullAccess -InheritanceType All -AutoMapping $true | Out-Null
Add-RecipientPermission -Identity 'hwc.hetkompas@gooisescholen.example' -Trustee 's.elamrani@gooisescholen.example' -AccessRights SendAs -Confirm:$false | Out-Null

# Verwijderd is verwijderd: geen herstel van afzonderlijke items, kortste bewaartermijn.
# Deleted means deleted: no single item recovery, the shortest deleted-item retention.
Set-Mailbox -Identity 'hwc.hetkompas@gooisescholen.example' -SingleItemRecoveryEnabled $false
try {
    Set-Mailbox -Identity 'hwc.hetkompas@gooisescholen.example' -RetainDeletedItemsFor '0.00:00:00'
} catch {
    Write-Warning 'Exchange weigerde 0 dagen bewaartermijn voor hwc.hetkompas@gooisescholen.example; ingesteld op 1 dag. / Exchange refused a 0-day retention for hwc.hetkompas@gooisescholen.example; set to 1 day.'
    Set-Mailbox -Identity 'hwc.hetkompas@gooisescholen.example' -RetainDeletedItemsFor '1.00:00:00'
}

# Controle / check
$allowed = @('s.elamrani@gooisescholen.example')
foreach ($permission in @(Get-MailboxPermission -Identity 'hwc.hetkompas@gooisescholen.example')) {
    $user = "$($permission.User)"
    if ($permission.IsInherited -or $user -like 'NT AUTHORITY\*' -or ($permission.AccessRights -join ',') -notmatch 'FullAccess') { continue }
    if ($allowed -notcontains $user.ToLowerInvariant()) {
        Add-Problem ("Volledige toegang voor $user op hwc.hetkompas@gooisescholen.example, die geen functionaris is. Controleer en verwijder zo nodig: " +
            "Remove-MailboxPermission -Identity 'hwc.hetkompas@gooisescholen.example' -User '$user' -AccessRights FullAccess -InheritanceType All") ("Full access for $user on hwc.hetkompas@gooisescholen.example, who is not a functionary. Check, and remove if so.")
    }
}
foreach ($permission in @(Get-RecipientPermission -Identity 'hwc.hetkompas@gooisescholen.example' -AccessRights SendAs)) {
    $trustee = "$($permission.Trustee)"
    if ($trustee -like 'NT AUTHORITY\*') { continue }
    if ($allowed -notcontains $trustee.ToLowerInvariant()) {
        Add-Problem ("Verzenden als hwc.hetkompas@gooisescholen.example door $trustee, die geen functionaris is. Controleer en verwijder zo nodig: " +
            "Remove-RecipientPermission -Identity 'hwc.hetkompas@gooisescholen.example' -Trustee '$trustee' -AccessRights SendAs") ("Send-as on hwc.hetkompas@gooisescholen.example for $trustee, who is not a functionary. Check, and remove if so.")
    }
}
$mailbox = Get-Mailbox -Identity 'hwc.hetkompas@gooisescholen.example'
if ($mailbox.RecipientTypeDetails -ne 'SharedMailbox') {
    Add-Problem 'hwc.hetkompas@gooisescholen.example is geen gedeelde postbus (shared mailbox).' 'hwc.hetkompas@gooisescholen.example is not a shared mailbox.'
}
if ($mailbox.SingleItemRecoveryEnabled) {
    Add-Problem 'Herstel van afzonderlijke items staat aan op hwc.hetkompas@gooisescholen.example: Set-Mailbox -Identity ''hwc.hetkompas@gooisescholen.example'' -SingleItemRecoveryEnabled $false' 'Single item recovery is on for hwc.hetkompas@gooisescholen.example.'
}
$retention = [TimeSpan]::Parse("$($mailbox.RetainDeletedItemsFor)")
if ($retention.TotalDays -gt 1) {
    Add-Problem ("Verwijderde items blijven $($retention.TotalDays) dagen bewaard op hwc.hetkompas@gooisescholen.example; verwacht hoogstens 1.") ("Deleted items are kept $($retention.TotalDays) days in hwc.hetkompas@gooisescholen.example; expected at most 1.")
}
if ($mailbox.LitigationHoldEnabled) {
    Add-Problem 'Litigation Hold staat aan op hwc.hetkompas@gooisescholen.example: verwijderde signalen blijven vindbaar. Overleg met de privacy- of compliance-functionaris voordat u de hold opheft (zie de beheerhandleiding).' 'Litigation Hold is on for hwc.hetkompas@gooisescholen.example: deleted signals stay discoverable. Consult the privacy or compliance officer before removing it (see the admin guide).'
}
$holds = @($mailbox.InPlaceHolds | Where-Object { $_ -and -not "$_".StartsWith('-') })
if ($holds.Count -gt 0) {
    Add-Problem ("Hold of bewaarbeleid op hwc.hetkompas@gooisescholen.example (InPlaceHolds: $($holds -join ', ')). UniH = eDiscovery-zaak, mbx = Purview-bewaarbeleid: zie de beheerhandleiding en school-retention-exclusions.ps1.") ("Hold or retention policy on hwc.hetkompas@gooisescholen.example (InPlaceHolds: $($holds -join ', ')). UniH = eDiscovery case, mbx = Purview retention policy: see the admin guide and school-retention-exclusions.ps1.")
}
$excluded = @($mailbox.InPlaceHolds | Where-Object { "$_".StartsWith('-') } | ForEach-Object { "$_".Substring(1).Split(':')[0] })
foreach ($organizationHold in @($organizationHolds)) {
    $holdId = "$organizationHold".Split(':')[0]
    if ($holdId -like 'mbx*' -and $excluded -notcontains $holdId) {
        Add-Problem ("Organisatiebreed bewaarbeleid $holdId geldt ook voor hwc.hetkompas@gooisescholen.example: sluit de postbus uit met school-retention-exclusions.ps1.") ("Organisation-wide retention policy $holdId also applies to hwc.hetkompas@gooisescholen.example: exclude the mailbox with school-retention-exclusions.ps1.")
    }
}
if ($mailbox.ComplianceTagHoldApplied) {
    Add-Problem 'Items in hwc.hetkompas@gooisescholen.example hebben een bewaarlabel (ComplianceTagHoldApplied): verwijder het label of sluit de postbus uit van het labelbeleid.' 'Items in hwc.hetkompas@gooisescholen.example carry a retention label (ComplianceTagHoldApplied): remove the label or exclude the mailbox from the label policy.'
}
if ($mailbox.DelayHoldApplied -or $mailbox.DelayReleaseHoldApplied) {
    Add-Problem 'Op hwc.hetkompas@gooisescholen.example geldt nog een vertragingshold (delay hold) van een eerder opgeheven hold: Exchange bewaart items nog 30 dagen. Wacht dit af, of (na akkoord van compliance) Set-Mailbox -Identity ''hwc.hetkompas@gooisescholen.example'' -RemoveDelayHoldApplied -RemoveDelayReleaseHoldApplied' 'A delay hold from an earlier hold still applies to hwc.hetkompas@gooisescholen.example: Exchange keeps items for another 30 days.'
}

if ($problems.Count -gt 0) {
    Write-Host ''
    Write-Host 'Nog te doen / Still to do:'
    foreach ($problem in $problems) { Write-Host " - $problem" }
    exit 1
}
Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'
