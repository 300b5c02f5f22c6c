// Reads the cmdlet calls back out of a generated script, so tests can check which address went into which
// parameter of which command (not just that the address appears somewhere).
export type CommandCall = { cmdlet: string; parameters: Map<string, string>; line: string };

// -Name value, -Name:$value, or a bare switch (-Shared) when the next token is another parameter.
const parameterPattern = /-([A-Za-z]+)(?::(\$\w+)|\s+(?!-[A-Za-z])('(?:[^']|'')*'|@\([^)]*\)|\$\w+|[^\s|)]+))?/g;

function unquote(token: string): string {
  if (token.startsWith("'") && token.endsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  return token;
}

/** Every call of `cmdlet` in the script, with its named parameters (quoted values unquoted). */
export function callsOf(script: string, cmdlet: string): CommandCall[] {
  const calls: CommandCall[] = [];
  for (const rawLine of script.split("\n")) {
    const line = rawLine.trim();
    const start = line.indexOf(`${cmdlet} -`);
    if (start === -1 || line.startsWith("#")) continue;
    // Skip mentions inside messages: a real call starts the statement or follows `(` / `{` / `@(`.
    const before = line.slice(0, start).trimEnd();
    if (before !== "" && !/(\(|\{|@\(|=)$/.test(before)) continue;
    const parameters = new Map<string, string>();
    const rest = line.slice(start + cmdlet.length);
    for (const match of rest.matchAll(parameterPattern)) {
      const name = match[1] ?? "";
      if (parameters.has(name)) continue;
      parameters.set(name, unquote(match[2] ?? match[3] ?? "$true"));
    }
    calls.push({ cmdlet, parameters, line });
  }
  return calls;
}
