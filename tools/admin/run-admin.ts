// The admin CLI as a function of its arguments and output streams, so tests run it in-process.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseCliArguments } from "./cli-arguments";
import { generateScripts } from "./generate-scripts";
import type { HwcConfig } from "./config-schema";
import { loadConfig } from "./load-config";
import { adminMessages, bilingual } from "./messages";
import { serviceMailboxesFile } from "./service-mailboxes";

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
  if (request.command === "service-mailboxes") return writeServiceMailboxes(loaded.config, request.configFile, request.out, output);

  const outDir = request.out ?? path.dirname(request.configFile);
  await mkdir(outDir, { recursive: true });
  for (const script of generateScripts(loaded.config, path.basename(request.configFile))) {
    const file = path.join(outDir, script.fileName);
    await writeFile(file, script.content, "utf8");
    output.write(`${bilingual((messages) => messages.wrote(file))}\n`);
  }
  output.write(`${adminMessages.nl.nextStep}\n${adminMessages.en.nextStep}\n`);
  return 0;
}

async function writeServiceMailboxes(config: HwcConfig, configFile: string, out: string | undefined, output: AdminOutput): Promise<number> {
  const result = serviceMailboxesFile(config);
  if (!result.ok) {
    output.writeError(`${adminMessages.nl.configProblems(configFile)}\n${adminMessages.en.configProblems(configFile)}\n${result.problems.join("\n")}\n`);
    return 1;
  }
  const file = out ?? path.join(path.dirname(configFile), "hwc-mailboxes.json");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, result.json, "utf8");
  output.write(`${bilingual((messages) => messages.wrote(file))}\n`);
  return 0;
}
