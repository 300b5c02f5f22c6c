// Parses `exchange-script --config FILE [--out DIR]`, `service-mailboxes --config FILE [--out FILE]` and
// `--help`; anything else is refused with a hint.
export const commands = ["exchange-script", "service-mailboxes"] as const;
export type Command = (typeof commands)[number];

export type CliRequest =
  | { kind: "help" }
  | { kind: "run"; command: Command; configFile: string; out: string | undefined }
  | { kind: "error"; problem: "unknownCommand" | "unknownOption" | "missingValue" | "missingConfig"; detail: string };

export function parseCliArguments(argv: readonly string[]): CliRequest {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") return { kind: "help" };
  if (!(commands as readonly string[]).includes(command)) return { kind: "error", problem: "unknownCommand", detail: command };

  let configFile: string | undefined;
  let out: string | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const option = rest[index] ?? "";
    if (option === "--help" || option === "-h") return { kind: "help" };
    const [name, inlineValue] = option.startsWith("--") && option.includes("=") ? option.split(/=(.*)/s, 2) : [option, undefined];
    if (name !== "--config" && name !== "--out") return { kind: "error", problem: "unknownOption", detail: option };
    const value = inlineValue ?? rest[index + 1];
    if (value === undefined || value === "" || (inlineValue === undefined && value.startsWith("--"))) {
      return { kind: "error", problem: "missingValue", detail: name };
    }
    if (inlineValue === undefined) index += 1;
    if (name === "--config") configFile = value;
    else out = value;
  }
  if (configFile === undefined) return { kind: "error", problem: "missingConfig", detail: "" };
  return { kind: "run", command: command as Command, configFile, out };
}
