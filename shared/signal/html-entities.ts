// Just the character references Exchange and Outlook write into a delivered body: the markup-escaping
// ones, no-break space, curly apostrophes and the Latin-1 letters (Outlook names é as &eacute;).
// Anything else must be numeric (&#233; / &#xE9;) or it stays literal — and a literal "&" is no name.

const LATIN1_LETTERS =
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml " +
  "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

const NAMED: ReadonlyMap<string, string> = new Map<string, string>([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", "\u00A0"],
  ["rsquo", "\u2019"],
  ["lsquo", "\u2018"],
  ["OElig", "\u0152"],
  ["oelig", "\u0153"],
  ["Scaron", "\u0160"],
  ["scaron", "\u0161"],
  ["Yuml", "\u0178"],
  ...LATIN1_LETTERS.split(" ").map((name, index): [string, string] => [name, String.fromCodePoint(192 + index)]),
]);

/** The text of one reference without "&" and ";" ("eacute", "#233", "#xE9"), or undefined if unknown. */
export function decodeCharacterReference(reference: string): string | undefined {
  if (reference.startsWith("#")) {
    const hex = reference[1] === "x" || reference[1] === "X";
    const codePoint = Number.parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff;
    return valid && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : undefined;
  }
  return NAMED.get(reference);
}
