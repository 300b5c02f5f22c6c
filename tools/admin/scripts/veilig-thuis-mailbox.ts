// veiligthuis-mailbox.ps1: the Veilig Thuis HwC mailbox every signal is sent from (Bijlage 1.3) and every
// acknowledgement returns to, with full access and send-as for the caseworkers listed in the config.
import type { VeiligThuisConfig } from "../config-schema";
import { psQuote } from "../powershell-quote";
import { createSharedMailbox, delegateChecks } from "./mailbox-checks";
import { closing, exchangeOnlineGuard, preamble } from "./preamble";

export const veiligThuisMailboxFileName = "veiligthuis-mailbox.ps1";

export function veiligThuisMailboxScript(veiligThuis: VeiligThuisConfig, source: string): string[] {
  const { mailbox } = veiligThuis;
  const identity = psQuote(mailbox.address);
  const caseworkers = veiligThuis.caseworkers.map((caseworker) => caseworker.userPrincipalName);
  return [
    ...preamble({
      titleNl: "Handle with Care: de HwC-postbus van Veilig Thuis en de rechten van de medewerkers.",
      titleEn: "Handle with Care: the Veilig Thuis HwC mailbox and the caseworkers' rights.",
      source,
      organization: veiligThuis.organization,
      tenantId: veiligThuis.tenantId,
      connectNl: "Connect-ExchangeOnline -UserPrincipalName <beheerder@domein> (rol Exchange Administrator).",
      connectEn: "Connect-ExchangeOnline -UserPrincipalName <admin@domain> (Exchange Administrator role).",
    }),
    ...exchangeOnlineGuard(veiligThuis.tenantId),
    `Write-Step ${psQuote(`Postbus ${mailbox.address}`)} ${psQuote(`Mailbox ${mailbox.address}`)}`,
    ...createSharedMailbox(mailbox.address, mailbox.displayName),
    "",
    "# Medewerkers: volledige toegang (bevestigingen lezen) en verzenden als (het signaal vertrekt van dit adres).",
    "# Caseworkers: full access (to read acknowledgements) and send-as (the signal leaves from this address).",
    ...caseworkers.flatMap((user) => [
      `Add-MailboxPermission -Identity ${identity} -User ${psQuote(user)} -AccessRights FullAccess -InheritanceType All -AutoMapping $true | Out-Null`,
      `Add-RecipientPermission -Identity ${identity} -Trustee ${psQuote(user)} -AccessRights SendAs -Confirm:$false | Out-Null`,
    ]),
    "",
    "# Controle / check",
    ...delegateChecks({
      address: mailbox.address,
      delegates: caseworkers,
      delegateRoleNl: "medewerker in de configuratie",
      delegateRoleEn: "caseworker in the configuration",
    }),
    "",
    "Write-Step 'Zet in het Microsoft 365-beheercentrum de invoegtoepassing ook voor deze medewerkers aan (zie de beheerhandleiding).' 'In the Microsoft 365 admin center, also assign the add-in to these caseworkers (see the admin guide).'",
    ...closing(),
  ];
}
