// The message catalogue: every word a caseworker, functionary or admin reads, Dutch first, English second.
// Each surface keeps its section in its own file here; `defineMessages` makes the English side carry exactly
// the Dutch side's keys and signatures, so a missing translation is a type error, not a blank label.

export type Locale = "nl" | "en";

type Entry = string | ((...args: never[]) => string);

export type Catalogue<T extends Record<string, Entry>> = { nl: T; en: { [K in keyof T]: T[K] } };

export function defineMessages<T extends Record<string, Entry>>(catalogue: Catalogue<T>): Catalogue<T> {
  return catalogue;
}

/** Picks the catalogue for an Office display language such as "nl-NL" or "en-US": English only when asked for. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "nl";
}
