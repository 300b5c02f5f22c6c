// The domain's words: field errors of the compose pane keyed by their stable codes (so the add-in shows
// `domainMessages[locale][code]`), the acknowledgement and expiry notice texts, and the school register
// and calendar messages of the import tool. No message repeats a name or a birth date.

import { defineMessages } from "./define";

export const domainMessages = defineMessages({
  nl: {
    "unknown-error": "Controleer dit veld en probeer het opnieuw.",
    "name-required": "Vul de naam van het kind in.",
    "name-too-short": "De naam is te kort. Vul de volledige naam van het kind in (minstens 2 letters).",
    "name-too-long": "De naam is te lang. Gebruik hoogstens 100 tekens, bijvoorbeeld met voorletters.",
    "name-too-many-words": "De naam heeft meer dan 6 woorden. Vul alleen de naam van het kind in; kort lange voornamen zo nodig af met voorletters.",
    "name-line-break": "De naam bevat een regeleinde. Zet de hele naam op één regel.",
    "name-hidden-character": "De naam bevat een onzichtbaar teken. Typ de naam opnieuw in plaats van hem te plakken.",
    "name-digit": "De naam bevat een cijfer. Vul alleen de naam in, zonder cijfers.",
    "name-link": "De naam lijkt een e-mail- of webadres. Vul alleen de naam van het kind in.",
    "name-invalid-character":
      "De naam bevat een teken dat niet in een naam hoort. Gebruik alleen letters, spaties, koppeltekens, apostrofs en punten van voorletters.",
    "name-not-a-name": "Dit lijkt geen naam. Begin met een letter en gebruik leestekens alleen tussen letters.",
    "date-required": "Vul de geboortedatum in (DD-MM-JJJJ).",
    "date-format": "Vul de geboortedatum in als DD-MM-JJJJ, bijvoorbeeld 05-09-2015.",
    "date-not-real": "Deze datum bestaat niet. Controleer dag en maand.",
    "date-in-future": "De geboortedatum ligt in de toekomst. Controleer het jaar.",
    "not-a-minor": "Het kind is 18 jaar of ouder. Een Handle with Care-signaal is alleen voor minderjarigen; controleer het jaar.",
    "younger-than-four": "Het kind is jonger dan 4 jaar en gaat mogelijk nog niet naar school. Controleer de geboortedatum en de school.",
    acknowledgementLine: "Het Handle with Care-signaal is ontvangen en mondeling doorgegeven.",
    expiryLine: "Een Handle with Care-signaal is niet op tijd bevestigd en is daarom verwijderd.",
    expiryNextStep: "Neem zo nodig telefonisch contact op met de school.",
    receivedAtLine: (date: string, time: string) => `Ontvangen op ${date} om ${time}.`,
    "calendar-out-of-range":
      "Voor deze datum kent Handle with Care de schoolvakanties nog niet. Werk de schoolkalender bij (zie shared/calendar/README.md) en bouw de invoegtoepassing opnieuw.",
    "register-not-a-list": "Het schoolregister moet een lijst van scholen zijn.",
    "register-required": "Dit veld is verplicht. Vul het in.",
    "register-unknown-field": "Onbekend veld. Verwijder het of controleer de spelling van de kolomnaam.",
    "register-duplicate": "Deze waarde staat al bij een andere school. Elke school heeft een eigen waarde.",
    "register-invalid-type": "Deze waarde heeft niet het juiste soort inhoud (tekst, een datum of ja/nee). Controleer wat er in deze kolom hoort.",
    "register-id-format": "Gebruik voor id alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld regenboog-hilversum.",
    "register-name-invalid": "Vul de naam van de school in (2 tot 120 tekens).",
    "register-brin-format": "Een BRIN-nummer is 2 cijfers en 2 letters, eventueel gevolgd door 2 cijfers voor de vestiging, bijvoorbeeld 12AB of 34CD01.",
    "register-place-invalid": "Vul de plaats van de school in (2 tot 80 tekens).",
    "register-email-format": "Vul een geldig e-mailadres in voor het Handle with Care-adres van de school.",
    "register-region-unknown": "Kies als regio noord, midden of zuid.",
    "register-date-invalid": "Vul een bestaande datum in als JJJJ-MM-DD of DD-MM-JJJJ.",
    "register-active-invalid": "Vul bij active ja of nee in (true of false).",
    "register-missing-column": "Deze kolom ontbreekt in de kopregel. Voeg hem toe.",
    "register-short-row":
      "De rij houdt hier op: deze kolom en de kolommen erna ontbreken. Vul ze aan (een lege waarde schrijft u als twee scheidingstekens achter elkaar) of controleer de scheidingstekens.",
    "register-long-row":
      "De rij heeft vanaf deze kolom meer kolommen dan de kopregel. Controleer de scheidingstekens; zet een waarde met een komma of puntkomma erin tussen aanhalingstekens.",
    "import-usage":
      "Gebruik: npm run register:import -- <bestand.csv> [--out config/school-register.json]\nKolommen: id, name, brin, place, hwcAddress, region, parentsInformedOn, active.",
    "import-file-unreadable": (file: string) => `Kan ${file} niet lezen. Controleer de bestandsnaam en probeer het opnieuw.`,
    "import-not-csv": "Het bestand is geen geldige CSV. Sla het op als CSV (gescheiden door komma's of puntkomma's) en probeer het opnieuw.",
    "import-not-utf8": (row: number) =>
      `Het bestand is niet als UTF-8 opgeslagen: rij ${row} bevat een teken dat geen UTF-8 is (gewone "CSV" uit Excel is Windows-1252). Open het bestand in Excel, kies Bestand > Opslaan als > "CSV UTF-8 (door komma's gescheiden) (*.csv)" en voer de import opnieuw uit. Er is niets geschreven.`,
    "import-empty": "Het bestand bevat geen scholen. Voeg onder de kopregel een rij per school toe.",
    "import-row-error": (row: number, field: string, text: string) => (field ? `Rij ${row}, kolom ${field}: ${text}` : `Rij ${row}: ${text}`),
    "import-nothing-written": (count: number) =>
      `Niets geschreven: ${count} ${count === 1 ? "fout" : "fouten"}. Verbeter de genoemde rijen en voer de import opnieuw uit.`,
    "import-written": (count: number, file: string) => `${count} ${count === 1 ? "school" : "scholen"} geschreven naar ${file}.`,
  },
  en: {
    "unknown-error": "Check this field and try again.",
    "name-required": "Enter the child's name.",
    "name-too-short": "The name is too short. Enter the child's full name (at least 2 letters).",
    "name-too-long": "The name is too long. Use at most 100 characters, for example with initials.",
    "name-too-many-words": "The name has more than 6 words. Enter only the child's name; shorten long first names to initials if needed.",
    "name-line-break": "The name contains a line break. Put the whole name on one line.",
    "name-hidden-character": "The name contains an invisible character. Type the name again instead of pasting it.",
    "name-digit": "The name contains a digit. Enter only the name, without digits.",
    "name-link": "The name looks like an e-mail or web address. Enter only the child's name.",
    "name-invalid-character":
      "The name contains a character that does not belong in a name. Use only letters, spaces, hyphens, apostrophes and the periods of initials.",
    "name-not-a-name": "This does not look like a name. Start with a letter and use punctuation only between letters.",
    "date-required": "Enter the date of birth (DD-MM-YYYY).",
    "date-format": "Enter the date of birth as DD-MM-YYYY, for example 05-09-2015.",
    "date-not-real": "This date does not exist. Check the day and month.",
    "date-in-future": "The date of birth is in the future. Check the year.",
    "not-a-minor": "The child is 18 or older. A Handle with Care signal is for minors only; check the year.",
    "younger-than-four": "The child is younger than 4 and may not go to school yet. Check the date of birth and the school.",
    acknowledgementLine: "The Handle with Care signal was received and passed on orally.",
    expiryLine: "A Handle with Care signal was not acknowledged in time and has therefore been removed.",
    expiryNextStep: "If needed, phone the school.",
    receivedAtLine: (date: string, time: string) => `Received on ${date} at ${time}.`,
    "calendar-out-of-range":
      "Handle with Care does not know the school holidays for this date yet. Update the school calendar (see shared/calendar/README.md) and build the add-in again.",
    "register-not-a-list": "The school register must be a list of schools.",
    "register-required": "This field is required. Fill it in.",
    "register-unknown-field": "Unknown field. Remove it or check the spelling of the column name.",
    "register-duplicate": "Another school already has this value. Each school needs its own.",
    "register-invalid-type": "This value has the wrong kind of content (text, a date or yes/no). Check what belongs in this column.",
    "register-id-format": "Use only lower-case letters, digits and hyphens for the id, for example regenboog-hilversum.",
    "register-name-invalid": "Enter the school's name (2 to 120 characters).",
    "register-brin-format": "A BRIN number is 2 digits and 2 letters, optionally followed by 2 digits for the branch, for example 12AB or 34CD01.",
    "register-place-invalid": "Enter the school's town (2 to 80 characters).",
    "register-email-format": "Enter a valid e-mail address for the school's Handle with Care address.",
    "register-region-unknown": "Choose noord, midden or zuid as the region.",
    "register-date-invalid": "Enter an existing date as YYYY-MM-DD or DD-MM-YYYY.",
    "register-active-invalid": "Enter yes or no for active (true or false).",
    "register-missing-column": "This column is missing from the header row. Add it.",
    "register-short-row":
      "The row stops here: this column and the ones after it are missing. Fill them in (an empty value is two separators in a row) or check the separators.",
    "register-long-row":
      "From this column on, the row has more columns than the header row. Check the separators; put a value that contains a comma or semicolon in quotes.",
    "import-usage":
      "Usage: npm run register:import -- <file.csv> [--out config/school-register.json]\nColumns: id, name, brin, place, hwcAddress, region, parentsInformedOn, active.",
    "import-file-unreadable": (file: string) => `Cannot read ${file}. Check the file name and try again.`,
    "import-not-csv": "The file is not valid CSV. Save it as CSV (comma or semicolon separated) and try again.",
    "import-not-utf8": (row: number) =>
      `The file is not saved as UTF-8: row ${row} holds a character that is not UTF-8 (Excel's plain "CSV" is Windows-1252). Open the file in Excel, choose File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)" and run the import again. Nothing was written.`,
    "import-empty": "The file holds no schools. Add one row per school below the header row.",
    "import-row-error": (row: number, field: string, text: string) => (field ? `Row ${row}, column ${field}: ${text}` : `Row ${row}: ${text}`),
    "import-nothing-written": (count: number) =>
      `Nothing written: ${count} ${count === 1 ? "error" : "errors"}. Fix the rows listed and run the import again.`,
    "import-written": (count: number, file: string) => `Wrote ${count} ${count === 1 ? "school" : "schools"} to ${file}.`,
  },
});

export type DomainMessageKey = keyof typeof domainMessages.nl;

/** The text for a stable error or warning code, e.g. a field error from parseSignalInput; never empty. */
export function domainText(locale: "nl" | "en", code: string): string {
  const entry: unknown = (domainMessages[locale] as Record<string, unknown>)[code];
  return typeof entry === "string" ? entry : domainMessages[locale]["unknown-error"];
}
