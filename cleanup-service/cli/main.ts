// `npm run cleanup -- <command>`: see run-cli.ts.
import { ConfigError } from "../config/load-config";
import { runCli } from "./run-cli";

runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${error instanceof Error ? error.name : "Error"}: ${(error as { code?: string }).code ?? (error as Error).message}\n`);
    process.exitCode = 1;
  },
);
