// The project leader's import: a CSV export of the school register (one row per school, a header row with
// the schema's field names) becomes config/school-register.json. Nothing is written unless every row is
// valid; every bad row is reported with its line number and column, Dutch first, English second.
//
//   npm run register:import -- scholen.csv [--out config/school-register.json]

import { readFile, rename, writeFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { domainMessages, parseSchoolRegister, type RegisterError } from "../shared/index";

export const DEFAULT_OUT = "config/school-register.json";
const COLUMNS = ["id", "name", "brin", "place", "hwcAddress", "region", "parentsInformedOn", "active"] as const;
const TRUE_WORDS = new Set(["true", "ja", "yes", "1", "waar"]);
const FALSE_WORDS = new Set(["false", "nee", "no", "0", "onwaar"]);

export interface ImportIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const nodeIo: ImportIo = {
  readFile: (path) => readFile(path, "utf8"),
  // Write beside the target and rename, so a crash never leaves half a register behind.
  writeFile: async (path, text) => {
    await writeFile(`${path}.tmp`, text, "utf8");
    await rename(`${path}.tmp`, path);
  },
  stdout: process.stdout,
  stderr: process.stderr,
};

type Bilingual = (messages: (typeof domainMessages)["nl"]) => string;

function say(stream: ImportIo["stdout"], text: Bilingual): void {
  stream.write(`${text(domainMessages.nl)}\n${text(domainMessages.en as (typeof domainMessages)["nl"])}\n`);
}

function readArguments(argv: readonly string[]): { file: string; out: string } | undefined {
  const positional: string[] = [];
  let out = DEFAULT_OUT;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? "";
    if (argument === "--out") {
      const value = argv[index + 1];
      if (!value) return undefined;
      out = value;
      index += 1;
    } else if (argument.startsWith("--out=")) out = argument.slice("--out=".length);
    else if (argument.startsWith("-")) return undefined;
    else positional.push(argument);
  }
  return positional.length === 1 && positional[0] ? { file: positional[0], out } : undefined;
}

/** CSV cells are text: the register wants booleans and ISO dates, and accepts the Dutch ways of writing them. */
function toRegisterRow(record: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(record)) {
    const value = raw.trim();
    if (value === "") continue;
    if (column === "active") row.active = TRUE_WORDS.has(value.toLowerCase()) ? true : FALSE_WORDS.has(value.toLowerCase()) ? false : value;
    else if (column === "brin") row.brin = value.toUpperCase();
    else if (column === "parentsInformedOn") {
      const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
      row.parentsInformedOn = dutch ? `${dutch[3]}-${dutch[2]?.padStart(2, "0")}-${dutch[1]?.padStart(2, "0")}` : value;
    } else row[column] = value;
  }
  return row;
}

function reportErrors(io: ImportIo, errors: readonly RegisterError[]): number {
  for (const error of errors) {
    const code = error.code as keyof (typeof domainMessages)["nl"];
    say(io.stderr, (messages) => {
      const text = messages[code];
      return messages["import-row-error"](error.row, error.field, typeof text === "string" ? text : error.code);
    });
  }
  say(io.stderr, (messages) => messages["import-nothing-written"](errors.length));
  return 1;
}

/** Runs the import; resolves to the process exit code (0 written, 1 bad rows, 2 usage or unreadable file). */
export async function main(argv: readonly string[], io: ImportIo = nodeIo): Promise<number> {
  const options = readArguments(argv);
  if (!options) {
    say(io.stderr, (messages) => messages["import-usage"]);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(options.file);
  } catch {
    say(io.stderr, (messages) => messages["import-file-unreadable"](options.file));
    return 2;
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      delimiter: [",", ";"],
      skip_empty_lines: true,
      info: true,
    });
  } catch {
    say(io.stderr, (messages) => messages["import-not-csv"]);
    return 2;
  }
  const headerErrors: RegisterError[] = [
    ...COLUMNS.filter((column) => !header.includes(column)).map((field) => ({ row: 1, field, code: "register-missing-column" })),
    ...header.filter((name) => !(COLUMNS as readonly string[]).includes(name)).map((field) => ({ row: 1, field, code: "register-unknown-field" })),
  ];
  if (headerErrors.length > 0) return reportErrors(io, headerErrors);
  if (records.length === 0) {
    say(io.stderr, (messages) => messages["import-empty"]);
    return 1;
  }
  const result = parseSchoolRegister(records.map(({ record }) => toRegisterRow(record)));
  if (!result.ok) {
    // parseSchoolRegister counts rows from 1 in the list; the project leader sees the CSV's line numbers.
    return reportErrors(io, result.errors.map((error) => ({ ...error, row: records[error.row - 1]?.info.lines ?? error.row })));
  }
  await io.writeFile(options.out, `${JSON.stringify(result.value, null, 2)}\n`);
  say(io.stdout, (messages) => messages["import-written"](result.value.length, options.out));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`register-import: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
