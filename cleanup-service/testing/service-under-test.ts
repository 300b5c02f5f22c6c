// Test support (imported by *.test.ts only): the cleanup service started against a running stand-in, with every
// log line captured so tests can scan them for personal data. It takes the stand-in's URL as a plain value, so
// this file does not import dev/ (the tests do).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../config/load-config";
import { startCleanupServer, type CleanupServer, type StartCleanupServerOptions } from "../http/server";

export interface ServiceUnderTest {
  server: CleanupServer;
  config: Config;
  logLines: string[];
  call(path: string, init?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; text: string; json: unknown }>;
  stop(): Promise<void>;
}

/** Test settings: small retry delays and timeouts so faults resolve in milliseconds, not seconds. */
export function testEnvironment(standInUrl: string, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keyDir = mkdtempSync(join(tmpdir(), "hwc-report-key-"));
  return {
    HWC_PROFILE: "local",
    HWC_STANDIN_URL: standInUrl,
    HWC_GRAPH_RETRY_DELAY_SECONDS: "0.01",
    HWC_GRAPH_MAX_RETRIES: "3",
    HWC_GRAPH_TIMEOUT_MS: "1500",
    HWC_REPORT_SIGNING_KEY_FILE: join(keyDir, "report-signing-key.pem"),
    HWC_LOG_LEVEL: "debug",
    ...overrides,
  };
}

export async function startServiceUnderTest(
  standInUrl: string,
  overrides: NodeJS.ProcessEnv = {},
  serverOptions: Pick<StartCleanupServerOptions, "timeouts"> = {},
): Promise<ServiceUnderTest> {
  const config = loadConfig(testEnvironment(standInUrl, overrides));
  const logLines: string[] = [];
  const server = await startCleanupServer({ config, port: 0, logDestination: { write: (line: string) => void logLines.push(line) }, ...serverOptions });
  return {
    server,
    config,
    logLines,
    async call(path, init = {}) {
      const response = await fetch(`${server.url}${path}`, {
        method: init.method ?? (init.body === undefined ? "GET" : "POST"),
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.body === undefined ? {} : { "content-type": "application/json" }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, text, json };
    },
    stop: () => server.stop(),
  };
}
