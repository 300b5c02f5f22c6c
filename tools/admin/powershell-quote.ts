// PowerShell literals for generated scripts. Every value from the config reaches a script only through these
// functions, so a display name such as "'t Gooise Lyceum" cannot end a string early or inject a command.
//
// In a single-quoted PowerShell string nothing is expanded ($, `, " are literal); the only special characters are
// the quote characters themselves, and PowerShell treats the typographic single quotes (U+2018–U+201B) as quotes
// too. Each is escaped by doubling it.
const singleQuoteCharacters = /['\u2018\u2019\u201A\u201B]/g;

// Control characters (line breaks included) have no place in a name or address; the config schema refuses them,
// and this guard makes sure no caller can slip one past it.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export function psQuote(value: string): string {
  if (controlCharacters.test(value)) {
    throw new Error("A PowerShell literal cannot hold control characters or line breaks.");
  }
  return `'${value.replace(singleQuoteCharacters, (quote) => quote + quote)}'`;
}

/** A value inside an OPATH filter (`-RecipientRestrictionFilter "Property -eq 'value'"`): quotes doubled, as
 * Microsoft's filter syntax documents. The whole filter is then passed through `psQuote`. */
export function opathQuote(value: string): string {
  if (controlCharacters.test(value)) {
    throw new Error("An OPATH value cannot hold control characters or line breaks.");
  }
  return `'${value.replace(singleQuoteCharacters, (quote) => quote + quote)}'`;
}

/** A PowerShell array literal of quoted strings: @('a', 'b'). */
export function psArray(values: readonly string[]): string {
  return `@(${values.map(psQuote).join(", ")})`;
}

// Characters that end or expand a double-quoted PowerShell string: $ ` " and the typographic double quotes,
// which PowerShell also treats as delimiters.
const expandableCharacters = /[$`"\u201C\u201D\u201E]/;

/** A value placed inside a double-quoted PowerShell string (next to a runtime `$variable`). Only addresses and
 * GUIDs go there; the schema already limits their characters, and this refuses anything that would expand. */
export function psInterpolatable(value: string): string {
  if (expandableCharacters.test(value) || controlCharacters.test(value)) {
    throw new Error("This value cannot be placed inside a double-quoted PowerShell string.");
  }
  return value;
}
