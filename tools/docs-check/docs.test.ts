// The docs must stay true to the code: every command they name exists, every environment variable the code
// reads is documented, every file they cite exists, and the privacy record's covenant table points at real tests.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { environmentReads } from "./environment-variables";
import { npmCommandsIn } from "./npm-commands";
import { referencedPaths, tableRowsUnder } from "./referenced-paths";

const root = path.join(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

const guideNl = "docs/admin-guide.md";
const guideEn = "docs/admin-guide.en.md";
const privacy = "docs/privacy.md";
const documents = ["README.md", guideNl, guideEn, privacy];

/** Every Markdown file in the repository: none may name an npm command that does not exist. */
function markdownFiles(entry = "."): string[] {
  return readdirSync(path.join(root, entry), { withFileTypes: true }).flatMap((item) => {
    if (item.name.startsWith(".") || ["node_modules", "dist", "coverage", "artifacts"].includes(item.name)) return [];
    const child = entry === "." ? item.name : path.join(entry, item.name);
    if (item.isDirectory()) return markdownFiles(child);
    return item.name.endsWith(".md") ? [child] : [];
  });
}

/** Where the code that reads configuration lives (issue 8); tests and generated certificates excluded. */
const scannedRoots = ["cleanup-service", "addin", "dev", "tools", "webpack.config.js"];

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return /\.(ts|tsx|js|mjs|cjs)$/.test(entry) ? [entry] : [];
  return readdirSync(full, { withFileTypes: true }).flatMap((item) => {
    if (item.name === "node_modules" || item.name.startsWith(".")) return [];
    const child = path.join(entry, item.name);
    if (item.isDirectory()) return sourceFiles(child);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(item.name) && !/\.test\.(ts|tsx|js)$/.test(item.name) ? [child] : [];
  });
}

type EnvironmentScan = { names: Map<string, string>; patterns: { pattern: RegExp; file: string }[] };
let scan: EnvironmentScan | undefined;

/** Scanned once per run: parsing every source file takes a few seconds. */
function environmentVariablesReadByCode(): EnvironmentScan {
  scan ??= scanEnvironmentVariables();
  return scan;
}

function scanEnvironmentVariables(): EnvironmentScan {
  const names = new Map<string, string>();
  const patterns: { pattern: RegExp; file: string }[] = [];
  for (const file of scannedRoots.flatMap(sourceFiles)) {
    const reads = environmentReads(file, read(file));
    for (const name of reads.names) if (!names.has(name)) names.set(name, file);
    for (const pattern of reads.unresolvedPatterns) patterns.push({ pattern, file });
  }
  return { names, patterns };
}

function mentionedVariables(text: string, candidates: Iterable<string>): Set<string> {
  return new Set([...candidates].filter((name) => new RegExp(`(?<![A-Z0-9_])${name}(?![A-Z0-9_])`).test(text)));
}

describe("docs", () => {
  // Parsing every source file takes seconds on a busy two-core machine: do it once, with room, before the tests.
  beforeAll(() => {
    environmentVariablesReadByCode();
  }, 60_000);

  const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);

  it.each(markdownFiles())("%s names only npm commands that exist in package.json", (document) => {
    const missing = npmCommandsIn(read(document))
      .filter((command) => command.script === undefined || !scripts.includes(command.script))
      .map((command) => `${document}:${command.line} ${command.command}`);
    expect(missing).toEqual([]);
  });

  it("documents every environment variable the code reads, in the admin guide or .env.example", () => {
    const { names, patterns } = environmentVariablesReadByCode();
    const documentation = read(guideNl) + (existsSync(path.join(root, ".env.example")) ? read(".env.example") : "");
    const documented = mentionedVariables(documentation, names.keys());
    const undocumented = [...names].filter(([name]) => !documented.has(name)).map(([name, file]) => `${name} (read in ${file})`);
    expect(undocumented).toEqual([]);
    const documentedNames = [...documentation.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)].map((match) => match[0]);
    const unmatched = patterns.filter(({ pattern }) => !documentedNames.some((name) => pattern.test(name))).map(({ pattern, file }) => `${pattern} (in ${file})`);
    expect(unmatched).toEqual([]);
  });

  it("checks the README and both admin guides for npm commands, and finds the ones they name", () => {
    expect(markdownFiles()).toEqual(expect.arrayContaining(documents));
    expect(npmCommandsIn(read("README.md")).map((command) => command.script)).toEqual(expect.arrayContaining(["start", "test"]));
    expect(npmCommandsIn(read(guideNl)).map((command) => command.script)).toEqual(expect.arrayContaining(["admin", "build", "cleanup", "register:import"]));
  });

  it("finds the variables the cleanup service's configuration reads (the scan is not blind)", () => {
    const { names } = environmentVariablesReadByCode();
    expect([...names.keys()]).toEqual(expect.arrayContaining(["HWC_PROFILE", "HWC_TENANT_ID", "HWC_API_CLIENT_ID", "HWC_SWEEP_CLIENT_ID"]));
  });

  it("names the same commands and environment variables in the Dutch and the English admin guide", () => {
    const { names } = environmentVariablesReadByCode();
    const commands = (document: string) => [...new Set(npmCommandsIn(read(document)).map((command) => command.script))].sort();
    expect(commands(guideEn)).toEqual(commands(guideNl));
    expect([...mentionedVariables(read(guideEn), names.keys())].sort()).toEqual([...mentionedVariables(read(guideNl), names.keys())].sort());
  });

  it("explains every error code the cleanup service answers with, in both admin guides", () => {
    const codes = new Set<string>();
    const patterns = [/errorBody\("([a-z-]+)"/g, /ForbiddenError\("([a-z-]+)"\)/g, /UnauthorizedError\("([a-z-]+)"\)/g, /readonly code = "([a-z-]+)"/g, /\berror: "([a-z-]+)"/g];
    for (const file of sourceFiles("cleanup-service")) {
      const source = read(file);
      for (const pattern of patterns) for (const match of source.matchAll(pattern)) codes.add(match[1] ?? "");
    }
    expect(codes.size).toBeGreaterThan(5);
    for (const guide of [guideNl, guideEn]) {
      const text = read(guide);
      const unexplained = [...codes].filter((code) => !text.includes(`\`${code}\``));
      expect(`${guide}: ${unexplained.join(", ")}`).toBe(`${guide}: `);
    }
  });

  it.each(documents)("%s cites only files that exist", (document) => {
    const missing = referencedPaths(read(document)).filter((file) => !existsSync(path.join(root, file)));
    expect(missing).toEqual([]);
  });

  it("maps every covenant article and Bijlage 1 step to a feature and an existing test", () => {
    const rows = tableRowsUnder(read(privacy), "Convenant");
    const covered = rows.map((cells) => cells[0] ?? "").join(" ");
    for (const article of ["2.1", "2.4", "3.1", "3.2", "4.1", "Bijlage 1.2", "Bijlage 1.3", "Bijlage 1.4", "Bijlage 1.5", "Bijlage 1.6"]) {
      expect(`${article}: ${covered.includes(article)}`).toBe(`${article}: true`);
    }
    const withoutTest = rows
      .filter((cells) => !referencedPaths(cells.join(" ")).some((file) => /(\.test\.tsx?|test\/e2e\/.+\.ts)$/.test(file) && existsSync(path.join(root, file))))
      .map((cells) => cells[0]);
    expect(withoutTest).toEqual([]);
  });
});
