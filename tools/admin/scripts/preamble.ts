// The opening every generated script shares: what it is, where it came from, and the guards that stop it from
// running against the wrong organisation. Text is Dutch first, English second, like everything an admin reads.
import { psQuote } from "../powershell-quote";

export type ScriptIntro = {
  titleNl: string;
  titleEn: string;
  /** The config file name, so a reader knows what to regenerate from. */
  source: string;
  organization: string;
  tenantId: string;
  /** How to connect before running: one line per language. */
  connectNl: string;
  connectEn: string;
  /** Extra `param()` entries, e.g. "[switch]$Apply". */
  parameters?: string[];
};

export function preamble(intro: ScriptIntro): string[] {
  return [
    "#Requires -Version 5.1",
    "#Requires -Modules ExchangeOnlineManagement",
    "<#",
    ".SYNOPSIS",
    `    ${intro.titleNl}`,
    `    ${intro.titleEn}`,
    "",
    ".DESCRIPTION",
    `    Gegenereerd met 'npm run admin -- exchange-script' uit ${intro.source}. Niet met de hand aanpassen:`,
    "    wijzig de configuratie en genereer opnieuw, zodat geen adres met de hand wordt getypt.",
    `    Generated with 'npm run admin -- exchange-script' from ${intro.source}. Do not edit by hand:`,
    "    change the configuration and generate again, so no address is typed by hand.",
    "",
    `    Organisatie / organisation: ${intro.organization} (tenant ${intro.tenantId})`,
    `    Vooraf / first: ${intro.connectNl}`,
    `    ${" ".repeat("Vooraf / first: ".length)}${intro.connectEn}`,
    "    Het script mag vaker worden uitgevoerd; wat al goed staat, blijft zo.",
    "    The script may be run again; what is already right stays as it is.",
    "#>",
    "[CmdletBinding()]",
    `param(${(intro.parameters ?? []).join(", ")})`,
    "",
    "$ErrorActionPreference = 'Stop'",
    "Set-StrictMode -Version 1.0",
    "",
    "function Write-Step([string]$Dutch, [string]$English) { Write-Host \"$Dutch / $English\" }",
    "$problems = [System.Collections.Generic.List[string]]::new()",
    "function Add-Problem([string]$Dutch, [string]$English) {",
    "    $problems.Add(\"$Dutch / $English\")",
    "    Write-Warning \"$Dutch / $English\"",
    "}",
    "",
  ];
}

/** Refuses to run unless Exchange Online PowerShell (or, with `compliance`, Security & Compliance PowerShell)
 * is connected to the configured tenant. */
export function exchangeOnlineGuard(tenantId: string, compliance = false): string[] {
  const notConnected = psQuote(
    compliance
      ? "Niet verbonden met Security & Compliance PowerShell: voer eerst Connect-IPPSSession uit. / " +
          "Not connected to Security & Compliance PowerShell: run Connect-IPPSSession first."
      : "Niet verbonden met Exchange Online: voer eerst Connect-ExchangeOnline uit. / " +
          "Not connected to Exchange Online: run Connect-ExchangeOnline first.",
  );
  const session = compliance ? "$_.IsEopSession" : "-not $_.IsEopSession";
  return [
    "# Alleen tegen de juiste organisatie. / Only against the right organisation.",
    `$connection = @(Get-ConnectionInformation | Where-Object { ${session} -and $_.State -eq 'Connected' }) | Select-Object -First 1`,
    `if (-not $connection) { throw ${notConnected} }`,
    `if ("$($connection.TenantID)" -ne ${psQuote(tenantId)}) {`,
    `    throw ("Verbonden met tenant $($connection.TenantID), verwacht ${tenantId}: verbind met de juiste organisatie. / " +`,
    `        "Connected to tenant $($connection.TenantID), expected ${tenantId}: connect to the right organisation.")`,
    "}",
    "",
  ];
}

/** Prints what is left to do and exits non-zero, so a scheduled or CI run notices. */
export function closing(): string[] {
  return [
    "if ($problems.Count -gt 0) {",
    "    Write-Host ''",
    "    Write-Host 'Nog te doen / Still to do:'",
    "    foreach ($problem in $problems) { Write-Host \" - $problem\" }",
    "    exit 1",
    "}",
    "Write-Step 'Klaar: alles in orde.' 'Done: everything in order.'",
    "",
  ];
}
