// school-mailboxes.ps1: one shared HwC mailbox per school, full access and send-as for its functionary only,
// deleted items not kept, and a report of any hold that would keep them anyway.
import type { SchoolConfig } from "../config-schema";
import { psQuote } from "../powershell-quote";
import { createSharedMailbox, delegateChecks, organizationHoldsLookup, purgeSettingChecks } from "./mailbox-checks";
import { closing, exchangeOnlineGuard, preamble } from "./preamble";

export const schoolMailboxesFileName = "school-mailboxes.ps1";

type SchoolMailbox = SchoolConfig["mailboxes"][number];

function retentionCommands(address: string, days: number): string[] {
  const identity = psQuote(address);
  if (days > 0) return [`Set-Mailbox -Identity ${identity} -RetainDeletedItemsFor '${days}.00:00:00'`];
  // Microsoft documents the default (14 days) and the maximum (30) but no minimum; ask for 0 and fall back to
  // the shortest value that is certainly accepted.
  return [
    "try {",
    `    Set-Mailbox -Identity ${identity} -RetainDeletedItemsFor '0.00:00:00'`,
    "} catch {",
    `    Write-Warning ${psQuote(`Exchange weigerde 0 dagen bewaartermijn voor ${address}; ingesteld op 1 dag. / Exchange refused a 0-day retention for ${address}; set to 1 day.`)}`,
    `    Set-Mailbox -Identity ${identity} -RetainDeletedItemsFor '1.00:00:00'`,
    "}",
  ];
}

function mailboxBlock(mailbox: SchoolMailbox, retentionDays: number): string[] {
  const identity = psQuote(mailbox.address);
  const functionaries = mailbox.functionaries.map((functionary) => functionary.userPrincipalName);
  return [
    `# ─── ${mailbox.address} ───`,
    `Write-Step ${psQuote(`Postbus ${mailbox.address}`)} ${psQuote(`Mailbox ${mailbox.address}`)}`,
    ...createSharedMailbox(mailbox.address, mailbox.displayName),
    "",
    "# Alleen de functionaris: volledige toegang (automatisch in Outlook, zodat de invoegtoepassing er werkt) en verzenden als.",
    "# The functionary only: full access (automapped into Outlook, where the add-in works) and send-as.",
    ...functionaries.flatMap((user) => [
      `Add-MailboxPermission -Identity ${identity} -User ${psQuote(user)} -AccessRights FullAccess -InheritanceType All -AutoMapping $true | Out-Null`,
      `Add-RecipientPermission -Identity ${identity} -Trustee ${psQuote(user)} -AccessRights SendAs -Confirm:$false | Out-Null`,
    ]),
    "",
    "# Verwijderd is verwijderd: geen herstel van afzonderlijke items, kortste bewaartermijn.",
    "# Deleted means deleted: no single item recovery, the shortest deleted-item retention.",
    `Set-Mailbox -Identity ${identity} -SingleItemRecoveryEnabled $false`,
    ...retentionCommands(mailbox.address, retentionDays),
    "",
    "# Controle / check",
    ...delegateChecks({
      address: mailbox.address,
      delegates: functionaries,
      delegateRoleNl: "functionaris",
      delegateRoleEn: "functionary",
    }),
    ...purgeSettingChecks(mailbox.address, Math.max(retentionDays, 1)),
    "",
  ];
}

export function schoolMailboxesScript(school: SchoolConfig, source: string): string[] {
  return [
    ...preamble({
      titleNl: "Handle with Care: de HwC-postbussen van de school aanmaken en instellen.",
      titleEn: "Handle with Care: create and configure the school's HwC mailboxes.",
      source,
      organization: school.organization,
      tenantId: school.tenantId,
      connectNl: "Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (rol Exchange Administrator).",
      connectEn: "Connect-ExchangeOnline -UserPrincipalName <admin@domain> (Exchange Administrator role).",
    }),
    ...exchangeOnlineGuard(school.tenantId),
    ...organizationHoldsLookup(),
    ...school.mailboxes.flatMap((mailbox) => mailboxBlock(mailbox, school.deletedItemRetentionDays)),
    ...closing(),
  ];
}
