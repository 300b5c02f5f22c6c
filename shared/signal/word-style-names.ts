// Word names its built-in styles in the <w:LatentStyles> block and its style sheet ("heading 1", "Grid Table 4
// Accent 2", "Normal (Web)"). A style name in a signal body must be made of these words and numbers only, so
// that no attribute can carry a child's name or anything else past the check.
const WORDS = new Set(
  (
    "normal heading index toc indent footnote text annotation subject header footer caption table of figures envelope " +
    "address return reference line number page endnote authorities macro toa list bullet title closing signature " +
    "default paragraph font body continue message subtitle salutation date first note block hyperlink followedhyperlink " +
    "strong emphasis document map plain e-mail html top bottom form (web) acronym cite code definition keyboard " +
    "preformatted sample typewriter variable no outline simple classic colorful columns grid 3d effects contemporary " +
    "elegant professional subtle web theme balloon placeholder spacing light shading medium dark accent revision quote " +
    "intense book bibliography mention smart link hashtag unresolved msonormal msonormaltable msochpdefault"
  ).split(" "),
);

export function isWordStyleName(name: string): boolean {
  if (name.length === 0 || name.length > 60) return false;
  return name.split(" ").every((word) => /^\d{1,3}$/.test(word) || WORDS.has(word.toLowerCase()));
}
