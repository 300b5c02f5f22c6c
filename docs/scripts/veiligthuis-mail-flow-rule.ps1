#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Handle with Care: de muur aan de serverkant bij Veilig Thuis (e-mailstroomregels in Exchange Online).
    Handle with Care: the server-side wall at Veilig Thuis (Exchange Online mail flow rules).

.DESCRIPTION
    Gegenereerd met 'npm run admin -- exchange-script' uit hwc-config.example.json. Niet met de hand aanpassen:
    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.
    Generated with 'npm run admin -- exchange-script' from hwc-config.example.json. Do not edit by hand:
    change the configuration and generate again, so no address is typed by hand.

    Organisatie / organisation: Veilig Thuis Gooi en Vechtstreek (tenant 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f)
    Vooraf / first: Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (rol Exchange Administrator). Zonder -Enforce staan de regels in testmodus (Audit).
                    Connect-ExchangeOnline -UserPrincipalName <admin@domain> (Exchange Administrator role). Without -Enforce the rules are in test mode (Audit).
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
$connection = @(Get-ConnectionInformation | Where-Object { -not $_.IsEopSession -and $_.State -eq 'Connected' }) | Select-Object -First 1
if (-not $connection) { throw 'Niet verbonden met Exchange Online: voer eerst Connect-ExchangeOnline uit. / Not connected to Exchange Online: run Connect-ExchangeOnline first.' }
if ("$($connection.TenantID)" -ne '5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f') {
    throw ("Verbonden met tenant $($connection.TenantID), verwacht 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f: verbind met de juiste organisatie. / " +
        "Connected to tenant $($connection.TenantID), expected 5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f: connect to the right organisation.")
}

if (-not (Get-Mailbox -Identity 'handlewithcare@veiligthuisgv.example' -ErrorAction SilentlyContinue)) {
    throw 'De HwC-postbus handlewithcare@veiligthuisgv.example bestaat nog niet: voer eerst veiligthuis-mailbox.ps1 uit. / The HwC mailbox handlewithcare@veiligthuisgv.example does not exist yet: run veiligthuis-mailbox.ps1 first.'
}
$mode = if ($Enforce) { 'Enforce' } else { 'Audit' }
$signalSubject = @('^Handle with Care$')
$schoolAddresses = @('@gooisescholen\.example$')
$telltales = @('Verzonden vanaf mijn', 'Verstuurd vanaf mijn', 'Sent from my', 'Outlook voor iOS', 'Outlook voor Android', 'Outlook for iOS', 'Outlook for Android', 'Oorspronkelijk bericht', 'Original Message', 'Doorgestuurd bericht', 'Forwarded message')
Write-Step "Regels in modus $mode" "Rules in mode $mode"

