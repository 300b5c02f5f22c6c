#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Handle with Care: controle (alleen lezen) van de HwC-postbussen en de toegang van de sweep.
    Handle with Care: read-only check of the HwC mailboxes and the sweep's access.

.DESCRIPTION
    Gegenereerd met 'npm run admin -- exchange-script' uit hwc-config.example.json. Niet met de hand aanpassen:
    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.
    Generated with 'npm run admin -- exchange-script' from hwc-config.example.json. Do not edit by hand:
    change the configuration and generate again, so no address is typed by hand.

    Organisatie / organisation: Stichting Gooise Scholen (tenant 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d)
    Vooraf / first: Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (leesrechten volstaan niet voor Test-ServicePrincipalAuthorization: gebruik Exchange Administrator).
                    Connect-ExchangeOnline -UserPrincipalName <admin@domain> (read rights are not enough for Test-ServicePrincipalAuthorization: use Exchange Administrator).
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

Write-Step 'Postbus hwc.deregenboog@gooisescholen.example' 'Mailbox hwc.deregenboog@gooisescholen.example'
if (-not (Get-Mailbox -Identity 'hwc.deregenboog@gooisescholen.example' -ErrorAction SilentlyContinue)) {
    throw 'Postbus hwc.deregenboog@gooisescholen.example bestaat niet: voer eerst school-mailboxes.ps1 uit. / Mailbox hwc.deregenboog@gooisescholen.example does not exist: run school-mailboxes.ps1 first.'
}
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
Write-Host ("  objectId (HWC_MAILBOXES_FILE / hwc-config.json) van hwc.deregenboog@gooisescholen.example: $($mailbox.ExternalDirectoryObjectId)")
if (-not $mailbox.ExternalDirectoryObjectId) { Add-Problem 'hwc.deregenboog@gooisescholen.example heeft geen ExternalDirectoryObjectId: is het een postbus in Exchange Online?' 'hwc.deregenboog@gooisescholen.example has no ExternalDirectoryObjectId: is it an Exchange Online mailbox?' }

Write-Step 'Postbus hwc.hetkompas@gooisescholen.example' 'Mailbox hwc.hetkompas@gooisescholen.example'
if (-not (Get-Mailbox -Identity 'hwc.hetkompas@gooisescholen.example' -ErrorAction SilentlyContinue)) {
    throw 'Postbus hwc.hetkompas@gooisescholen.example bestaat niet: voer eerst school-mailboxes.ps1 uit. / Mailbox hwc.hetkompas@gooisescholen.example does not exist: run school-mailboxes.ps1 first.'
}
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
Write-Host ("  objectId (HWC_MAILBOXES_FILE / hwc-config.json) van hwc.hetkompas@gooisescholen.example: $($mailbox.ExternalDirectoryObjectId)")
if (-not $mailbox.ExternalDirectoryObjectId) { Add-Problem 'hwc.hetkompas@gooisescholen.example heeft geen ExternalDirectoryObjectId: is het een postbus in Exchange Online?' 'hwc.hetkompas@gooisescholen.example has no ExternalDirectoryObjectId: is it an Exchange Online mailbox?' }

