import { defineMessages } from "./define";

// Outlook's own names for the well-known folders (Graph's names as keys), so a parent recognises them.
// Dutch as Outlook and Exchange Online show them (Microsoft's Dutch documentation says "map Herstelbare items").
const dutchFolderNames = new Map<string, string>([
  ["inbox", "Postvak IN"],
  ["drafts", "Concepten"],
  ["sentitems", "Verzonden items"],
  ["outbox", "Postvak UIT"],
  ["deleteditems", "Verwijderde items"],
  ["junkemail", "Ongewenste e-mail"],
  ["archive", "Archief"],
  ["recoverableitemsdeletions", "Herstelbare items"],
]);
const englishFolderNames = new Map<string, string>([
  ["inbox", "Inbox"],
  ["drafts", "Drafts"],
  ["sentitems", "Sent Items"],
  ["outbox", "Outbox"],
  ["deleteditems", "Deleted Items"],
  ["junkemail", "Junk Email"],
  ["archive", "Archive"],
  ["recoverableitemsdeletions", "Recoverable Items"],
]);

// The cleanup service: its API error messages (read by the functionary in the read pane or by an admin) and the
// inspection report (read by parents and their advisers, art. 3.1). Each error says what to do next and never
// repeats anything from the message it is about.
export const serviceMessages = defineMessages({
  nl: {
    errorUnauthorized: "U bent niet (meer) aangemeld bij Handle with Care. Sluit het venster, open het bericht opnieuw en probeer het nog eens.",
    errorClaimsChallenge: "Uw organisatie vraagt een extra aanmeldstap (bijvoorbeeld met uw telefoon). Meld u opnieuw aan wanneer daarom wordt gevraagd en probeer het daarna nog eens. Er is niets verstuurd of verwijderd.",
    errorForbidden: "U bent niet ingesteld als functionaris van dit Handle with Care-postvak. Vraag uw ICT-beheerder om u toe te voegen.",
    errorMailboxNotConfigured: "Dit postvak is niet ingesteld als Handle with Care-postvak. Open het signaal in het Handle with Care-postvak van uw school.",
    errorNotAdmin: "Alleen een beheerder mag dit postvak opschonen of er een inspectierapport van maken. Vraag het uw ICT-beheerder.",
    errorNotASignal: "Dit bericht is geen Handle with Care-signaal van Veilig Thuis. Er is niets verstuurd of verwijderd. Neem bij twijfel contact op met Veilig Thuis.",
    errorMailboxAccessDenied: "Microsoft 365 weigert u de toegang tot dit postvak. Vraag uw ICT-beheerder om uw rechten te controleren (volledige toegang en 'Verzenden als').",
    errorRetry: (seconds: number) => `Microsoft 365 is even niet bereikbaar. Er is niets verloren gegaan. Probeer het over ${seconds} seconden opnieuw.`,
    errorBadRequest: "Het verzoek is onvolledig. Open het bericht opnieuw en probeer het nog eens.",
    errorBodyTooLarge: "Het verzoek is groter dan de opschoondienst ooit nodig heeft en is niet gelezen. Open het bericht opnieuw en probeer het nog eens.",
    errorRequestTimeout: "Het verzoek kwam niet op tijd binnen. Er is niets veranderd. Controleer de verbinding en probeer het opnieuw.",
    errorNotFound: "Deze functie bestaat niet. Controleer het adres.",
    errorInternal: "Er ging iets mis in de opschoondienst. Er is niets verloren gegaan. Probeer het opnieuw; blijft het misgaan, meld het dan aan uw ICT-beheerder.",
    reportTitle: "Inspectierapport Handle with Care-postvak",
    reportIntro:
      "Dit rapport laat zien welke mappen het Handle with Care-postvak van de school heeft, hoeveel berichten er in elke map staan en hoeveel daarvan Handle with Care-berichten zijn: signalen van Veilig Thuis, bevestigingen van de school, en antwoorden op of kopieën van die berichten. Het rapport noemt geen namen, onderwerpen of andere inhoud van berichten.",
    reportMailbox: "Postvak",
    reportGeneratedAt: "Opgesteld op",
    reportFoldersHeading: "Mappen in dit postvak",
    reportFolder: "Map",
    reportFolderName: (name: string) => dutchFolderNames.get(name) ?? name,
    reportItemCount: "Aantal berichten",
    reportTotal: "Totaal",
    reportHandleWithCareItems: "Waarvan Handle with Care-berichten",
    reportClean: "Er staan geen Handle with Care-berichten in dit postvak.",
    reportNotClean: (count: number) =>
      count === 1
        ? "Er staat 1 Handle with Care-bericht in dit postvak. Het wordt verwijderd zodra het is afgehandeld."
        : `Er staan ${count} Handle with Care-berichten in dit postvak. Ze worden verwijderd zodra ze zijn afgehandeld.`,
    reportRecoveryHeading: "De verborgen herstelmap",
    reportIncomplete: "Niet alles in dit postvak kon worden nagekeken (zie hieronder). Daarom zegt dit rapport niet dat het postvak schoon is.",
    reportUnreachable: (parts: string) => `Niet nagekeken, omdat Microsoft 365 dit weigerde: ${parts}. Vraag de ICT-beheerder van de school om dit na te gaan.`,
    reportUnreachablePart: (code: string) =>
      ({
        "recoverable-items": "de map Herstelbare items (lezen)",
        "recoverable-items-delete": "verwijderen uit de map Herstelbare items",
        "own-mailbox": "het eigen postvak van de functionaris",
        "own-mailbox-delete": "verwijderen uit het eigen postvak van de functionaris",
      })[code] ?? code,
    reportCaveat:
      "Naast de mappen hierboven heeft elk postvak in Microsoft 365 een verborgen herstelmap (bij Microsoft heet die 'Purges'). Daar komen berichten terecht die definitief zijn verwijderd. Niemand kan die map in Outlook openen, en ook dit rapport kan er niet in kijken. Microsoft bewaart berichten daar standaard 14 dagen (hooguit 30), of zolang er een bewaarplicht geldt, tenzij de beheerder het postvak zo instelt dat er niets blijft staan.",
    reportPurgeVerified: (date: string) =>
      `Dit postvak is zo ingesteld dat er niets in de verborgen herstelmap blijft staan: het herstellen van verwijderde berichten staat uit en er geldt geen bewaarplicht. De ICT-beheerder van de school heeft dat gecontroleerd op ${date}. Microsoft leegt de map bij de eerstvolgende automatische opruimronde.`,
    reportPurgeNotVerified:
      "De ICT-beheerder van de school heeft niet bevestigd dat dit postvak zo is ingesteld. Verwijderde berichten kunnen daarom nog 14 dagen of langer in de verborgen herstelmap staan. Vraag de school om dit te laten nagaan.",
    reportSignature: "Technische bijlage voor de ICT-beheerder",
    reportSignatureText:
      "Dit rapport is digitaal ondertekend (ES256). Met de handtekening hieronder en de openbare sleutel van de opschoondienst van de school kan de ICT-beheerder nagaan dat het rapport door die dienst is gemaakt en daarna niet is veranderd. Hoe dat gaat, staat in de beheerhandleiding van Handle with Care.",
    reportKeyId: "Sleutel",
    cliUsage: [
      "Gebruik: npm run cleanup -- <opdracht>",
      "  sweep --mailbox <adres> | --all        ruimt restanten op en telt wachtende signalen (alleen aantallen en tijden)",
      "  report --mailbox <adres> [--html] [--out <bestand>]   ondertekend inspectierapport (JSON, of HTML met --html)",
      "  verify-report <bestand> [--key <jwks-of-pem>] [--mailbox <adres>] [--max-age <duur, bijv. 24h of 7d>]",
      "                                          controleert een opgeslagen rapport (JSON of HTML): handtekening, inhoud, postvak, leeftijd",
      "  report-key                              openbare sleutel (JWKS) om rapporten te controleren",
      "  tenant-check --mailbox <adres> [--user-token-file <bestand>] [--json]   probeert elke functie die de dienst gebruikt, met testberichten zonder inhoud",
      "  serve                                   start de lokale HTTPS-server",
    ].join("\n"),
    cliUnknownCommand: (command: string) => `Onbekende opdracht '${command}'. Zie hieronder welke opdrachten er zijn.`,
    cliNeedsMailbox: "Geef --mailbox <adres> of --all.",
    cliNeedsFile: "Geef het bestand van het rapport: npm run cleanup -- verify-report <bestand>.",
    cliReportValid: (mailbox: string, generatedAt: string, items: number) =>
      `GELDIG: het rapport van ${mailbox} (${generatedAt}) is ondertekend met deze sleutel en ongewijzigd. Handle with Care-berichten: ${items}.`,
    cliReportInvalid: (reason: string) => `ONGELDIG: ${reason}. Vertrouw dit rapport niet; vraag de school om een nieuw rapport.`,
    cliReportNoSignature: "het bestand bevat geen handtekening van een inspectierapport",
    cliReportBadSignature: "de handtekening past niet bij deze sleutel, of de inhoud is na het ondertekenen gewijzigd",
    cliReportNotAReport: "de handtekening hoort niet bij een inspectierapport van Handle with Care",
    cliReportContentDiffers: "het bestand bevat meer of iets anders dan het ondertekende rapport",
    cliReportPageDiffers: (line: number) => `de pagina wijkt vanaf regel ${line} af van de pagina van het ondertekende rapport (een bewerkte pagina telt niet)`,
    cliReportOtherMailbox: (mailbox: string, expected: string) => `het rapport gaat over ${mailbox}, niet over ${expected}`,
    cliReportTooOld: (generatedAt: string, maxAge: string) => `het rapport is opgesteld op ${generatedAt} en is ouder dan ${maxAge}`,
    cliReportInTheFuture: (generatedAt: string) => `het rapport is gedateerd in de toekomst (${generatedAt}); controleer ook de klok van deze computer`,
    cliBadMaxAge: (value: string) => `Ongeldige waarde voor --max-age: '${value}'. Gebruik een heel getal met m, h, d of w, bijvoorbeeld 24h of 7d.`,
    cliNeedsValue: (option: string) => `De optie ${option} heeft een waarde nodig.`,
    cliUnknownOption: (option: string) => `Onbekende optie ${option}. Zie hieronder welke opties er zijn.`,
    cliSweepFailed: (count: number) =>
      `${count === 1 ? "1 postvak kon" : `${count} postvakken konden`} niet worden opgeschoond; probeer het later opnieuw (er is niets verloren gegaan).`,
    cliStandInUnreachable: (url: string) =>
      `De Microsoft 365-vervanger op ${url} antwoordt niet; er is niets veranderd. Start eerst npm start (of npm run emulator) in een ander venster. Draait die op een andere poort, zet dan HWC_EMULATOR_PORT of HWC_STANDIN_URL.`,
    cliGraphUnreachable: (url: string) =>
      `Microsoft 365 (${url}) antwoordt niet of weigert even; er is niets veranderd. Probeer het over een paar minuten opnieuw; blijft het misgaan, controleer dan de netwerkverbinding van deze server.`,
  },
  en: {
    errorUnauthorized: "You are not (or no longer) signed in to Handle with Care. Close the pane, open the message again and retry.",
    errorClaimsChallenge: "Your organisation asks for an extra sign-in step (for example with your phone). Sign in again when asked, then retry. Nothing was sent or deleted.",
    errorForbidden: "You are not set up as a functionary of this Handle with Care mailbox. Ask your IT admin to add you.",
    errorMailboxNotConfigured: "This mailbox is not a configured Handle with Care mailbox. Open the signal in your school's Handle with Care mailbox.",
    errorNotAdmin: "Only an admin may sweep this mailbox or make its inspection report. Ask your IT admin.",
    errorNotASignal: "This message is not a Handle with Care signal from Veilig Thuis. Nothing was sent or deleted. If in doubt, contact Veilig Thuis.",
    errorMailboxAccessDenied: "Microsoft 365 refuses you access to this mailbox. Ask your IT admin to check your rights (full access and 'Send as').",
    errorRetry: (seconds: number) => `Microsoft 365 cannot be reached just now. Nothing was lost. Try again in ${seconds} seconds.`,
    errorBadRequest: "The request is incomplete. Open the message again and retry.",
    errorBodyTooLarge: "The request is larger than the cleanup service ever needs and was not read. Open the message again and retry.",
    errorRequestTimeout: "The request did not arrive in time. Nothing was changed. Check the connection and try again.",
    errorNotFound: "This function does not exist. Check the address.",
    errorInternal: "Something went wrong in the cleanup service. Nothing was lost. Try again; if it keeps failing, tell your IT admin.",
    reportTitle: "Inspection report for a Handle with Care mailbox",
    reportIntro:
      "This report shows the folders of the school's Handle with Care mailbox, how many messages each holds and how many of them are Handle with Care messages: signals from Veilig Thuis, the school's acknowledgements, and replies to or copies of those messages. It names no names, subjects or other content of any message.",
    reportMailbox: "Mailbox",
    reportGeneratedAt: "Drawn up on",
    reportFoldersHeading: "Folders in this mailbox",
    reportFolder: "Folder",
    reportFolderName: (name: string) => englishFolderNames.get(name) ?? name,
    reportItemCount: "Messages",
    reportTotal: "Total",
    reportHandleWithCareItems: "Of which Handle with Care messages",
    reportClean: "There are no Handle with Care messages in this mailbox.",
    reportNotClean: (count: number) =>
      count === 1
        ? "There is 1 Handle with Care message in this mailbox. It is deleted as soon as it has been dealt with."
        : `There are ${count} Handle with Care messages in this mailbox. They are deleted as soon as they have been dealt with.`,
    reportRecoveryHeading: "The hidden recovery folder",
    reportIncomplete: "Not everything in this mailbox could be checked (see below), so this report does not say the mailbox is clean.",
    reportUnreachable: (parts: string) => `Not checked, because Microsoft 365 refused: ${parts}. Ask the school's IT admin to look into it.`,
    reportUnreachablePart: (code: string) =>
      ({
        "recoverable-items": "the Recoverable Items folder (reading)",
        "recoverable-items-delete": "deleting from Recoverable Items",
        "own-mailbox": "the functionary's own mailbox",
        "own-mailbox-delete": "deleting from the functionary's own mailbox",
      })[code] ?? code,
    reportCaveat:
      "Besides the folders above, every Microsoft 365 mailbox has a hidden recovery folder (Microsoft calls it 'Purges'). Messages that were deleted permanently go there. Nobody can open it in Outlook, and this report cannot look into it either. Microsoft keeps messages there for 14 days by default (at most 30), or for as long as a hold applies, unless the admin sets the mailbox up so that nothing stays there.",
    reportPurgeVerified: (date: string) =>
      `This mailbox is set up so that nothing stays in the hidden recovery folder: recovering deleted messages is turned off and no hold applies. The school's IT admin checked this on ${date}. Microsoft empties the folder in its next automatic clean-up round.`,
    reportPurgeNotVerified:
      "The school's IT admin has not confirmed that this mailbox is set up this way. Deleted messages may therefore stay in the hidden recovery folder for 14 days or longer. Ask the school to have this checked.",
    reportSignature: "Technical appendix for the IT admin",
    reportSignatureText:
      "This report is digitally signed (ES256). With the signature below and the public key of the school's cleanup service, the IT admin can check that the report was made by that service and has not been changed since. The Handle with Care admin guide explains how.",
    reportKeyId: "Key",
    cliUsage: [
      "Usage: npm run cleanup -- <command>",
      "  sweep --mailbox <address> | --all      purge remnants and count waiting signals (counts and times only)",
      "  report --mailbox <address> [--html] [--out <file>]   signed inspection report (JSON, or HTML with --html)",
      "  verify-report <file> [--key <jwks-or-pem>] [--mailbox <address>] [--max-age <duration, e.g. 24h or 7d>]",
      "                                          check a saved report (JSON or HTML): signature, content, mailbox, age",
      "  report-key                              public key (JWKS) for checking reports",
      "  tenant-check --mailbox <address> [--user-token-file <file>] [--json]   try each capability the service uses, with content-free test messages",
      "  serve                                   start the local HTTPS server",
    ].join("\n"),
    cliUnknownCommand: (command: string) => `Unknown command '${command}'. See the commands below.`,
    cliNeedsMailbox: "Give --mailbox <address> or --all.",
    cliNeedsFile: "Give the report file: npm run cleanup -- verify-report <file>.",
    cliReportValid: (mailbox: string, generatedAt: string, items: number) =>
      `VALID: the report for ${mailbox} (${generatedAt}) is signed with this key and unchanged. Handle with Care items: ${items}.`,
    cliReportInvalid: (reason: string) => `INVALID: ${reason}. Do not trust this report; ask the school for a new one.`,
    cliReportNoSignature: "the file holds no inspection report signature",
    cliReportBadSignature: "the signature does not match this key, or the content was changed after signing",
    cliReportNotAReport: "the signature is not that of a Handle with Care inspection report",
    cliReportContentDiffers: "the file holds more than, or something other than, the signed report",
    cliReportPageDiffers: (line: number) => `from line ${line} the page differs from the page of the signed report (an edited page does not count)`,
    cliReportOtherMailbox: (mailbox: string, expected: string) => `the report is about ${mailbox}, not ${expected}`,
    cliReportTooOld: (generatedAt: string, maxAge: string) => `the report was made at ${generatedAt} and is older than ${maxAge}`,
    cliReportInTheFuture: (generatedAt: string) => `the report is dated in the future (${generatedAt}); check this computer's clock too`,
    cliBadMaxAge: (value: string) => `Invalid value for --max-age: '${value}'. Use a whole number with m, h, d or w, for example 24h or 7d.`,
    cliNeedsValue: (option: string) => `The option ${option} needs a value.`,
    cliUnknownOption: (option: string) => `Unknown option ${option}. See the options below.`,
    cliSweepFailed: (count: number) => `${count === 1 ? "1 mailbox" : `${count} mailboxes`} could not be swept; try again later (nothing was lost).`,
    cliStandInUnreachable: (url: string) =>
      `The Microsoft 365 stand-in at ${url} does not answer; nothing was changed. Start npm start (or npm run emulator) in another window first. If it runs on another port, set HWC_EMULATOR_PORT or HWC_STANDIN_URL.`,
    cliGraphUnreachable: (url: string) =>
      `Microsoft 365 (${url}) does not answer or refuses for now; nothing was changed. Try again in a few minutes; if it keeps failing, check this server's network connection.`,
  },
});
