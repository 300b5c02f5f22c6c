#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Handle with Care: de HwC-postbus van Veilig Thuis en de rechten van de medewerkers.
    Handle with Care: the Veilig Thuis HwC mailbox and the caseworkers' rights.

.DESCRIPTION
    Gegenereerd met 'npm run admin -- exchange-script' uit hwc-config.example.json. Niet met de hand aanpassen:
    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.
    Generated with 'npm run admin -- exchange-script' from hwc-config.example.json. Do not edit by hand:
    change the configuration and generate again, so no address is typed by hand.

    Organisatie / organisation: Veilig Thuis Gooi en Vechtstreek (tenant 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f)
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
if ("$($connection.TenantID)" -ne '5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f') {
    throw ("Verbonden met tenant $($connection.TenantID), verwacht 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f: verbind met de juiste organisatie. / " +
        "Connected to tenant $($connection.TenantID), expected 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f: connect to the right organisation.")
}

Write-Step 'Postbus handlewithcare@veiligthuisgv.example' 'Mailbox handlewithcare@veiligthuisgv.example'
if (-not (Get-Mailbox -Identity 'handlewithcare@veiligthuisgv.example' -ErrorAction SilentlyContinue)) {
    New-Mailbox -Shared -Name 'Veilig Thuis Handle with Care' -DisplayName 'Veilig Thuis Handle with Care' -Alias 'handlewithcare' -PrimarySmtpAddress 'handlewithcare@veiligthuisgv.example' | Out-Null
    for ($attempt = 1; $attempt -le 12 -and -not (Get-Mailbox -Identity 'handlewithcare@veiligthuisgv.example' -ErrorAction SilentlyContinue); $attempt++) { Start-Sleep -Seconds 10 }
}

# Medewerkers: volledige toegang (bevestigingen lezen) en verzenden als (het signaal vertrekt van dit adres).
# Caseworkers: full access (to read acknowledgements) and send-as (the signal leaves from this address).
Add-MailboxPermission -Identity 'handlewithcare@veiligthuisgv.example' -User 'm.devries@veiligthuisgv.example' -AccessRights FullAccess -InheritanceType All -AutoMapping $true | Out-Null
Add-RecipientPermission -Identity 'handlewithcare@veiligthuisgv.example' -Trustee 'm.devries@veiligthuisgv.example' -AccessRights SendAs -Confirm:$false | Out-Null

# Controle / check
$allowed = @('m.devries@veiligthuisgv.example')
foreach ($permission in @(Get-MailboxPermission -Identity 'handlewithcare@veiligthuisgv.example')) {
    $user = "$($permission.User)"
    if ($permission.IsInherited -or $user -like 'NT AUTHORITY\*' -or ($permission.AccessRights -join ',') -notmatch 'FullAccess') { continue }
    if ($allowed -notcontains $user.ToLowerInvariant()) {
        Add-Problem ("Volledige toegang voor $user op handlewithcare@veiligthuisgv.example, die geen medewerker in de configuratie is. Controleer en verwijder zo nodig: " +
            "Remove-MailboxPermission -Identity 'handlewithcare@veiligthuisgv.example' -User '$user' -AccessRights FullAccess -InheritanceType All") ("Full access for $user on handlewithcare@veiligthuisgv.example, who is not a caseworker in the configuration. Check, and remove if so.")
    }
}
foreach ($permission in @(Get-RecipientPermission -Identity 'handlewithcare@veiligthuisgv.example' -AccessRights SendAs)) {
    $trustee = "$($permission.Trustee)"
    if ($trustee -like 'NT AUTHORITY\*') { continue }
    if ($allowed -notcontains $trustee.ToLowerInvariant()) {
        Add-Problem ("Verzenden als handlewithcare@veiligthuisgv.example door $trustee, die geen medewerker in de configuratie is. Controleer en verwijder zo nodig: " +
            "Remove-RecipientPermission -Identity 'handlewithcare@veiligthuisgv.example' -Trustee '$trustee' -AccessRights SendAs") ("Send-as on handlewithcare@veiligthuisgv.example for $trustee, who is not a caseworker in the configuration. Check, and remove if so.")
    }
}

Write-Step 'Zet in het Microsoft 365-beheercentrum de invoegtoepassing ook voor deze medewerkers aan (zie de beheerhandleiding).' 'In the Microsoft 365 admin center, also assign the add-in to these caseworkers (see the admin guide).'
if ($problems.Count -gt 0) {
    Write-Host ''
    Write-Host 'Nog te doen / Still to do:'
    foreach ($problem in $problems) { Write-Host " - $problem" }
    exit 1
}
Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'
