// The npm commands a document tells its reader to run: `npm run X`, `npm X`. Used to check each one exists.
export type NpmCommand = { command: string; script: string | undefined; line: number };

/** npm's own commands (not package scripts); anything else after `npm` must be a script. */
const npmBuiltins = new Set(["install", "i", "ci", "ls", "list", "exec", "init", "audit", "outdated", "update", "config", "pack", "view", "version", "help", "prune", "rebuild", "explain", "why"]);
/** Shortcuts npm maps to a script of the same name. */
const scriptShortcuts = new Set(["test", "t", "start", "stop", "restart"]);

const npmInvocation = /(?<![\w-])npm\s+((?:-{1,2}[\w-]+\s+)*)([\w:.-]*\w)(?:\s+((?:-{1,2}[\w-]+\s+)*)([\w:.-]*\w))?/g;

/** Each line's code: the whole line inside a fenced block, else only its `inline code` spans. Prose such as
 * "the npm scripts" is not a command. */
function codeOfLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split("\n").map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return "";
    }
    if (fenced) return line;
    return [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]).join(" ; ");
  });
}

export function npmCommandsIn(markdown: string): NpmCommand[] {
  const commands: NpmCommand[] = [];
  codeOfLines(markdown).forEach((text, index) => {
    for (const match of text.matchAll(npmInvocation)) {
      const verb = match[2] ?? "";
      const next = match[4];
      const line = index + 1;
      if (verb === "run" || verb === "run-script") {
        commands.push({ command: match[0].trim(), script: next, line });
      } else if (scriptShortcuts.has(verb)) {
        commands.push({ command: match[0].trim(), script: verb === "t" ? "test" : verb, line });
      } else if (!npmBuiltins.has(verb)) {
        commands.push({ command: match[0].trim(), script: verb, line });
      }
    }
  });
  return commands;
}
