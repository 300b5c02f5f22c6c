// Every line the admin CLI prints, Dutch first, English second. Kept beside the CLI rather than in
// shared/messages/ because only IT admins read it, in a terminal, never a caseworker or functionary.
import { defineMessages } from "../../shared/messages/define";

export const adminMessages = defineMessages({
  nl: {
    usage: [
      "Gebruik: npm run admin -- exchange-script --config BESTAND [--out MAP]",
      "",
      "  exchange-script   Maakt de Exchange Online PowerShell-scripts voor Handle with Care uit één configuratiebestand.",
      "  --config BESTAND  JSON-configuratie (voorbeeld: docs/scripts/hwc-config.example.json).",
      "  --out MAP         Waar de scripts komen (standaard: de map van het configuratiebestand).",
      "  --help            Deze uitleg.",
    ].join("\n"),
    invalidConfig: (file: string) => `Configuratie ongeldig: ${file}. Pas deze velden aan en probeer opnieuw:`,
    unreadableConfig: (file: string) => `Kan het configuratiebestand niet lezen: ${file}. Controleer pad en rechten.`,
    notJson: (file: string) => `Het configuratiebestand is geen geldige JSON: ${file}. Controleer komma's en aanhalingstekens.`,
    unknownCommand: (command: string) => `Onbekende opdracht: ${command}. Gebruik --help voor de mogelijkheden.`,
    unknownOption: (option: string) => `Onbekende optie: ${option}. Gebruik --help voor de mogelijkheden.`,
    missingValue: (option: string) => `De optie ${option} heeft een waarde nodig.`,
    missingConfig: "Geef het configuratiebestand op met --config BESTAND.",
    wrote: (file: string) => `Geschreven: ${file}`,
    nextStep: "Lees docs/admin-guide.md voor de volgorde waarin u de scripts uitvoert.",
    // Field problems (code → text).
    required: "ontbreekt",
    wrongType: "heeft het verkeerde type",
    unknownField: (key: string) => `onbekend veld "${key}" (tikfout?)`,
    email: "geen geldig e-mailadres",
    guid: "geen geldige GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
    text: "mag niet leeg zijn en geen regeleinden of besturingstekens bevatten",
    typographicQuote: "gebruik een gewone apostrof (') in plaats van een typografisch aanhalingsteken",
    tooLong: (max: number) => `is langer dan ${max} tekens`,
    domain: "geen geldige domeinnaam",
    retentionDays: "moet een heel getal van 0 tot en met 30 zijn (Exchange Online staat maximaal 30 dagen toe)",
    atLeastOne: "moet minstens één item bevatten",
    oneSection: "vul minstens één van de onderdelen \"school\" of \"veiligThuis\" in",
    duplicateAddress: "komt meer dan eens voor",
    outsideDomains: "hoort niet bij de domeinen van deze organisatie (veld domains)",
    selfDelegate: "een postbus kan niet zijn eigen functionaris of medewerker zijn",
    probeIsHwcMailbox: "moet een postbus zijn die NIET tot de HwC-postbussen hoort",
    invalidValue: "heeft een ongeldige waarde",
    scopeName: "mag alleen letters, cijfers, spaties en . _ ( ) - bevatten",
  },
  en: {
    usage: [
      "Usage: npm run admin -- exchange-script --config FILE [--out DIR]",
      "",
      "  exchange-script   Generates the Exchange Online PowerShell scripts for Handle with Care from one config file.",
      "  --config FILE     JSON configuration (example: docs/scripts/hwc-config.example.json).",
      "  --out DIR         Where the scripts go (default: the config file's folder).",
      "  --help            This help.",
    ].join("\n"),
    invalidConfig: (file: string) => `Invalid configuration: ${file}. Fix these fields and try again:`,
    unreadableConfig: (file: string) => `Cannot read the configuration file: ${file}. Check the path and permissions.`,
    notJson: (file: string) => `The configuration file is not valid JSON: ${file}. Check commas and quotes.`,
    unknownCommand: (command: string) => `Unknown command: ${command}. Use --help to see the options.`,
    unknownOption: (option: string) => `Unknown option: ${option}. Use --help to see the options.`,
    missingValue: (option: string) => `The option ${option} needs a value.`,
    missingConfig: "Name the configuration file with --config FILE.",
    wrote: (file: string) => `Written: ${file}`,
    nextStep: "Read docs/admin-guide.en.md for the order in which to run the scripts.",
    required: "is missing",
    wrongType: "has the wrong type",
    unknownField: (key: string) => `unknown field "${key}" (typo?)`,
    email: "is not a valid e-mail address",
    guid: "is not a valid GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
    text: "must not be empty and must not contain line breaks or control characters",
    typographicQuote: "use a straight apostrophe (') instead of a typographic quote",
    tooLong: (max: number) => `is longer than ${max} characters`,
    domain: "is not a valid domain name",
    retentionDays: "must be a whole number from 0 to 30 (Exchange Online allows at most 30 days)",
    atLeastOne: "must contain at least one item",
    oneSection: "fill in at least one of the sections \"school\" or \"veiligThuis\"",
    duplicateAddress: "appears more than once",
    outsideDomains: "is not in this organisation's domains (field domains)",
    selfDelegate: "a mailbox cannot be its own functionary or caseworker",
    probeIsHwcMailbox: "must be a mailbox that is NOT one of the HwC mailboxes",
    invalidValue: "has an invalid value",
    scopeName: "may only contain letters, digits, spaces and . _ ( ) -",
  },
});

export type AdminMessages = (typeof adminMessages)["nl"];

/** "Dutch / English" for one message, the way every CLI line is printed. */
export function bilingual(pick: (messages: AdminMessages) => string): string {
  return `${pick(adminMessages.nl)} / ${pick(adminMessages.en)}`;
}
