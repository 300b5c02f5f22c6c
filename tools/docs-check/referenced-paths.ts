// Repository paths a document names in `code` spans, e.g. `cleanup-service/core/acknowledge-and-delete.test.ts`.
const pathLike = /`([\w.@-]+(?:\/[\w.@[\]-]+)+\.(?:ts|tsx|js|mjs|json|md|ps1|xml|html|yml|yaml|example))`/g;

export function referencedPaths(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(pathLike)].map((match) => match[1] ?? ""))];
}

/** The rows of the first Markdown table under a heading that contains `headingText`. */
export function tableRowsUnder(markdown: string, headingText: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.includes(headingText));
  if (start === -1) return [];
  const rows: string[][] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line)) break;
    if (line.trimStart().startsWith("|")) {
      inTable = true;
      const cells = line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
      if (!cells.every((cell) => /^:?-{3,}:?$/.test(cell))) rows.push(cells);
    } else if (inTable) {
      break;
    }
  }
  return rows.slice(1); // without the header row
}
