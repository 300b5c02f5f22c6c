import { defineMessages } from "./define";

// The functionary's read pane ("Bevestigen en verwijderen" in Outlook read mode on the school's HwC mailbox).
export const readpaneMessages = defineMessages({
  nl: {
    paneTitle: "Handle with Care-signaal",
    loading: "Bericht lezen…",
    startFailed: "Handle with Care kon niet starten. Sluit dit venster en open het opnieuw; lukt dat niet, neem dan contact op met uw ICT-beheerder.",
    readFailed: "Dit bericht kon niet worden gelezen. Sluit dit venster en open het opnieuw.",
    childNameCaption: "Naam",
    birthDateCaption: "Geboortedatum",
    passOn: "Vertel dit mondeling aan de leerkracht of mentor. Schrijf het nergens op.",
    confirmLabel: "Ik heb de leerkracht/mentor mondeling geïnformeerd",
    confirmRequired: "Vink eerst aan dat u de leerkracht of mentor mondeling hebt geïnformeerd.",
    actionButton: "Bevestigen en verwijderen",
    actionHint: "Stuurt Veilig Thuis een bevestiging zonder persoonsgegevens en verwijdert het signaal uit alle mappen.",
    working: "Bevestiging versturen en signaal verwijderen…",
    done: "Bevestiging verstuurd en signaal verwijderd uit alle mappen",
    alreadyDeleted: "Dit signaal was al verwijderd. Er is niets meer te doen.",
    notSignal:
      "Dit bericht is geen Handle with Care-signaal. Hier valt niets te bevestigen of te verwijderen; behandel het als gewone e-mail.",
    imitation:
      "Let op: dit bericht lijkt op een Handle with Care-signaal, maar komt niet aantoonbaar van Veilig Thuis. Geef niets door en verwijder het niet zelf. Bel Veilig Thuis om het na te gaan en meld het bij uw ICT-beheerder.",
    notVerified:
      "Deze versie van Outlook kan niet controleren of dit bericht echt van Veilig Thuis komt. Daarom wordt niets getoond en niets verwijderd. Open het bericht in Outlook op het web (outlook.office.com) of in de nieuwe Outlook om het te bevestigen en te verwijderen.",
    notVerifiedPhone:
      "Op een telefoon kan Handle with Care niet controleren of dit bericht echt van Veilig Thuis komt. Daarom wordt niets getoond en niets verwijderd. Open het HwC-postvak op een computer of in de browser (outlook.office.com) om te bevestigen en te verwijderen.",
    phoneSharedMailbox:
      "Op een telefoon kan Handle with Care niet werken in een gedeeld postvak, zoals het HwC-postvak van de school. Er is niets verwijderd. Open het HwC-postvak op een computer of in de browser (outlook.office.com) om te bevestigen en te verwijderen.",
    notSignalServer:
      "De dienst herkent dit bericht niet als Handle with Care-signaal van Veilig Thuis. Er is niets verstuurd of verwijderd. Twijfelt u, bel dan Veilig Thuis.",
    unavailable: "De dienst is tijdelijk niet bereikbaar. Er is niets verloren gegaan; probeer het zo meteen opnieuw.",
    unavailableRetryAfter: (seconds: number) =>
      `De dienst is tijdelijk niet bereikbaar. Er is niets verloren gegaan; probeer het over ${seconds} seconden opnieuw.`,
    network: "Geen verbinding met de dienst. Er is niets verloren gegaan. Controleer de verbinding en probeer het opnieuw.",
    retry: "Opnieuw proberen",
    unauthorized: "Aanmelden is niet gelukt. Sluit dit venster, open het opnieuw en meld u aan met uw schoolaccount.",
    forbidden:
      "U bent niet ingesteld als functionaris van dit HwC-postvak. Vraag uw ICT-beheerder om u toe te voegen; het signaal blijft staan.",
    signInFailed: "Aanmelden is niet gelukt. Probeer het opnieuw; lukt dat niet, vraag dan uw ICT-beheerder om hulp.",
    claimsUnsupported:
      "Uw organisatie vraagt voor deze actie een extra aanmeldstap (bijvoorbeeld verificatie op uw telefoon) die deze versie van Outlook niet kan tonen. Er is niets verwijderd. Open het bericht in Outlook op het web (outlook.office.com) of in de nieuwe Outlook en probeer het daar opnieuw.",
    failed:
      "Er ging iets mis; het signaal is mogelijk niet verwijderd. Probeer het opnieuw. Blijft dit gebeuren, neem dan contact op met uw ICT-beheerder.",
  },
  en: {
    paneTitle: "Handle with Care signal",
    loading: "Reading message…",
    startFailed: "Handle with Care could not start. Close this pane and open it again; if that fails, contact your IT administrator.",
    readFailed: "This message could not be read. Close this pane and open it again.",
    childNameCaption: "Name",
    birthDateCaption: "Date of birth",
    passOn: "Tell this to the teacher or mentor in person. Do not write it down anywhere.",
    confirmLabel: "I have told the teacher/mentor in person",
    confirmRequired: "First confirm that you told the teacher or mentor in person.",
    actionButton: "Acknowledge and delete",
    actionHint: "Sends Veilig Thuis an acknowledgement without personal data and deletes the signal from every folder.",
    working: "Sending acknowledgement and deleting the signal…",
    done: "Acknowledgement sent and signal deleted from every folder",
    alreadyDeleted: "This signal had already been deleted. Nothing left to do.",
    notSignal: "This message is not a Handle with Care signal. There is nothing to acknowledge or delete; treat it as ordinary e-mail.",
    imitation:
      "Warning: this message looks like a Handle with Care signal but does not provably come from Veilig Thuis. Pass nothing on and do not delete it yourself. Call Veilig Thuis to check, and report it to your IT administrator.",
    notVerified:
      "This version of Outlook cannot check that this message really comes from Veilig Thuis, so nothing is shown and nothing is deleted. Open the message in Outlook on the web (outlook.office.com) or in new Outlook to acknowledge and delete it.",
    notVerifiedPhone:
      "On a phone, Handle with Care cannot check that this message really comes from Veilig Thuis, so nothing is shown and nothing is deleted. Open the HwC mailbox on a computer or in the browser (outlook.office.com) to acknowledge and delete it.",
    phoneSharedMailbox:
      "On a phone, Handle with Care cannot work in a shared mailbox such as the school's HwC mailbox. Nothing was deleted. Open the HwC mailbox on a computer or in the browser (outlook.office.com) to acknowledge and delete it.",
    notSignalServer:
      "The service does not recognise this message as a Handle with Care signal from Veilig Thuis. Nothing was sent or deleted. If in doubt, call Veilig Thuis.",
    unavailable: "The service is temporarily unavailable. Nothing was lost; try again shortly.",
    unavailableRetryAfter: (seconds: number) =>
      `The service is temporarily unavailable. Nothing was lost; try again in ${seconds} seconds.`,
    network: "No connection to the service. Nothing was lost. Check the connection and try again.",
    retry: "Try again",
    unauthorized: "Sign-in failed. Close this pane, open it again and sign in with your school account.",
    forbidden:
      "You are not set up as a functionary of this HwC mailbox. Ask your IT administrator to add you; the signal stays where it is.",
    signInFailed: "Sign-in failed. Try again; if it keeps failing, ask your IT administrator for help.",
    claimsUnsupported:
      "Your organisation asks for an extra sign-in step for this action (for example verification on your phone) that this version of Outlook cannot show. Nothing was deleted. Open the message in Outlook on the web (outlook.office.com) or in new Outlook and try again there.",
    failed:
      "Something went wrong; the signal may not have been deleted. Try again. If this keeps happening, contact your IT administrator.",
  },
});
