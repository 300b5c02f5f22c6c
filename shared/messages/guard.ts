import { defineMessages } from "./define";

// The send guard (OnMessageSend, Block). Outlook shows one errorMessage (at most 500 characters): short, and
// each line says what to fix. Never repeats a child's name or birth date.
export const guardMessages = defineMessages({
  nl: {
    blocked: "Handle with Care: niet verzonden.",
    notTemplate: "Onderwerp en tekst moeten precies het signaal zijn: voeg het signaal opnieuw in met Handle with Care.",
    foreignContent: "De tekst bevat afbeeldingen, koppelingen of opmaak die niet in een signaal horen: voeg het signaal opnieuw in.",
    recipientCount: "Stuur het signaal naar precies één ontvanger: het HwC-adres van de school.",
    recipientNotSchool: "De ontvanger is geen HwC-adres uit het scholenregister: kies de school in Handle with Care.",
    notChosenSchool:
      "Aan is niet het adres van de school die u in Handle with Care koos. Typ het adres niet zelf: kies de juiste school in Handle with Care en klik opnieuw op Signaal invoegen.",
    schoolNotSelectable:
      "Deze school kan geen signalen ontvangen: ze doet niet (meer) mee of heeft de ouders nog niet geïnformeerd. Heeft het kind steun nodig, bel dan de school.",
    ccOrBcc: "Haal alle CC- en BCC-ontvangers weg.",
    attachments: "Verwijder alle bijlagen, ook afbeeldingen in de tekst.",
    wrongFrom: (address: string) => `Verstuur vanaf ${address}: kies dat adres bij "Van".`,
    checkFailed: "Handle with Care kon dit bericht niet controleren en heeft het daarom niet verzonden. Probeer het opnieuw.",
  },
  en: {
    blocked: "Handle with Care: not sent.",
    notTemplate: "Subject and text must be exactly the signal: insert it again with Handle with Care.",
    foreignContent: "The text contains images, links or formatting that do not belong in a signal: insert the signal again.",
    recipientCount: "Send the signal to exactly one recipient: the school's HwC address.",
    recipientNotSchool: "The recipient is not an HwC address from the school register: choose the school in Handle with Care.",
    notChosenSchool:
      "To is not the address of the school you chose in Handle with Care. Do not type the address yourself: choose the right school in Handle with Care and click Insert signal again.",
    schoolNotSelectable: "This school cannot receive signals: it does not (or no longer) take part, or has not informed parents yet. If the child needs support, call the school.",
    ccOrBcc: "Remove all Cc and Bcc recipients.",
    attachments: "Remove all attachments, including images in the text.",
    wrongFrom: (address: string) => `Send from ${address}: choose that address under "From".`,
    checkFailed: "Handle with Care could not check this message, so it was not sent. Try again.",
  },
});
