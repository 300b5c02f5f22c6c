// `npm run admin -- exchange-script --config FILE [--out DIR]`: see ./run-admin.ts.
import { runAdmin } from "./run-admin";

runAdmin(process.argv.slice(2), {
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Onverwachte fout: ${reason} / Unexpected error: ${reason}\n`);
    process.exitCode = 1;
  },
);
