import { defineMessages } from "./define";

// The caseworker's compose pane ("Handle with Care" task pane in the Outlook compose window).
export const composeMessages = defineMessages({
  nl: {
    paneTitle: "Handle with Care-signaal",
    loading: "Handle with Care laden…",
    startFailed: "Handle with Care kon niet starten. Sluit dit venster en open het opnieuw; lukt dat niet, neem dan contact op met uw ICT-beheerder.",
    notCompose: "Open dit venster vanuit een nieuw e-mailbericht.",
    schoolLabel: "School",
    schoolPlaceholder: "Zoek op naam, plaats of BRIN-nummer",
    schoolNoMatch:
      "Geen school gevonden. In de lijst staan alleen scholen die meedoen en de ouders hebben geïnformeerd. Controleer de spelling; staat de school er dan nog niet bij, bel de school en meld het aan de functioneel beheerder.",
    schoolRequired: "Kies een school uit de lijst.",
    schoolOption: (name: string, place: string, brin: string) => `${name}, ${place} (BRIN ${brin})`,
    childNameLabel: "Naam van het kind",
    birthDateLabel: "Geboortedatum (DD-MM-JJJJ)",
    birthDatePlaceholder: "DD-MM-JJJJ",
    birthDatePickerLabel: "Of kies de geboortedatum in de kalender",
    confirmLabel: "Het gezin is geïnformeerd dat dit signaal naar school gaat",
    confirmRequired: "Bevestig eerst dat het gezin is geïnformeerd.",
    deadlineLabel: "Deadline",
    deadline: (when: string) => `vóór de start van de eerstvolgende schooldag: ${when}`,
    deadlinePassed: (missed: string, next: string) =>
      `Let op: de deadline (${missed}) is verstreken: de schooldag is begonnen. Het signaal komt nu vóór de start van de volgende schooldag: ${next}. Heeft het kind vandaag steun nodig, bel dan de school.`,
    deadlineTodayStarted: (next: string) =>
      `Let op: de schooldag van vandaag is al begonnen. Het signaal komt vóór de start van de volgende schooldag: ${next}. Heeft het kind vandaag steun nodig, bel dan de school.`,
    deadlineUnknown:
      "De eerstvolgende schooldag kon niet worden bepaald. Verstuur het signaal nu meteen en meld aan de functioneel beheerder dat de schoolkalender van Handle with Care niet klopt.",
    deadlineBeyondCalendar: (from: string) =>
      `Handle with Care kent de schoolvakanties vanaf ${from} nog niet, dus de deadline is onbekend. Verstuur het signaal nu meteen, en meld aan de functioneel beheerder dat de schoolkalender moet worden bijgewerkt.`,
    previewTitle: "Voorbeeld: precies dit wordt verstuurd",
    previewTo: "Aan",
    previewSubject: "Onderwerp",
    previewEmpty: "Kies een school en vul naam en geboortedatum in om het voorbeeld te zien.",
    insertButton: "Signaal invoegen",
    inserting: "Signaal invoegen…",
    inserted: "Het signaal staat in het bericht. Controleer het voorbeeld en klik op Verzenden.",
    insertedWrongFrom: (address: string) =>
      `Het signaal staat in het bericht, maar verzend het nog niet: het gaat nu niet vanaf ${address}. Klik op "Van", kies ${address} (staat het er niet bij: "Ander e-mailadres") en klik daarna op Verzenden.`,
    insertFailed:
      "Invoegen is niet gelukt; er is niets verstuurd. Probeer het opnieuw. Lukt het weer niet, sluit dan dit bericht en begin een nieuw bericht.",
    attachmentsLeft: "Er zitten nog bijlagen aan het bericht. Verwijder ze, anders blokkeert Handle with Care het verzenden.",
    wrongFrom: (address: string) =>
      `Dit bericht gaat nu niet vanaf ${address}. Klik op "Van", kies ${address} (staat het er niet bij: "Ander e-mailadres") en verzend daarna.`,
    fromUnknown: (address: string) => `Controleer dat bij "Van" ${address} staat; anders blokkeert Handle with Care het verzenden.`,
    nextChild: "Signaal voor nog een kind",
    nextChildHint: (address: string) =>
      `Verzend eerst dit bericht en kies daarna Van opnieuw: deze knop opent een nieuw bericht. Kies daar bij "Van" ${address} en open Handle with Care opnieuw.`,
    nextChildFailed: "Er kon geen nieuw bericht worden geopend. Maak zelf een nieuw bericht en open daar Handle with Care.",
    fieldErrorFallback: "Controleer dit veld.",
  },
  en: {
    paneTitle: "Handle with Care signal",
    loading: "Loading Handle with Care…",
    startFailed: "Handle with Care could not start. Close this pane and open it again; if that fails, contact your IT administrator.",
    notCompose: "Open this pane from a new e-mail message.",
    schoolLabel: "School",
    schoolPlaceholder: "Search by name, place or BRIN number",
    schoolNoMatch:
      "No school found. Only participating schools that have informed parents are listed. Check the spelling; if the school is still missing, call the school and tell the functional administrator.",
    schoolRequired: "Choose a school from the list.",
    schoolOption: (name: string, place: string, brin: string) => `${name}, ${place} (BRIN ${brin})`,
    childNameLabel: "Child's name",
    birthDateLabel: "Date of birth (DD-MM-YYYY)",
    birthDatePlaceholder: "DD-MM-YYYY",
    birthDatePickerLabel: "Or pick the date of birth from the calendar",
    confirmLabel: "The family has been told that this signal goes to the school",
    confirmRequired: "First confirm that the family has been told.",
    deadlineLabel: "Deadline",
    deadline: (when: string) => `before the next school day starts: ${when}`,
    deadlinePassed: (missed: string, next: string) =>
      `Note: the deadline (${missed}) has passed and the school day has started. The signal now arrives before the next school day starts: ${next}. If the child needs support today, call the school.`,
    deadlineTodayStarted: (next: string) =>
      `Note: today's school day has already started. The signal arrives before the next school day starts: ${next}. If the child needs support today, call the school.`,
    deadlineUnknown:
      "The next school day could not be determined. Send the signal right away and tell the functional administrator that Handle with Care's school calendar is wrong.",
    deadlineBeyondCalendar: (from: string) =>
      `Handle with Care does not know the school holidays from ${from} on yet, so the deadline is unknown. Send the signal right away, and tell the functional administrator that the school calendar needs updating.`,
    previewTitle: "Preview: exactly this will be sent",
    previewTo: "To",
    previewSubject: "Subject",
    previewEmpty: "Choose a school and enter the name and date of birth to see the preview.",
    insertButton: "Insert signal",
    inserting: "Inserting signal…",
    inserted: "The signal is in the message. Check the preview and click Send.",
    insertedWrongFrom: (address: string) =>
      `The signal is in the message, but do not send it yet: it is not going out from ${address}. Click "From", choose ${address} (if it is not listed: "Other email address") and then click Send.`,
    insertFailed: "Inserting failed; nothing was sent. Try again. If it keeps failing, close this message and start a new one.",
    attachmentsLeft: "The message still has attachments. Remove them, or Handle with Care will block sending.",
    wrongFrom: (address: string) =>
      `This message is not being sent from ${address}. Click "From", choose ${address} (if it is not listed: "Other email address") and then send.`,
    fromUnknown: (address: string) => `Check that "From" shows ${address}; otherwise Handle with Care will block sending.`,
    nextChild: "Signal for another child",
    nextChildHint: (address: string) =>
      `Send this message first, then choose From again: this button opens a new message. Choose ${address} under "From" there and open Handle with Care again.`,
    nextChildFailed: "No new message could be opened. Create a new message yourself and open Handle with Care there.",
    fieldErrorFallback: "Check this field.",
  },
});
