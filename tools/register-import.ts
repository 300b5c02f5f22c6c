// The project leader's import: a CSV export of the school register (one row per school, a header row with
// the schema's field names) becomes config/school-register.json. Nothing is written unless every row is
// valid; every bad row is reported with its line number and column, Dutch first, English second. The file must be
// UTF-8: Excel's plain "CSV" is Windows-1252 in the Netherlands, which would turn an "ö" or "–" in a school's name
// into garbage without any error, so such a file is refused with how to save it as UTF-8.
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
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const nodeIo: ImportIo = {
  readFile: (path) => readFile(path),
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
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(options.file);
  } catch {
    say(io.stderr, (messages) => messages["import-file-unreadable"](options.file));
    return 2;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    say(io.stderr, (messages) => messages["import-not-utf8"](decoded.row));
    return 2;
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } per row; its types only know the plain string[][] shape.
    rows = parse(decoded.text, { bom: true, delimiter: [",", ";"], skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof rows;
  } catch {
    say(io.stderr, (messages) => messages["import-not-csv"]);
    return 2;
  }
  const [headerRow, ...dataRows] = rows;
  const header = (headerRow?.record ?? []).map((name) => name.trim());
  const headerErrors: RegisterError[] = [
    ...COLUMNS.filter((column) => !header.includes(column)).map((field) => ({ row: 1, field, code: "register-missing-column" })),
    ...header.filter((name) => !(COLUMNS as readonly string[]).includes(name)).map((field) => ({ row: 1, field, code: "register-unknown-field" })),
  ];
  if (headerErrors.length > 0) return reportErrors(io, headerErrors);
  if (dataRows.length === 0) {
    say(io.stderr, (messages) => messages["import-empty"]);
    return 1;
  }
  // A row with fewer cells than the header names the first column it lacks; one with more, the first extra one.
  const shapeErrors = dataRows.flatMap(({ record, info }): RegisterError[] => {
    if (record.length < header.length) return [{ row: info.lines, field: header[record.length] ?? "", code: "register-short-row" }];
    if (record.length > header.length) return [{ row: info.lines, field: String(header.length + 1), code: "register-long-row" }];
    return [];
  });
  const records = dataRows.map(({ record, info }) => ({ record: Object.fromEntries(header.map((name, index) => [name, record[index] ?? ""])), info }));
  const result = parseSchoolRegister(records.map(({ record }) => toRegisterRow(record)));
  const misshapen = new Set(shapeErrors.map((error) => error.row));
  // parseSchoolRegister counts rows from 1 in the list; the project leader sees the CSV's line numbers. A short or
  // long row gets its one clear error, not also the empty fields that follow from it.
  const fieldErrors = result.ok
    ? []
    : result.errors.map((error) => ({ ...error, row: records[error.row - 1]?.info.lines ?? error.row })).filter((error) => !misshapen.has(error.row));
  const errors = [...shapeErrors, ...fieldErrors].sort((a, b) => a.row - b.row);
  if (!result.ok || errors.length > 0) return reportErrors(io, errors);
  await io.writeFile(options.out, `${JSON.stringify(result.value, null, 2)}\n`);
  say(io.stdout, (messages) => messages["import-written"](result.value.length, options.out));
  return 0;
}

/** Strict UTF-8, or the first CSV row (1-based line) holding a byte sequence that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; row: number } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const bad = lenient.indexOf("\uFFFD");
    return { ok: false, row: lenient.slice(0, Math.max(bad, 0)).split("\n").length };
  }
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
