// The cleanup service's configuration for a benchmark run: the local profile pointed at the in-process
// stand-in, production's retry and timeout defaults (nothing tuned for the benchmark), and a mailbox file of
// the benchmark's choosing. Log lines are dropped: writing them is not what is measured.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig, type Config } from "../cleanup-service/config/load-config";

export const REPO_ROOT = resolve(__dirname, "..");

export function benchConfig(standInUrl: string, overrides: NodeJS.ProcessEnv = {}): Config {
  const keyDir = mkdtempSync(join(tmpdir(), "hwc-bench-key-"));
  return loadConfig({
    HWC_PROFILE: "local",
    HWC_STANDIN_URL: standInUrl,
    HWC_MAILBOXES_FILE: join(REPO_ROOT, "config", "mailboxes.local.json"),
    HWC_REPORT_SIGNING_KEY_FILE: join(keyDir, "report-signing-key.pem"),
    HWC_CERTS_DIR: process.env.HWC_CERTS_DIR ?? join(REPO_ROOT, "dev", ".certs"),
    HWC_LOG_LEVEL: "warn",
    ...overrides,
  });
}

/** A pino destination that keeps nothing. */
export const discardLogLines = { write: (_line: string) => undefined };