# ─── 1. Handle with Care: alleen vanaf de HwC-postbus
if (Get-TransportRule -Identity 'Handle with Care: alleen vanaf de HwC-postbus' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Handle with Care: alleen vanaf de HwC-postbus' -Priority 0 -Mode $mode -RuleErrorAction Defer -FromScope InOrganization -ExceptIfFrom 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een signaal vertrekt alleen vanaf de Handle with Care-postbus van Veilig Thuis (convenant, Bijlage 1.3). Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a signal leaves only from the Veilig Thuis Handle with Care mailbox (covenant, Annex 1.3). Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.905' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-TransportRule -Name 'Handle with Care: alleen vanaf de HwC-postbus' -Priority 0 -Mode $mode -RuleErrorAction Defer -FromScope InOrganization -ExceptIfFrom 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een signaal vertrekt alleen vanaf de Handle with Care-postbus van Veilig Thuis (convenant, Bijlage 1.3). Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a signal leaves only from the Veilig Thuis Handle with Care mailbox (covenant, Annex 1.3). Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.905' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}
$rule = Get-TransportRule -Identity 'Handle with Care: alleen vanaf de HwC-postbus'
if ("$($rule.State)" -ne 'Enabled') {
    Add-Problem 'De regel ''Handle with Care: alleen vanaf de HwC-postbus'' staat uit: Enable-TransportRule -Identity ''Handle with Care: alleen vanaf de HwC-postbus''' 'The rule ''Handle with Care: alleen vanaf de HwC-postbus'' is disabled.'
}

# ─── 2. Handle with Care: alleen het onderwerp Handle with Care
if (Get-TransportRule -Identity 'Handle with Care: alleen het onderwerp Handle with Care' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Handle with Care: alleen het onderwerp Handle with Care' -Priority 1 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -ExceptIfSubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een bericht van de Handle with Care-postbus aan een school moet precies het onderwerp ''Handle with Care'' hebben. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a message from the Handle with Care mailbox to a school must have exactly the subject ''Handle with Care''. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.900' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-TransportRule -Name 'Handle with Care: alleen het onderwerp Handle with Care' -Priority 1 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -ExceptIfSubjectMatchesPatterns $signalSubject -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een bericht van de Handle with Care-postbus aan een school moet precies het onderwerp ''Handle with Care'' hebben. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a message from the Handle with Care mailbox to a school must have exactly the subject ''Handle with Care''. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.900' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}
$rule = Get-TransportRule -Identity 'Handle with Care: alleen het onderwerp Handle with Care'
if ("$($rule.State)" -ne 'Enabled') {
    Add-Problem 'De regel ''Handle with Care: alleen het onderwerp Handle with Care'' staat uit: Enable-TransportRule -Identity ''Handle with Care: alleen het onderwerp Handle with Care''' 'The rule ''Handle with Care: alleen het onderwerp Handle with Care'' is disabled.'
}

# ─── 3. Handle with Care: geen bijlagen
if (Get-TransportRule -Identity 'Handle with Care: geen bijlagen' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Handle with Care: geen bijlagen' -Priority 2 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -AttachmentSizeOver '1B' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een signaal heeft geen bijlagen en geen afbeeldingen. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a signal has no attachments and no images. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.901' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-TransportRule -Name 'Handle with Care: geen bijlagen' -Priority 2 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -AttachmentSizeOver '1B' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een signaal heeft geen bijlagen en geen afbeeldingen. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a signal has no attachments and no images. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.901' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}
$rule = Get-TransportRule -Identity 'Handle with Care: geen bijlagen'
if ("$($rule.State)" -ne 'Enabled') {
    Add-Problem 'De regel ''Handle with Care: geen bijlagen'' staat uit: Enable-TransportRule -Identity ''Handle with Care: geen bijlagen''' 'The rule ''Handle with Care: geen bijlagen'' is disabled.'
}

# ─── 4. Handle with Care: alleen een klein bericht
if (Get-TransportRule -Identity 'Handle with Care: alleen een klein bericht' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Handle with Care: alleen een klein bericht' -Priority 3 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -MessageSizeOver '64KB' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: het bericht is groter dan een signaal ooit is (alleen naam, geboortedatum en Handle with Care). Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: the message is larger than a signal ever is (only name, birth date and Handle with Care). Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.902' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-TransportRule -Name 'Handle with Care: alleen een klein bericht' -Priority 3 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -MessageSizeOver '64KB' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: het bericht is groter dan een signaal ooit is (alleen naam, geboortedatum en Handle with Care). Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: the message is larger than a signal ever is (only name, birth date and Handle with Care). Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.902' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}
$rule = Get-TransportRule -Identity 'Handle with Care: alleen een klein bericht'
if ("$($rule.State)" -ne 'Enabled') {
    Add-Problem 'De regel ''Handle with Care: alleen een klein bericht'' staat uit: Enable-TransportRule -Identity ''Handle with Care: alleen een klein bericht''' 'The rule ''Handle with Care: alleen een klein bericht'' is disabled.'
}

# ─── 5. Handle with Care: geen CC
if (Get-TransportRule -Identity 'Handle with Care: geen CC' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Handle with Care: geen CC' -Priority 4 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -HeaderMatchesMessageHeader 'Cc' -HeaderMatchesPatterns '@' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een signaal gaat alleen naar het HwC-adres van de school, zonder CC. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a signal goes only to the school''s HwC address, without Cc. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.903' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-TransportRule -Name 'Handle with Care: geen CC' -Priority 4 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -HeaderMatchesMessageHeader 'Cc' -HeaderMatchesPatterns '@' -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: een signaal gaat alleen naar het HwC-adres van de school, zonder CC. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: a signal goes only to the school''s HwC address, without Cc. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.903' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}
$rule = Get-TransportRule -Identity 'Handle with Care: geen CC'
if ("$($rule.State)" -ne 'Enabled') {
    Add-Problem 'De regel ''Handle with Care: geen CC'' staat uit: Enable-TransportRule -Identity ''Handle with Care: geen CC''' 'The rule ''Handle with Care: geen CC'' is disabled.'
}

# ─── 6. Handle with Care: geen telefoon- of doorstuurtekst
if (Get-TransportRule -Identity 'Handle with Care: geen telefoon- of doorstuurtekst' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Handle with Care: geen telefoon- of doorstuurtekst' -Priority 5 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectOrBodyContainsWords $telltales -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: het bericht bevat tekst van een telefoon, een antwoord of een doorgestuurd bericht. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: the message holds text from a phone, a reply or a forwarded message. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.904' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
} else {
    New-TransportRule -Name 'Handle with Care: geen telefoon- of doorstuurtekst' -Priority 5 -Mode $mode -RuleErrorAction Defer -From 'handlewithcare@veiligthuisgv.example' -SenderAddressLocation HeaderOrEnvelope -SubjectOrBodyContainsWords $telltales -AnyOfRecipientAddressMatchesPatterns $schoolAddresses -RejectMessageReasonText 'Geweigerd door Veilig Thuis: het bericht bevat tekst van een telefoon, een antwoord of een doorgestuurd bericht. Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / Refused by Veilig Thuis: the message holds text from a phone, a reply or a forwarded message. Send the signal with the Handle with Care add-in in Outlook.' -RejectMessageEnhancedStatusCode '5.7.904' -Comments 'Handle with Care: gegenereerd met npm run admin -- exchange-script uit hwc-config.example.json; zie docs/admin-guide.md 5.4. Generated from hwc-config.example.json; see docs/admin-guide.en.md 5.4.'
}
$rule = Get-TransportRule -Identity 'Handle with Care: geen telefoon- of doorstuurtekst'
if ("$($rule.State)" -ne 'Enabled') {
    Add-Problem 'De regel ''Handle with Care: geen telefoon- of doorstuurtekst'' staat uit: Enable-TransportRule -Identity ''Handle with Care: geen telefoon- of doorstuurtekst''' 'The rule ''Handle with Care: geen telefoon- of doorstuurtekst'' is disabled.'
}

foreach ($other in @(Get-TransportRule | Where-Object { "$($_.State)" -eq 'Enabled' -and $_.ApplyHtmlDisclaimerText })) {
    Write-Warning ("De regel $($other.Name) voegt een disclaimer toe; geldt die ook voor handlewithcare@veiligthuisgv.example, dan herkent de school het signaal niet meer. Sluit de postbus uit (-ExceptIfFrom 'handlewithcare@veiligthuisgv.example'). / " +
        "The rule $($other.Name) adds a disclaimer; if it applies to handlewithcare@veiligthuisgv.example, the school no longer recognises the signal. Exclude the mailbox.")
}

if (-not $Enforce) {
    Add-Problem 'De regels staan in testmodus (Audit) en weigeren nog niets. Verstuur een proefsignaal met de invoegtoepassing, controleer met Get-MessageTraceV2 -SenderAddress handlewithcare@veiligthuisgv.example dat het is afgeleverd (kolom Size: ruim onder signalSizeLimitKb) en met Get-MessageTraceDetailV2 dat geen regel van Handle with Care het trof; voer dit script daarna uit met -Enforce.' 'The rules are in test mode (Audit) and refuse nothing yet. Send a test signal with the add-in, check it was delivered and matched no Handle with Care rule, then run this script with -Enforce.'
}
if ($problems.Count -gt 0) {
    Write-Host ''
    Write-Host 'Nog te doen / Still to do:'
    foreach ($problem in $problems) { Write-Host " - $problem" }
    exit 1
}
Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'
