import { defineMessages } from "./define";

// The add-in's two static pages: help.html (the manifest's SupportUrl) and unsupported.html (what an Outlook
// without add-in commands shows in the compose form). Both languages appear on each page, Dutch first.
export const helpMessages = defineMessages({
  nl: {
    helpTitle: "Handle with Care: hulp",
    helpIntro:
      "Handle with Care brengt na een politie-inzet bij huiselijk geweld vóór de volgende schooldag een signaal van Veilig Thuis naar de school van het kind: alleen naam, geboortedatum en de woorden Handle with Care.",
    caseworkerTitle: "Voor medewerkers van Veilig Thuis",
    caseworkerStep1: 'Maak een nieuw bericht en kies bij "Van" het Handle with Care-adres van Veilig Thuis.',
    caseworkerStep2: 'Klik op "Signaal opstellen", kies de school, vul naam en geboortedatum in en bevestig dat het gezin is geïnformeerd.',
    caseworkerStep3: 'Klik op "Signaal invoegen" en daarna op Verzenden. Handle with Care controleert het bericht bij verzenden en houdt alles tegen wat niet precies het signaal is.',
    functionaryTitle: "Voor de functionaris op school",
    functionaryStep1: 'Open het signaal in het Handle with Care-postvak van de school en klik op "Bevestigen en verwijderen".',
    functionaryStep2: "Vertel de naam mondeling aan de leerkracht of mentor, vink dat aan en bevestig. Veilig Thuis krijgt een bevestiging zonder persoonsgegevens en het signaal wordt uit alle mappen verwijderd.",
    clientsTitle: "Welke Outlook",
    clientsText:
      "Signalen opstellen kan in Outlook op het web, de nieuwe Outlook, Outlook voor Windows (Microsoft 365, versie 2206 of later) en Outlook voor Mac (16.65 of later). Op telefoons en in oudere versies kan dat niet, omdat daar de controle bij verzenden niet werkt. Bevestigen en verwijderen kan ook in oudere versies; op een telefoon alleen in een eigen postvak, niet in een gedeeld postvak.",
    contactTitle: "Hulp nodig",
    contactText: "Neem contact op met de functioneel beheerder of de ICT-beheerder van uw organisatie. Bel bij twijfel over een signaal Veilig Thuis.",
    unsupportedTitle: "Handle with Care werkt niet in deze versie van Outlook",
    unsupportedText:
      "Deze versie van Outlook kan een Handle with Care-signaal niet controleren bij verzenden, dus kunt u hier geen signaal opstellen. Gebruik Outlook op het web (outlook.office.com), de nieuwe Outlook of een bijgewerkte Outlook voor Windows of Mac, of vraag uw ICT-beheerder om hulp.",
  },
  en: {
    helpTitle: "Handle with Care: help",
    helpIntro:
      "After a police call-out for domestic violence, Handle with Care brings a signal from Veilig Thuis to the child's school before the next school day: only the name, the date of birth and the words Handle with Care.",
    caseworkerTitle: "For Veilig Thuis caseworkers",
    caseworkerStep1: 'Create a new message and choose Veilig Thuis\'s Handle with Care address under "From".',
    caseworkerStep2: 'Click "Compose signal", choose the school, enter name and date of birth and confirm that the family was told.',
    caseworkerStep3: 'Click "Insert signal", then Send. Handle with Care checks the message on send and stops anything that is not exactly the signal.',
    functionaryTitle: "For the school's functionary",
    functionaryStep1: 'Open the signal in the school\'s Handle with Care mailbox and click "Acknowledge and delete".',
    functionaryStep2: "Tell the teacher or mentor the name in person, tick that you did, and confirm. Veilig Thuis gets an acknowledgement without personal data and the signal is deleted from every folder.",
    clientsTitle: "Which Outlook",
    clientsText:
      "Signals can be composed in Outlook on the web, new Outlook, Outlook for Windows (Microsoft 365, Version 2206 or later) and Outlook for Mac (16.65 or later). Not on phones or in older versions, because the check on send does not run there. Acknowledge and delete also works in older versions; on a phone only in one's own mailbox, not in a shared mailbox.",
    contactTitle: "Need help",
    contactText: "Contact your organisation's functional administrator or IT administrator. If in doubt about a signal, call Veilig Thuis.",
    unsupportedTitle: "Handle with Care does not work in this version of Outlook",
    unsupportedText:
      "This version of Outlook cannot check a Handle with Care signal on send, so you cannot compose a signal here. Use Outlook on the web (outlook.office.com), new Outlook or an updated Outlook for Windows or Mac, or ask your IT administrator for help.",
  },
});
