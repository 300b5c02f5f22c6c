// Serves the harness page's TypeScript to the browser, transpiled on request with swc (already a dependency,
// via @swc/jest) and cached by modification time. The page's modules import each other without extensions
// ("./compose-view"), which the browser resolves to /harness/app/compose-view: no bundler needed. The Office.js
// stand-in is a classic script, because add-in pages load office.js with a plain <script src>.
import { transform } from "@swc/core";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

const BROWSER_DIR = join(__dirname, "browser");
const STAND_IN_FILE = join(__dirname, "office-stand-in", "office.ts");

const cache = new Map<string, { mtimeMs: number; code: string }>();

async function transpile(file: string, isModule: boolean): Promise<string> {
  const { mtimeMs } = await stat(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.code;
  const source = await readFile(file, "utf8");
  const { code } = await transform(source, {
    filename: file,
    sourceMaps: "inline",
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    isModule,
  });
  cache.set(file, { mtimeMs, code });
  return code;
}

/** `/harness/app/<name>` → dev/harness/browser/<name>.ts, or undefined for anything else. */
export async function browserModule(name: string): Promise<string | undefined> {
  if (!/^[a-z][a-z-]*$/.test(name)) return undefined;
  try {
    return await transpile(join(BROWSER_DIR, `${name}.ts`), true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export function officeStandInScript(): Promise<string> {
  return transpile(STAND_IN_FILE, false);
}
