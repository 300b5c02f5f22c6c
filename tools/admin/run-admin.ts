// The admin CLI as a function of its arguments and output streams, so tests run it in-process.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseCliArguments } from "./cli-arguments";
import { generateScripts } from "./generate-scripts";
import { loadConfig } from "./load-config";
import { adminMessages, bilingual } from "./messages";

export type AdminOutput = { write(text: string): void; writeError(text: string): void };

/** Returns the exit code: 0 done, 1 bad config, 2 bad usage. */
export async function runAdmin(argv: readonly string[], output: AdminOutput): Promise<number> {
  const request = parseCliArguments(argv);
  if (request.kind === "help") {
    output.write(`${adminMessages.nl.usage}\n\n${adminMessages.en.usage}\n`);
    return 0;
  }
  if (request.kind === "error") {
    const { problem, detail } = request;
    const line = problem === "missingConfig" ? bilingual((messages) => messages.missingConfig) : bilingual((messages) => messages[problem](detail));
    output.writeError(`${line}\n`);
    return 2;
  }

  const loaded = await loadConfig(request.configFile);
  if (!loaded.ok) {
    output.writeError(`${loaded.message}\n`);
    return 1;
  }
  const outDir = request.outDir ?? path.dirname(request.configFile);
  await mkdir(outDir, { recursive: true });
  for (const script of generateScripts(loaded.config, path.basename(request.configFile))) {
    const file = path.join(outDir, script.fileName);
    await writeFile(file, script.content, "utf8");
    output.write(`${bilingual((messages) => messages.wrote(file))}\n`);
  }
  output.write(`${adminMessages.nl.nextStep}\n${adminMessages.en.nextStep}\n`);
  return 0;
}
