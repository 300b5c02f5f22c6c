import { defineMessages } from "./define";

// Why a message is not taken for a Handle with Care signal, keyed by the recognizer's stable reason codes, for the
// functionary (read pane) and the cleanup service's 422 answer. Each says what to do; none repeats anything from
// the message. Nothing was sent or deleted in any of these cases.
export const recognitionMessages = defineMessages({
  nl: {
    "sender-authentication-missing":
      "Dit bericht draagt geen afzenderscontrole van uw mailserver, dus niet vast te stellen is dat het echt van Veilig Thuis komt. Bel Veilig Thuis om het signaal na te vragen; vraag uw ICT-beheerder waarom de controle ontbreekt.",
    "sender-authentication-failed":
      "De afzender van dit bericht is niet echt: de controle van uw mailserver (DMARC) faalde. Het komt waarschijnlijk niet van Veilig Thuis. Bel Veilig Thuis en geef dit bericht aan uw ICT-beheerder.",
    "sender-authentication-inconclusive":
      "Uw mailserver kon niet vaststellen dat dit bericht van Veilig Thuis komt (geen of een onvolledige DMARC-controle). Bel Veilig Thuis om het signaal na te vragen; vraag uw ICT-beheerder de controle na te kijken.",
    "sender-authentication-domain-mismatch":
      "De afzenderscontrole geldt voor een ander domein dan het afzenderadres. Het bericht komt mogelijk niet van Veilig Thuis: bel Veilig Thuis en geef dit bericht aan uw ICT-beheerder.",
    "sender-not-trusted": "Dit bericht komt niet van het Handle with Care-adres van Veilig Thuis dat voor uw school is ingesteld. Behandel het als gewone e-mail; bel bij twijfel Veilig Thuis.",
    "has-attachments": "Een signaal heeft nooit bijlagen; dit bericht wel. Open geen bijlage en bel Veilig Thuis.",
    "attachments-unknown": "Niet vast te stellen of dit bericht bijlagen heeft. Probeer het opnieuw; lukt het niet, bel Veilig Thuis.",
    "subject-not-template":
      "Het onderwerp is niet precies 'Handle with Care'. Voegt uw school iets toe aan externe e-mail (zoals [EXTERN]), vraag uw ICT-beheerder dat in te stellen of de HwC-postbus uit te zonderen; bel intussen Veilig Thuis.",
    "body-not-three-lines":
      "De tekst bevat meer dan het signaal. Voegt uw school een banner of disclaimer toe aan externe e-mail, vraag uw ICT-beheerder die in te stellen of de HwC-postbus uit te zonderen; bel intussen Veilig Thuis.",
    "body-date-invalid": "De geboortedatum in dit bericht is geen geldige datum van een minderjarige. Bel Veilig Thuis om het signaal na te vragen.",
    "message-not-in-mailbox": "Dit bericht staat niet in deze Handle with Care-postbus. Open het signaal in de HwC-postbus van uw school en probeer het daar.",
    "message-id-invalid": "Dit bericht kon niet worden gevonden. Open het signaal opnieuw en probeer het nog eens.",
    "not-a-signal": "Dit bericht heeft niet precies de vorm van een Handle with Care-signaal. Er is niets verstuurd of verwijderd; bel bij twijfel Veilig Thuis.",
  },
  en: {
    "sender-authentication-missing":
      "This message carries no sender check by your mail server, so it cannot be established that it really comes from Veilig Thuis. Phone Veilig Thuis to ask about the signal; ask your IT admin why the check is missing.",
    "sender-authentication-failed":
      "The sender of this message is not genuine: your mail server's check (DMARC) failed. It probably does not come from Veilig Thuis. Phone Veilig Thuis and hand this message to your IT admin.",
    "sender-authentication-inconclusive":
      "Your mail server could not establish that this message comes from Veilig Thuis (no or an incomplete DMARC check). Phone Veilig Thuis to ask about the signal; ask your IT admin to look at the check.",
    "sender-authentication-domain-mismatch":
      "The sender check is for another domain than the sender's address. The message may not come from Veilig Thuis: phone Veilig Thuis and hand this message to your IT admin.",
    "sender-not-trusted": "This message does not come from the Veilig Thuis Handle with Care address set up for your school. Treat it as ordinary e-mail; if in doubt, phone Veilig Thuis.",
    "has-attachments": "A signal never has attachments; this message does. Open no attachment and phone Veilig Thuis.",
    "attachments-unknown": "Whether this message has attachments could not be established. Try again; if that fails, phone Veilig Thuis.",
    "subject-not-template":
      "The subject is not exactly 'Handle with Care'. If your school adds something to external mail (such as [EXTERN]), ask your IT admin to configure it or to exempt the HwC mailbox; meanwhile phone Veilig Thuis.",
    "body-not-three-lines":
      "The text holds more than the signal. If your school adds a banner or disclaimer to external mail, ask your IT admin to configure it or to exempt the HwC mailbox; meanwhile phone Veilig Thuis.",
    "body-date-invalid": "The date of birth in this message is not a valid date of a minor. Phone Veilig Thuis to ask about the signal.",
    "message-not-in-mailbox": "This message is not in this Handle with Care mailbox. Open the signal in your school's HwC mailbox and try there.",
    "message-id-invalid": "This message could not be found. Open the signal again and retry.",
    "not-a-signal": "This message does not have exactly the form of a Handle with Care signal. Nothing was sent or deleted; if in doubt, phone Veilig Thuis.",
  },
});

export type RecognitionMessageKey = keyof typeof recognitionMessages.nl;

/** What to tell the functionary about a recognizer reason code; a general text for codes without their own. */
export function recognitionText(locale: "nl" | "en", reason: string): string {
  const entry: unknown = (recognitionMessages[locale] as Record<string, unknown>)[reason];
  return typeof entry === "string" ? entry : recognitionMessages[locale]["not-a-signal"];
}
