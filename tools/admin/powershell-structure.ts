// A structural check of generated PowerShell (no PowerShell runs on the build machine): every string literal
// ends, every bracket closes in order, every block comment ends. It follows PowerShell's tokenizer rules for
// what matters here: single-quoted strings (a quote doubled is a literal quote; typographic single quotes count),
// double-quoted strings (backtick escapes, "" doubling, $( … ) subexpressions containing code), # line comments
// and <# … #> block comments.
const singleQuotes = new Set(["'", "\u2018", "\u2019", "\u201A", "\u201B"]);
const doubleQuotes = new Set(['"', "\u201C", "\u201D", "\u201E"]);
const closing: Record<string, string> = { "(": ")", "{": "}", "[": "]" };

export type StructureProblem = { problem: string; at: number };

export function powershellStructureProblems(script: string): StructureProblem[] {
  const stack: { bracket: string; at: number; inString: boolean }[] = [];
  let index = 0;
  const at = () => index;

  // Reads code until the end of input, or until the ")" that closes a $( … ) subexpression when nested.
  const readCode = (untilSubexpressionEnd: boolean): StructureProblem | undefined => {
    const base = stack.length;
    while (index < script.length) {
      const character = script[index] ?? "";
      const next = script[index + 1] ?? "";
      if (character === "<" && next === "#") {
        const end = script.indexOf("#>", index + 2);
        if (end === -1) return { problem: "block comment never ends", at: at() };
        index = end + 2;
      } else if (character === "#") {
        const end = script.indexOf("\n", index);
        index = end === -1 ? script.length : end;
      } else if (singleQuotes.has(character)) {
        const problem = readSingleQuoted();
        if (problem) return problem;
      } else if (doubleQuotes.has(character)) {
        const problem = readDoubleQuoted();
        if (problem) return problem;
      } else if (character === "`") {
        index += 2;
      } else if (character in closing) {
        stack.push({ bracket: character, at: index, inString: false });
        index += 1;
      } else if (character === ")" || character === "}" || character === "]") {
        if (untilSubexpressionEnd && character === ")" && stack.length === base) {
          index += 1;
          return undefined;
        }
        const open = stack.pop();
        if (!open || closing[open.bracket] !== character || stack.length < base) return { problem: `unexpected ${character}`, at: at() };
        index += 1;
      } else {
        index += 1;
      }
    }
    if (untilSubexpressionEnd) return { problem: "subexpression $( never ends", at: at() };
    return undefined;
  };

  const readSingleQuoted = (): StructureProblem | undefined => {
    const start = index;
    index += 1;
    while (index < script.length) {
      const character = script[index] ?? "";
      if (singleQuotes.has(character)) {
        if (singleQuotes.has(script[index + 1] ?? "")) {
          index += 2;
          continue;
        }
        index += 1;
        return undefined;
      }
      index += 1;
    }
    return { problem: "single-quoted string never ends", at: start };
  };

  const readDoubleQuoted = (): StructureProblem | undefined => {
    const start = index;
    index += 1;
    while (index < script.length) {
      const character = script[index] ?? "";
      if (character === "`") {
        index += 2;
      } else if (doubleQuotes.has(character)) {
        if (doubleQuotes.has(script[index + 1] ?? "")) {
          index += 2;
          continue;
        }
        index += 1;
        return undefined;
      } else if (character === "$" && script[index + 1] === "(") {
        index += 2;
        const problem = readCode(true);
        if (problem) return problem;
      } else {
        index += 1;
      }
    }
    return { problem: "double-quoted string never ends", at: start };
  };

  const problem = readCode(false);
  if (problem) return [problem];
  return stack.map((open) => ({ problem: `${open.bracket} never closes`, at: open.at }));
}
