#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Handle with Care: de muur aan de serverkant bij Veilig Thuis, als DLP-beleid in Microsoft Purview (alternatief voor de e-mailstroomregels).
    Handle with Care: the server-side wall at Veilig Thuis, as a Microsoft Purview DLP policy (alternative to the mail flow rules).

.DESCRIPTION
    Gegenereerd met 'npm run admin -- exchange-script' uit hwc-config.example.json. Niet met de hand aanpassen:
    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.
    Generated with 'npm run admin -- exchange-script' from hwc-config.example.json. Do not edit by hand:
    change the configuration and generate again, so no address is typed by hand.

    Organisatie / organisation: Veilig Thuis Gooi en Vechtstreek (tenant 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f)
    Vooraf / first: Connect-IPPSSession -UserPrincipalName <beheerder@domein> (rol Compliance Administrator). Zonder -Enforce staat het beleid in testmodus.
                    Connect-IPPSSession -UserPrincipalName <admin@domain> (Compliance Administrator role). Without -Enforce the policy is in test mode.
    Het script mag vaker worden uitgevoerd; wat al goed staat, blijft zo.
    The script may be run again; what is already right stays as it is.
#>
[CmdletBinding()]
param([switch]$Enforce)

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
if ("$($connection.TenantID)" -ne '5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f') {
    throw ("Verbonden met tenant $($connection.TenantID), verwacht 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f: verbind met de juiste organisatie. / " +
        "Connected to tenant $($connection.TenantID), expected 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f: connect to the right organisation.")
}

$mode = if ($Enforce) { 'Enable' } else { 'TestWithNotifications' }
$signalSubject = @('^Handle with Care$')
$schoolAddresses = @('@gooisescholen\.example$')
$telltales = @('Verzonden vanaf mijn', 'Verstuurd vanaf mijn', 'Sent from my', 'Outlook voor iOS', 'Outlook voor Android', 'Outlook for iOS', 'Outlook for Android', 'Oorspronkelijk bericht', 'Original Message', 'Doorgestuurd bericht', 'Forwarded message')

if (Get-DlpCompliancePolicy -Identity 'Handle with Care: alleen het signaal' -ErrorAction SilentlyContinue) {
    Set-DlpCompliancePolicy -Identity 'Handle with Care: alleen het signaal' -Mode $mode
} else {
    New-DlpCompliancePolicy -Name 'Handle with Care: alleen het signaal' -ExchangeLocation All -Mode $mode -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}
Write-Step "DLP-beleid in modus $mode" "DLP policy in mode $mode"

# ─── 1. Handle with Care: alleen vanaf de HwC-postbus (DLP)
if (Get-DlpComplianceRule -Identity 'Handle with Care: alleen vanaf de HwC-postbus (DLP)' -ErrorAction SilentlyContinue) {
    Set-DlpComplianceRule -Identity 'Handle with Care: alleen vanaf de HwC-postbus (DLP)' -FromScope InOrganization -ExceptIfFrom 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Een signaal vertrekt alleen vanaf de Handle with Care-postbus van Veilig Thuis (convenant, Bijlage 1.3). / A signal leaves only from the Veilig Thuis Handle with Care mailbox (covenant, Annex 1.3).' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-DlpComplianceRule -Name 'Handle with Care: alleen vanaf de HwC-postbus (DLP)' -Policy 'Handle with Care: alleen het signaal' -FromScope InOrganization -ExceptIfFrom 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Een signaal vertrekt alleen vanaf de Handle with Care-postbus van Veilig Thuis (convenant, Bijlage 1.3). / A signal leaves only from the Veilig Thuis Handle with Care mailbox (covenant, Annex 1.3).' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}

# ─── 2. Handle with Care: alleen het onderwerp Handle with Care (DLP)
if (Get-DlpComplianceRule -Identity 'Handle with Care: alleen het onderwerp Handle with Care (DLP)' -ErrorAction SilentlyContinue) {
    Set-DlpComplianceRule -Identity 'Handle with Care: alleen het onderwerp Handle with Care (DLP)' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -ExceptIfSubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Een bericht van de Handle with Care-postbus aan een school moet precies het onderwerp ''Handle with Care'' hebben. / A message from the Handle with Care mailbox to a school must have exactly the subject ''Handle with Care''.' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-DlpComplianceRule -Name 'Handle with Care: alleen het onderwerp Handle with Care (DLP)' -Policy 'Handle with Care: alleen het signaal' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -ExceptIfSubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Een bericht van de Handle with Care-postbus aan een school moet precies het onderwerp ''Handle with Care'' hebben. / A message from the Handle with Care mailbox to a school must have exactly the subject ''Handle with Care''.' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}

