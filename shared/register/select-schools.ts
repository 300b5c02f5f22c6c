import type { School } from "./school";

/** A school can be chosen from the day its parents were informed (art. 3.2), and only while active. */
export function isSchoolSelectable(school: School, today: string): boolean {
  return school.active && school.parentsInformedOn <= today;
}

// Folding makes "regenboog" find "Regenboog", "weesp" find "Wéesp", and "ij" find "ĳ".
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

// Made on first use, not when the module loads: the send guard imports this module in classic Outlook's
// JavaScript-only runtime, whose Intl is limited, and never sorts.
let collator: Intl.Collator | undefined;

/**
 * The selectable schools whose name, place or BRIN contains every word of the query (any order),
 * ignoring case and diacritics; an empty query lists them all. Sorted by name.
 */
export function searchSchools(schools: readonly School[], query: string, options: { today: string }): School[] {
  const words = fold(query).split(/\s+/).filter((word) => word.length > 0);
  return schools
    .filter((school) => isSchoolSelectable(school, options.today))
    .filter((school) => {
      const haystack = fold(`${school.name} ${school.place} ${school.brin}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => (collator ??= new Intl.Collator("nl", { sensitivity: "base" })).compare(a.name, b.name));
}

/**
 * The one selectable school whose full name was typed: its name, "name place", "name, place" or the whole option
 * text "name, place (BRIN …)", ignoring case, diacritics and extra spaces. Undefined when no school, or more than
 * one (two schools called "De Regenboog"), answers to it: then the caseworker picks from the list.
 */
export function schoolNamedExactly(schools: readonly School[], typed: string, options: { today: string }): School | undefined {
  const wanted = squash(typed);
  if (wanted === "") return undefined;
  const named = schools.filter(
    (school) =>
      isSchoolSelectable(school, options.today) &&
      [school.name, `${school.name} ${school.place}`, `${school.name}, ${school.place}`, `${school.name}, ${school.place} (BRIN ${school.brin})`].some(
        (form) => squash(form) === wanted,
      ),
  );
  return named.length === 1 ? named[0] : undefined;
}

function squash(text: string): string {
  return fold(text).trim().replace(/\s+/g, " ");
}

/** The school whose HwC mailbox this is (case-insensitive), selectable or not. */
export function findSchoolByHwcAddress(schools: readonly School[], address: string): School | undefined {
  const wanted = address.trim().toLowerCase();
  return schools.find((school) => school.hwcAddress.toLowerCase() === wanted);
}