Write-Step 'E-mailstroomregels die signalen veranderen' 'Mail-flow rules that change signals'
$hwcAddresses = @('hwc.deregenboog@gooisescholen.example', 'hwc.hetkompas@gooisescholen.example')
foreach ($rule in @(Get-TransportRule | Where-Object { $_.State -eq 'Enabled' -and ($_.PrependSubject -or $_.ApplyHtmlDisclaimerText) })) {
    $exceptions = (@($rule.ExceptIfSentTo) + @($rule.ExceptIfRecipientAddressContainsWords) + @($rule.ExceptIfRecipientAddressMatchesPatterns) | ForEach-Object { "$_".ToLowerInvariant() }) -join ' '
    foreach ($address in $hwcAddresses) {
        $alias = $address.Split('@')[0]
        if ($exceptions -notlike "*$address*" -and $exceptions -notlike "*$alias*") {
            Add-Problem ("Regel '$($rule.Name)' verandert mail aan $address (onderwerp of disclaimer): signalen worden dan niet herkend. Zonder de postbus uit: " +
                "Set-TransportRule -Identity '$($rule.Name)' -ExceptIfSentTo @{Add='$address'}; of geef de toevoeging precies op als tolerance (zie de beheerhandleiding).") `
                ("Rule '$($rule.Name)' changes mail to $address (subject or disclaimer): signals are then not recognised. Exempt the mailbox, or configure exactly what it adds as tolerance (see the admin guide).")
        }
    }
}

Write-Step 'Toegang van de sweep' 'Sweep access'
foreach ($grant in @(Test-ServicePrincipalAuthorization -Identity 'c1ea5e00-0000-4000-8000-00000000a003')) {
    if ("$($grant.AllowedResourceScope)" -ne 'Handle with Care HwC-postbussen') {
        Add-Problem ("De sweep heeft $($grant.RoleName) buiten het bereik Handle with Care HwC-postbussen ($($grant.AllowedResourceScope), $($grant.ScopeType)): verwijder die toekenning met Remove-ManagementRoleAssignment.") ("The sweep holds $($grant.RoleName) outside the scope Handle with Care HwC-postbussen ($($grant.AllowedResourceScope), $($grant.ScopeType)): remove that assignment with Remove-ManagementRoleAssignment.")
    }
}
$grants = @(Test-ServicePrincipalAuthorization -Identity 'c1ea5e00-0000-4000-8000-00000000a003' -Resource 'hwc.deregenboog@gooisescholen.example')
if (-not ($grants | Where-Object { $_.RoleName -eq 'Application Mail.ReadWrite' -and "$($_.InScope)" -eq 'True' })) {
    Add-Problem 'De sweep kan Application Mail.ReadWrite niet gebruiken op hwc.deregenboog@gooisescholen.example: voer school-sweep-access.ps1 uit.' 'The sweep cannot use Application Mail.ReadWrite on hwc.deregenboog@gooisescholen.example: run school-sweep-access.ps1.'
}
if (-not ($grants | Where-Object { $_.RoleName -eq 'Application Mail.Send' -and "$($_.InScope)" -eq 'True' })) {
    Add-Problem 'De sweep kan Application Mail.Send niet gebruiken op hwc.deregenboog@gooisescholen.example: voer school-sweep-access.ps1 uit.' 'The sweep cannot use Application Mail.Send on hwc.deregenboog@gooisescholen.example: run school-sweep-access.ps1.'
}
$grants = @(Test-ServicePrincipalAuthorization -Identity 'c1ea5e00-0000-4000-8000-00000000a003' -Resource 'hwc.hetkompas@gooisescholen.example')
if (-not ($grants | Where-Object { $_.RoleName -eq 'Application Mail.ReadWrite' -and "$($_.InScope)" -eq 'True' })) {
    Add-Problem 'De sweep kan Application Mail.ReadWrite niet gebruiken op hwc.hetkompas@gooisescholen.example: voer school-sweep-access.ps1 uit.' 'The sweep cannot use Application Mail.ReadWrite on hwc.hetkompas@gooisescholen.example: run school-sweep-access.ps1.'
}
if (-not ($grants | Where-Object { $_.RoleName -eq 'Application Mail.Send' -and "$($_.InScope)" -eq 'True' })) {
    Add-Problem 'De sweep kan Application Mail.Send niet gebruiken op hwc.hetkompas@gooisescholen.example: voer school-sweep-access.ps1 uit.' 'The sweep cannot use Application Mail.Send on hwc.hetkompas@gooisescholen.example: run school-sweep-access.ps1.'
}
# Tegenproef: een gewone postbus moet buiten bereik blijven. / Counter-check: an ordinary mailbox must stay out of scope.
if (@(Test-ServicePrincipalAuthorization -Identity 'c1ea5e00-0000-4000-8000-00000000a003' -Resource 'p.visser@gooisescholen.example' | Where-Object { "$($_.InScope)" -eq 'True' }).Count -gt 0) {
    Add-Problem 'De sweep kan ook p.visser@gooisescholen.example bereiken, die geen HwC-postbus is: controleer het filter van het beheerbereik.' 'The sweep can also reach p.visser@gooisescholen.example, which is not an HwC mailbox: check the management scope''s filter.'
}

if ($problems.Count -gt 0) {
    Write-Host ''
    Write-Host 'Nog te doen / Still to do:'
    foreach ($problem in $problems) { Write-Host " - $problem" }
    exit 1
}
Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'
