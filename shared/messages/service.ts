import { defineMessages } from "./define";

// The cleanup service: its API error messages (read by the functionary in the read pane or by an admin) and the
// inspection report (read by parents and their advisers, art. 3.1). Each error says what to do next and never
// repeats anything from the message it is about.
export const serviceMessages = defineMessages({
  nl: {
    errorUnauthorized: "U bent niet (meer) aangemeld bij Handle with Care. Sluit het venster, open het bericht opnieuw en probeer het nog eens.",
    errorForbidden: "U bent niet als functionaris van deze Handle with Care-mailbox ingesteld. Vraag uw ICT-beheerder om u toe te voegen.",
    errorMailboxNotConfigured: "Deze mailbox is geen ingestelde Handle with Care-mailbox. Open het signaal in de Handle with Care-mailbox van uw school.",
    errorNotAdmin: "Alleen een beheerder mag deze mailbox opschonen of inspecteren. Vraag uw ICT-beheerder.",
    errorNotASignal: "Dit bericht is geen Handle with Care-signaal van Veilig Thuis. Er is niets verstuurd of verwijderd. Neem bij twijfel contact op met Veilig Thuis.",
    errorMailboxAccessDenied: "Exchange weigert de toegang tot deze mailbox. Vraag uw ICT-beheerder om uw rechten (volledige toegang en verzenden als) te controleren.",
    errorRetry: (seconds: number) => `Microsoft 365 is even niet bereikbaar. Er is niets verloren gegaan. Probeer het over ${seconds} seconden opnieuw.`,
    errorBadRequest: "Het verzoek is onvolledig. Open het bericht opnieuw en probeer het nog eens.",
    errorNotFound: "Deze functie bestaat niet. Controleer het adres.",
    errorInternal: "Er ging iets mis in de opschoondienst. Er is niets verloren gegaan. Probeer het opnieuw; blijft het misgaan, meld het dan bij uw ICT-beheerder.",
    reportTitle: "Inspectierapport Handle with Care-mailbox",
    reportIntro: "Dit rapport laat zien welke mappen deze mailbox heeft, hoeveel berichten er in elke map staan en hoeveel daarvan Handle with Care-berichten zijn. Het noemt geen onderwerpen, namen of kenmerken van berichten.",
    reportMailbox: "Mailbox",
    reportGeneratedAt: "Opgesteld op",
    reportFolder: "Map",
    reportItemCount: "Aantal berichten",
    reportTotal: "Totaal",
    reportHandleWithCareItems: "Handle with Care-berichten",
    reportClean: "Er staan geen Handle with Care-berichten in deze mailbox.",
    reportNotClean: (count: number) => `Er ${count === 1 ? "staat 1 Handle with Care-bericht" : `staan ${count} Handle with Care-berichten`} in deze mailbox. Deze worden verwijderd zodra ze zijn afgehandeld.`,
    reportCaveat:
      "Let op: Microsoft Graph kan de map 'Purges' (definitief verwijderde items) niet inzien. Verwijderde berichten blijven daar tot de bewaartermijn voor verwijderde items is verstreken (standaard 14 dagen, hooguit 30), tenzij de beheerder voor deze mailbox herstel van afzonderlijke items uitzet, de bewaartermijn zo kort mogelijk zet en de mailbox uitsluit van bewaarbeleid en bewaring voor juridische doeleinden (hold). Pas dan is verwijderen definitief.",
    reportSignature: "Digitale handtekening (ES256). Controleer dit rapport met: npm run cleanup -- verify-report <bestand>",
    reportKeyId: "Sleutel",
  },
  en: {
    errorUnauthorized: "You are not (or no longer) signed in to Handle with Care. Close the pane, open the message again and retry.",
    errorForbidden: "You are not set up as a functionary of this Handle with Care mailbox. Ask your IT admin to add you.",
    errorMailboxNotConfigured: "This mailbox is not a configured Handle with Care mailbox. Open the signal in your school's Handle with Care mailbox.",
    errorNotAdmin: "Only an admin may sweep or inspect this mailbox. Ask your IT admin.",
    errorNotASignal: "This message is not a Handle with Care signal from Veilig Thuis. Nothing was sent or deleted. If in doubt, contact Veilig Thuis.",
    errorMailboxAccessDenied: "Exchange refuses access to this mailbox. Ask your IT admin to check your rights (full access and send as).",
    errorRetry: (seconds: number) => `Microsoft 365 cannot be reached just now. Nothing was lost. Try again in ${seconds} seconds.`,
    errorBadRequest: "The request is incomplete. Open the message again and retry.",
    errorNotFound: "This function does not exist. Check the address.",
    errorInternal: "Something went wrong in the cleanup service. Nothing was lost. Try again; if it keeps failing, tell your IT admin.",
    reportTitle: "Inspection report for a Handle with Care mailbox",
    reportIntro: "This report shows the folders of this mailbox, how many items each holds and how many of them are Handle with Care items. It names no subjects, names or identifiers of any message.",
    reportMailbox: "Mailbox",
    reportGeneratedAt: "Generated at",
    reportFolder: "Folder",
    reportItemCount: "Items",
    reportTotal: "Total",
    reportHandleWithCareItems: "Handle with Care items",
    reportClean: "There are no Handle with Care items in this mailbox.",
    reportNotClean: (count: number) => `There ${count === 1 ? "is 1 Handle with Care item" : `are ${count} Handle with Care items`} in this mailbox. They are deleted once dealt with.`,
    reportCaveat:
      "Note: Microsoft Graph cannot see the 'Purges' folder (permanently deleted items). Deleted items stay there until the deleted item retention period ends (14 days by default, at most 30), unless the admin turns single item recovery off for this mailbox, sets the retention period as short as possible and excludes the mailbox from retention policies and holds. Only then is deletion final.",
    reportSignature: "Digital signature (ES256). Verify this report with: npm run cleanup -- verify-report <file>",
    reportKeyId: "Key",
  },
});
