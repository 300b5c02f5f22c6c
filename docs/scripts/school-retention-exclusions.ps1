#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Handle with Care: de HwC-postbussen uitsluiten van organisatiebreed bewaarbeleid (Microsoft Purview).
    Handle with Care: exclude the HwC mailboxes from organisation-wide retention policies (Microsoft Purview).

.DESCRIPTION
    Gegenereerd met 'npm run admin -- exchange-script' uit hwc-config.example.json. Niet met de hand aanpassen:
    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.
    Generated with 'npm run admin -- exchange-script' from hwc-config.example.json. Do not edit by hand:
    change the configuration and generate again, so no address is typed by hand.

    Organisatie / organisation: Stichting Gooise Scholen (tenant 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d)
    Vooraf / first: Connect-IPPSSession -UserPrincipalName <beheerder@domein> (rol Compliance Administrator). Zonder -Apply wordt alleen getoond wat er zou veranderen.
                    Connect-IPPSSession -UserPrincipalName <admin@domain> (Compliance Administrator role). Without -Apply it only shows what would change.
    Het script mag vaker worden uitgevoerd; wat al goed staat, blijft zo.
    The script may be run again; what is already right stays as it is.
#>
[CmdletBinding()]
param([switch]$Apply)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 1.0

function Write-Step([string]$Dutch, [string]$English) { Write-Host "$Dutch / $English" }
$problems = [System.Collections.Generic.List[string]]::new()
function Add-Problem([string]$Dutch, [string]$English) {
    $problems.Add("$Dutch / $English")
    Write-Warning "$Dutch / $English"
}

# Alleen tegen de juiste organisatie. / Only against the right organisation.
$connection = @(Get-ConnectionInformation | Where-Object { $_.IsEopSession -and $_.State -eq 'Connected' }) | Select-Object -First 1
if (-not $connection) { throw 'Niet verbonden met Security & Compliance PowerShell: voer eerst Connect-IPPSSession uit. / Not connected to Security & Compliance PowerShell: run Connect-IPPSSession first.' }
if ("$($connection.TenantID)" -ne '8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d') {
    throw ("Verbonden met tenant $($connection.TenantID), verwacht 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d: verbind met de juiste organisatie. / " +
        "Connected to tenant $($connection.TenantID), expected 8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d: connect to the right organisation.")
}


$hwcMailboxes = @('hwc.deregenboog@gooisescholen.example', 'hwc.hetkompas@gooisescholen.example')
$hwcNames = @('hwc.deregenboog@gooisescholen.example', 'handle with care de regenboog', 'hwc.hetkompas@gooisescholen.example', 'handle with care het kompas')
foreach ($policy in @(Get-RetentionCompliancePolicy -DistributionDetail)) {
    $locations = @($policy.ExchangeLocation | ForEach-Object { "$($_.Name)".ToLowerInvariant() })
    if ($locations -contains 'all') {
        if ($Apply) {
            try {
                Set-RetentionCompliancePolicy -Identity $policy.Name -AddExchangeLocationException $hwcMailboxes
                Write-Step "Uitgesloten van $($policy.Name)" "Excluded from $($policy.Name)"
            } catch {
                Add-Problem "Uitsluiten van $($policy.Name) mislukte: $($_.Exception.Message)" "Excluding from $($policy.Name) failed; see the message before the slash."
            }
        } else {
            Write-Step "Zou uitsluiten van $($policy.Name) (voer opnieuw uit met -Apply)" "Would exclude from $($policy.Name) (run again with -Apply)"
        }
    } else {
        $named = @($locations | Where-Object { $hwcNames -contains $_ })
        if ($named.Count -gt 0) {
            Add-Problem ("Bewaarbeleid $($policy.Name) noemt een HwC-postbus ($($named -join ', ')) met name: haal die eruit met " +
                "Set-RetentionCompliancePolicy -Identity '$($policy.Name)' -RemoveExchangeLocation <adres>.") ("Retention policy $($policy.Name) names an HwC mailbox ($($named -join ', ')): remove it.")
        }
    }
}

# eDiscovery-holds en Litigation Hold heft dit script niet op: dat is een juridische beslissing (zie de beheerhandleiding).
# This script does not lift eDiscovery holds or Litigation Hold: that is a legal decision (see the admin guide).
Write-Step 'Beleidswijzigingen worden binnen ongeveer een dag verspreid; controleer daarna met school-check.ps1.' 'Policy changes take up to about a day to distribute; then check with school-check.ps1.'
if ($problems.Count -gt 0) {
    Write-Host ''
    Write-Host 'Nog te doen / Still to do:'
    foreach ($problem in $problems) { Write-Host " - $problem" }
    exit 1
}
Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'
