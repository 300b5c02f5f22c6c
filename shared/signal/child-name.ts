// The child's name is the one free-text field that leaves Veilig Thuis, so it is checked by an allow-list:
// letters and combining marks of any script, single spaces, hyphens, apostrophes and the periods of
// initials, in at most six words (a name, not a sentence: "Fleur van Dijk, broertje ook" is refused). Everything
// else is refused with a stable code; no code or message repeats the value.
// No lookbehind and no other post-ES2016 syntax here: this file runs in classic Outlook's send-guard runtime.

import type { ChildName } from "./types";

export const CHILD_NAME_MIN_LENGTH = 2;
export const CHILD_NAME_MAX_LENGTH = 100;
/** Space-separated words; "Maria Johanna Petronella van den Berg" has six, "Berg-de Vries" counts as two. */
export const CHILD_NAME_MAX_WORDS = 6;

// Inputs far beyond the limit are refused before any regular expression looks at them.
const RAW_LENGTH_CUTOFF = 1_000;

export type ChildNameCode =
  | "name-required"
  | "name-too-short"
  | "name-too-long"
  | "name-too-many-words"
  | "name-line-break"
  | "name-hidden-character"
  | "name-digit"
  | "name-link"
  | "name-invalid-character"
  | "name-not-a-name";

export type ChildNameResult = { ok: true; value: ChildName } | { ok: false; code: ChildNameCode };

const LINE_BREAK = /[\n\r\u0085\u2028\u2029\v\f]/u;
// Controls, bidirectional embeddings/overrides/isolates and marks, zero-width characters, soft hyphen,
// word joiner and invisible operators, BOM, variation selectors, tag characters.
// The combining grapheme joiner (U+034F) is a mark, so it sits outside the class.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\u115F\u1160\u3164\uFFA0]|\p{Variation_Selector}|\u034F/u;
const DIGIT = /\p{N}/u;
// Digits, ":" and "/" are refused anyway; this catches what is left of an address: "@", "www." and a
// word followed by a common top-level domain. Initials ("J.de Vries") have one letter before the period.
const LINK = /@|:\/\/|(?:^|[^\p{L}])www\.|\p{L}{2,}\.(?:nl|com|org|net|eu|info|io)(?!\p{L})/iu;
const ALLOWED = /^[\p{L}\p{M} .'’-]+$/u;
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const LETTER = /\p{L}/gu;
// A name starts with a letter, or with an apostrophe before a letter ("’t Hart"), and never has two
// separators in a row ("--", "..", "' '" and the like) — except the initials of a double first name, "J.-P.".
const STARTS_LIKE_A_NAME = /^(?:\p{L}|['’]\p{L})/u;
const DOUBLED_SEPARATOR = /(?!\.-)[.'’-][.'’-]|[.'’-] [.'’-]|[ '’-]$| -|- /u;

export function parseChildName(raw: string): ChildNameResult {
  if (raw.length > RAW_LENGTH_CUTOFF) return { ok: false, code: "name-too-long" };
  const normalized = raw.normalize("NFC").replace(SPACE_LIKE, " ");
  if (LINE_BREAK.test(normalized)) return { ok: false, code: "name-line-break" };
  if (HIDDEN.test(normalized)) return { ok: false, code: "name-hidden-character" };
  const name = normalized.trim().replace(/ {2,}/g, " ");
  if (name.length === 0) return { ok: false, code: "name-required" };
  if (DIGIT.test(name)) return { ok: false, code: "name-digit" };
  if (LINK.test(name)) return { ok: false, code: "name-link" };
  if (!ALLOWED.test(name)) return { ok: false, code: "name-invalid-character" };
  const length = [...name].length;
  if (length > CHILD_NAME_MAX_LENGTH) return { ok: false, code: "name-too-long" };
  if (name.split(" ").length > CHILD_NAME_MAX_WORDS) return { ok: false, code: "name-too-many-words" };
  const letters = name.match(LETTER)?.length ?? 0;
  if (length < CHILD_NAME_MIN_LENGTH || letters < CHILD_NAME_MIN_LENGTH) return { ok: false, code: "name-too-short" };
  if (!STARTS_LIKE_A_NAME.test(name) || DOUBLED_SEPARATOR.test(name)) return { ok: false, code: "name-not-a-name" };
  return { ok: true, value: name as ChildName };
}
