#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Handle with Care: de opschoonidentiteit (sweep) beperken tot de HwC-postbussen (RBAC for Applications).
    Handle with Care: limit the sweep's identity to the HwC mailboxes (RBAC for Applications).

.DESCRIPTION
    Gegenereerd met 'npm run admin -- exchange-script' uit hwc-config.example.json. Niet met de hand aanpassen:
    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.
    Generated with 'npm run admin -- exchange-script' from hwc-config.example.json. Do not edit by hand:
    change the configuration and generate again, so no address is typed by hand.

    Organisatie / organisation: Stichting Gooise Scholen (tenant 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d)
    Vooraf / first: Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (rol Exchange Administrator of Organization Management).
                    Connect-ExchangeOnline -UserPrincipalName <admin@domain> (Exchange Administrator or Organization Management role).
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

# 1. De service principal in Exchange Online (verwijst naar de Enterprise application in Entra).
#    The service principal in Exchange Online (a reference to the Entra enterprise application).
if (-not (Get-ServicePrincipal -Identity 'c1ea5e00-0000-4000-8000-00000000a003' -ErrorAction SilentlyContinue)) {
    New-ServicePrincipal -AppId 'c1ea0000-0000-4000-8000-00000000a003' -ObjectId 'c1ea5e00-0000-4000-8000-00000000a003' -DisplayName 'Handle with Care sweep' | Out-Null
}

# 2. Het beheerbereik: precies de HwC-postbussen. / The management scope: exactly the HwC mailboxes.
$filter = 'PrimarySmtpAddress -eq ''hwc.deregenboog@gooisescholen.example'' -or PrimarySmtpAddress -eq ''hwc.hetkompas@gooisescholen.example'''
if (Get-ManagementScope -Identity 'Handle with Care HwC-postbussen' -ErrorAction SilentlyContinue) {
    Set-ManagementScope -Identity 'Handle with Care HwC-postbussen' -RecipientRestrictionFilter $filter
} else {
    New-ManagementScope -Name 'Handle with Care HwC-postbussen' -RecipientRestrictionFilter $filter | Out-Null
}

# 3. De rollen, alleen binnen dat bereik. / The roles, only within that scope.
if (Get-ManagementRoleAssignment -Identity 'Handle with Care sweep - Mail.ReadWrite' -ErrorAction SilentlyContinue) {
    Set-ManagementRoleAssignment -Identity 'Handle with Care sweep - Mail.ReadWrite' -CustomResourceScope 'Handle with Care HwC-postbussen'
} else {
    New-ManagementRoleAssignment -Name 'Handle with Care sweep - Mail.ReadWrite' -App 'c1ea5e00-0000-4000-8000-00000000a003' -Role 'Application Mail.ReadWrite' -CustomResourceScope 'Handle with Care HwC-postbussen' | Out-Null
}
if (Get-ManagementRoleAssignment -Identity 'Handle with Care sweep - Mail.Send' -ErrorAction SilentlyContinue) {
    Set-ManagementRoleAssignment -Identity 'Handle with Care sweep - Mail.Send' -CustomResourceScope 'Handle with Care HwC-postbussen'
} else {
    New-ManagementRoleAssignment -Name 'Handle with Care sweep - Mail.Send' -App 'c1ea5e00-0000-4000-8000-00000000a003' -Role 'Application Mail.Send' -CustomResourceScope 'Handle with Care HwC-postbussen' | Out-Null
}

# 4. Controle: geen bredere toekenning, wel toegang tot elke HwC-postbus. Test-ServicePrincipalAuthorization
#    omzeilt de cache; de service zelf ziet wijzigingen pas na 30 minuten tot 2 uur.
#    Check: no broader grant, access to every HwC mailbox. Test-ServicePrincipalAuthorization bypasses the cache;
#    the service itself sees changes only after 30 minutes to 2 hours.
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

Write-Step 'Controleer ook in Entra dat deze app GEEN Mail.*-toepassingsmachtigingen heeft (die gelden voor de hele tenant).' 'Also check in Entra that this app has NO Mail.* application permissions (those apply tenant-wide).'
if ($problems.Count -gt 0) {
    Write-Host ''
    Write-Host 'Nog te doen / Still to do:'
    foreach ($problem in $problems) { Write-Host " - $problem" }
    exit 1
}
Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'
