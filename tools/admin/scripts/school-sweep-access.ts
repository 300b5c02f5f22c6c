// school-sweep-access.ps1: RBAC for Applications, so the sweep's app-only identity reaches the HwC mailboxes
// and nothing else. Exchange grants (scoped) and Entra grants (tenant-wide) add up, so the Entra app must hold
// no Mail.* application permission at all; the script checks what Exchange can see of that.
import type { SchoolConfig } from "../config-schema";
import { opathQuote, psInterpolatable, psQuote } from "../powershell-quote";
import { closing, exchangeOnlineGuard, preamble } from "./preamble";

export const schoolSweepAccessFileName = "school-sweep-access.ps1";

/** The two Exchange application roles the sweep needs: read/move/delete and send the "expired" notice. */
export const sweepRoles = ["Application Mail.ReadWrite", "Application Mail.Send"] as const;

/** Only these addresses, by primary SMTP address: adding a school means regenerating, never a looser filter. */
export function recipientFilter(addresses: readonly string[]): string {
  return addresses.map((address) => `PrimarySmtpAddress -eq ${opathQuote(address)}`).join(" -or ");
}

function assignmentName(role: (typeof sweepRoles)[number]): string {
  return `Handle with Care sweep - ${role.replace("Application ", "")}`;
}

export function schoolSweepAccessScript(school: SchoolConfig, source: string): string[] {
  const app = school.sweepApp;
  const servicePrincipal = psQuote(app.servicePrincipalObjectId);
  const scope = psQuote(school.managementScopeName);
  const addresses = school.mailboxes.map((mailbox) => mailbox.address);
  const lines = [
    ...preamble({
      titleNl: "Handle with Care: de opschoonidentiteit (sweep) beperken tot de HwC-postbussen (RBAC for Applications).",
      titleEn: "Handle with Care: limit the sweep's identity to the HwC mailboxes (RBAC for Applications).",
      source,
      organization: school.organization,
      tenantId: school.tenantId,
      connectNl: "Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (rol Exchange Administrator of Organization Management).",
      connectEn: "Connect-ExchangeOnline -UserPrincipalName <admin@domain> (Exchange Administrator or Organization Management role).",
    }),
    ...exchangeOnlineGuard(school.tenantId),
    "# 1. De service principal in Exchange Online (verwijst naar de Enterprise application in Entra).",
    "#    The service principal in Exchange Online (a reference to the Entra enterprise application).",
    `if (-not (Get-ServicePrincipal -Identity ${servicePrincipal} -ErrorAction SilentlyContinue)) {`,
    `    New-ServicePrincipal -AppId ${psQuote(app.clientId)} -ObjectId ${servicePrincipal} -DisplayName ${psQuote(app.displayName)} | Out-Null`,
    "}",
    "",
    "# 2. Het beheerbereik: precies de HwC-postbussen. / The management scope: exactly the HwC mailboxes.",
    `$filter = ${psQuote(recipientFilter(addresses))}`,
    `if (Get-ManagementScope -Identity ${scope} -ErrorAction SilentlyContinue) {`,
    `    Set-ManagementScope -Identity ${scope} -RecipientRestrictionFilter $filter`,
    "} else {",
    `    New-ManagementScope -Name ${scope} -RecipientRestrictionFilter $filter | Out-Null`,
    "}",
    "",
    "# 3. De rollen, alleen binnen dat bereik. / The roles, only within that scope.",
    ...sweepRoles.flatMap((role) => {
      const name = psQuote(assignmentName(role));
      return [
        `if (Get-ManagementRoleAssignment -Identity ${name} -ErrorAction SilentlyContinue) {`,
        `    Set-ManagementRoleAssignment -Identity ${name} -CustomResourceScope ${scope}`,
        "} else {",
        `    New-ManagementRoleAssignment -Name ${name} -App ${servicePrincipal} -Role ${psQuote(role)} -CustomResourceScope ${scope} | Out-Null`,
        "}",
      ];
    }),
    "",
    "# 4. Controle: geen bredere toekenning, wel toegang tot elke HwC-postbus. Test-ServicePrincipalAuthorization",
    "#    omzeilt de cache; de service zelf ziet wijzigingen pas na 30 minuten tot 2 uur.",
    "#    Check: no broader grant, access to every HwC mailbox. Test-ServicePrincipalAuthorization bypasses the cache;",
    "#    the service itself sees changes only after 30 minutes to 2 hours.",
    ...sweepAccessChecks(school),
    "",
    "Write-Step 'Controleer ook in Entra dat deze app GEEN Mail.*-toepassingsmachtigingen heeft (die gelden voor de hele tenant).' 'Also check in Entra that this app has NO Mail.* application permissions (those apply tenant-wide).'",
    ...closing(),
  ];
  return lines;
}

/** Read-only checks of the sweep's Exchange RBAC, shared with the audit script. */
export function sweepAccessChecks(school: SchoolConfig): string[] {
  const app = school.sweepApp;
  const servicePrincipal = psQuote(app.servicePrincipalObjectId);
  const scopeName = psInterpolatable(school.managementScopeName);
  const lines = [
    `foreach ($grant in @(Test-ServicePrincipalAuthorization -Identity ${servicePrincipal})) {`,
    `    if ("$($grant.AllowedResourceScope)" -ne ${psQuote(school.managementScopeName)}) {`,
    `        Add-Problem ("De sweep heeft $($grant.RoleName) buiten het bereik ${scopeName} ($($grant.AllowedResourceScope), $($grant.ScopeType)): verwijder die toekenning met Remove-ManagementRoleAssignment.") ("The sweep holds $($grant.RoleName) outside the scope ${scopeName} ($($grant.AllowedResourceScope), $($grant.ScopeType)): remove that assignment with Remove-ManagementRoleAssignment.")`,
    "    }",
    "}",
  ];
  for (const mailbox of school.mailboxes) {
    const address = psInterpolatable(mailbox.address);
    lines.push(`$grants = @(Test-ServicePrincipalAuthorization -Identity ${servicePrincipal} -Resource ${psQuote(mailbox.address)})`);
    for (const role of sweepRoles) {
      lines.push(
        `if (-not ($grants | Where-Object { $_.RoleName -eq ${psQuote(role)} -and "$($_.InScope)" -eq 'True' })) {`,
        `    Add-Problem ${psQuote(`De sweep kan ${role} niet gebruiken op ${address}: voer school-sweep-access.ps1 uit.`)} ${psQuote(`The sweep cannot use ${role} on ${address}: run school-sweep-access.ps1.`)}`,
        "}",
      );
    }
  }
  if (app.outOfScopeTestMailbox !== undefined) {
    const probe = psInterpolatable(app.outOfScopeTestMailbox);
    lines.push(
      "# Tegenproef: een gewone postbus moet buiten bereik blijven. / Counter-check: an ordinary mailbox must stay out of scope.",
      `if (@(Test-ServicePrincipalAuthorization -Identity ${servicePrincipal} -Resource ${psQuote(probe)} | Where-Object { "$($_.InScope)" -eq 'True' }).Count -gt 0) {`,
      `    Add-Problem ${psQuote(`De sweep kan ook ${probe} bereiken, die geen HwC-postbus is: controleer het filter van het beheerbereik.`)} ${psQuote(`The sweep can also reach ${probe}, which is not an HwC mailbox: check the management scope's filter.`)}`,
      "}",
    );
  }
  return lines;
}
