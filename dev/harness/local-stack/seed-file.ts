// The stand-in's seed for npm start: the demo seed, or a JSON file (HWC_SEED_FILE) in the shape of
// dev/graph-emulator/seed.ts. An unreadable or invalid file stops the start with one line saying what to do.
import { readFile } from "node:fs/promises";
import { demoSeed } from "../../graph-emulator/demo-seed";
import { seedSchema, type ParsedSeed } from "../../graph-emulator/seed";
import { StartProblem } from "./start-problem";

export async function readSeed(file: string | undefined): Promise<ParsedSeed> {
  if (file === undefined || file === "") return seedSchema.parse(demoSeed);
  const fix = "fix the file (its shape is dev/graph-emulator/seed.ts) or unset HWC_SEED_FILE to use the demo seed";
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new StartProblem(`The seed file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): ${fix}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StartProblem(`The seed file ${file} is not valid JSON: ${fix}.`);
  }
  const parsed = seedSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "unknown problem";
    throw new StartProblem(`The seed file ${file} is not a stand-in seed (${where}${parsed.error.issues.length > 1 ? `, and ${parsed.error.issues.length - 1} more` : ""}): ${fix}.`);
  }
  return parsed.data;
}
