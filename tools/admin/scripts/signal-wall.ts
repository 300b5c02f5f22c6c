// What the server-side wall at Veilig Thuis refuses, in one place for both forms it is generated in: Exchange
// Online mail flow rules (veiligthuis-mail-flow-rule.ps1) and a Microsoft Purview DLP policy
// (veiligthuis-dlp-policy.ps1). The send guard in Outlook checks the signal exactly; this wall catches what goes
// around it: Outlook on a phone (no send guard there), mail merge, another mail client, an add-in outage.
//
// A transport rule ANDs its conditions and ORs its exceptions, so "subject exact AND no attachment AND small" cannot
// be one rule: each thing a signal may not have is its own rejecting rule with its own status code, and every rule
// carries the same scope (from the HwC mailbox, to any school address).
//   https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/conditions-and-exceptions
import { SIGNAL_SUBJECT } from "../../../shared/signal/template";

/** The whole subject, nothing before or after it ("RE: …", "Handle with Care Jan" are refused). */
export const signalSubjectPattern = `^${SIGNAL_SUBJECT.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`;

/** One regular expression per school domain, matched against each recipient's address: `@domain\.tld$`. The "any
 * recipient" form (AnyOfRecipientAddressMatchesPatterns) rejects the message for every recipient, so a Cc or Bcc
 * to a private address does not slip through while the school's copy is refused. */
export function schoolAddressPatterns(schoolDomains: readonly string[]): string[] {
  return schoolDomains.map((domain) => `@${domain.replace(/\./g, "\\.")}$`);
}

/** Text that a phone, a reply or a forward puts in a message and that no signal holds (the three lines are a name,
 * a date and "Handle with Care"; a name has no digits, colons or links). Mail flow rules match these as whole words,
 * case-insensitively. Links and e-mail addresses are deliberately not on the list: whether Exchange matches the
 * body's text or its HTML source is not documented, and the HTML Outlook writes holds "http" and "@" in its markup. */
export const telltalePhrases = [
  "Verzonden vanaf mijn",
  "Verstuurd vanaf mijn",
  "Sent from my",
  "Outlook voor iOS",
  "Outlook voor Android",
  "Outlook for iOS",
  "Outlook for Android",
  "Oorspronkelijk bericht",
  "Original Message",
  "Doorgestuurd bericht",
  "Forwarded message",
] as const;

/** Each thing the wall refuses: a rule name (Exchange allows 64 characters), the enhanced status code of the
 * non-delivery report (5.7.900–5.7.999 are free for rules) and the reason the sender reads, Dutch first. No reason
 * names anything from the message. */
export const wallRules = {
  subject: {
    name: "Handle with Care: alleen het onderwerp Handle with Care",
    statusCode: "5.7.900",
    reasonNl: "Een bericht van de Handle with Care-postbus aan een school moet precies het onderwerp 'Handle with Care' hebben.",
    reasonEn: "A message from the Handle with Care mailbox to a school must have exactly the subject 'Handle with Care'.",
  },
  attachments: {
    name: "Handle with Care: geen bijlagen",
    statusCode: "5.7.901",
    reasonNl: "Een signaal heeft geen bijlagen en geen afbeeldingen.",
    reasonEn: "A signal has no attachments and no images.",
  },
  size: {
    name: "Handle with Care: alleen een klein bericht",
    statusCode: "5.7.902",
    reasonNl: "Het bericht is groter dan een signaal ooit is (alleen naam, geboortedatum en Handle with Care).",
    reasonEn: "The message is larger than a signal ever is (only name, birth date and Handle with Care).",
  },
  copies: {
    name: "Handle with Care: geen CC",
    statusCode: "5.7.903",
    reasonNl: "Een signaal gaat alleen naar het HwC-adres van de school, zonder CC.",
    reasonEn: "A signal goes only to the school's HwC address, without Cc.",
  },
  telltales: {
    name: "Handle with Care: geen telefoon- of doorstuurtekst",
    statusCode: "5.7.904",
    reasonNl: "Het bericht bevat tekst van een telefoon, een antwoord of een doorgestuurd bericht.",
    reasonEn: "The message holds text from a phone, a reply or a forwarded message.",
  },
  sender: {
    name: "Handle with Care: alleen vanaf de HwC-postbus",
    statusCode: "5.7.905",
    reasonNl: "Een signaal vertrekt alleen vanaf de Handle with Care-postbus van Veilig Thuis (convenant, Bijlage 1.3).",
    reasonEn: "A signal leaves only from the Veilig Thuis Handle with Care mailbox (covenant, Annex 1.3).",
  },
} as const;

export type WallRuleKey = keyof typeof wallRules;

/** The text of the non-delivery report: what was wrong, then what to do, in Dutch and in English. ASCII only, so
 * no client garbles it. */
export function rejectionText(key: WallRuleKey): string {
  const rule = wallRules[key];
  const lower = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);
  return (
    `Geweigerd door Veilig Thuis: ${lower(rule.reasonNl)} Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook. / ` +
    `Refused by Veilig Thuis: ${lower(rule.reasonEn)} Send the signal with the Handle with Care add-in in Outlook.`
  );
}

/** A Purview policy tip is at most 256 characters: the English reason only follows when it fits. */
export function policyTipText(key: WallRuleKey): string {
  const rule = wallRules[key];
  const both = `${rule.reasonNl} / ${rule.reasonEn}`;
  return both.length <= 256 ? both : rule.reasonNl;
}