# ─── 3. Handle with Care: geen bijlagen (DLP)
if (Get-DlpComplianceRule -Identity 'Handle with Care: geen bijlagen (DLP)' -ErrorAction SilentlyContinue) {
    Set-DlpComplianceRule -Identity 'Handle with Care: geen bijlagen (DLP)' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -DocumentSizeOver '1B' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Een signaal heeft geen bijlagen en geen afbeeldingen. / A signal has no attachments and no images.' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-DlpComplianceRule -Name 'Handle with Care: geen bijlagen (DLP)' -Policy 'Handle with Care: alleen het signaal' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -DocumentSizeOver '1B' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Een signaal heeft geen bijlagen en geen afbeeldingen. / A signal has no attachments and no images.' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}

# ─── 4. Handle with Care: alleen een klein bericht (DLP)
if (Get-DlpComplianceRule -Identity 'Handle with Care: alleen een klein bericht (DLP)' -ErrorAction SilentlyContinue) {
    Set-DlpComplianceRule -Identity 'Handle with Care: alleen een klein bericht (DLP)' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -MessageSizeOver '64KB' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Het bericht is groter dan een signaal ooit is (alleen naam, geboortedatum en Handle with Care). / The message is larger than a signal ever is (only name, birth date and Handle with Care).' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-DlpComplianceRule -Name 'Handle with Care: alleen een klein bericht (DLP)' -Policy 'Handle with Care: alleen het signaal' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -MessageSizeOver '64KB' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Het bericht is groter dan een signaal ooit is (alleen naam, geboortedatum en Handle with Care). / The message is larger than a signal ever is (only name, birth date and Handle with Care).' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}

# ─── 5. Handle with Care: geen telefoon- of doorstuurtekst (DLP)
if (Get-DlpComplianceRule -Identity 'Handle with Care: geen telefoon- of doorstuurtekst (DLP)' -ErrorAction SilentlyContinue) {
    Set-DlpComplianceRule -Identity 'Handle with Care: geen telefoon- of doorstuurtekst (DLP)' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectOrBodyContainsWords $telltales -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Het bericht bevat tekst van een telefoon, een antwoord of een doorgestuurd bericht. / The message holds text from a phone, a reply or a forwarded message.' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-DlpComplianceRule -Name 'Handle with Care: geen telefoon- of doorstuurtekst (DLP)' -Policy 'Handle with Care: alleen het signaal' -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectOrBodyContainsWords $telltales -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -BlockAccess $true -BlockAccessScope All -NotifyUser 'LastModifier' -NotifyPolicyTipCustomText 'Het bericht bevat tekst van een telefoon, een antwoord of een doorgestuurd bericht. / The message holds text from a phone, a reply or a forwarded message.' -RuleErrorAction RetryThenBlock -Comment 'Handle with Care: gegenereerd uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}

# Alleen als ook Exchange Online PowerShell verbonden is. / Only when Exchange Online PowerShell is connected too.
if ((Get-Command Get-TransportRule -ErrorAction SilentlyContinue) -and @(Get-TransportRule | Where-Object { "$($_.Name)" -like 'Handle with Care:*' }).Count -gt 0) {
    Add-Problem 'Er staan ook e-mailstroomregels van Handle with Care: gebruik de regels of dit DLP-beleid, niet allebei.' 'Handle with Care mail flow rules exist too: use the rules or this DLP policy, not both.'
}
if (-not $Enforce) {
    Add-Problem 'Het beleid staat in testmodus en blokkeert nog niets. Wacht tot het is verspreid (Get-DlpCompliancePolicy -DistributionDetail), verstuur een proefsignaal met de invoegtoepassing en controleer in Microsoft Purview (Activity explorer) dat geen regel van Handle with Care het trof; voer dit script daarna uit met -Enforce.' 'The policy is in test mode and blocks nothing yet. Wait for it to distribute, send a test signal with the add-in, check that no Handle with Care rule matched it, then run this script with -Enforce.'
}
if ($problems.Count -gt 0) {
    Write-Host ''
    Write-Host 'Nog te doen / Still to do:'
    foreach ($problem in $problems) { Write-Host " - $problem" }
    exit 1
}
Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'
