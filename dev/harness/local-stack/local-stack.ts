// The whole flow on this machine, in one process: the Microsoft 365 stand-in with a seed, the real cleanup
// service in its local profile pointed at it, and the harness server with the add-in build. `npm start` and
// the browser end-to-end tests both start it this way; tests pass port 0 and a log destination to scan.
import { dirname, join } from "node:path";
import pino, { type DestinationStream } from "pino";
import { loadConfig } from "../../../cleanup-service/config/load-config";
import { startCleanupServer, type CleanupServer } from "../../../cleanup-service/http/server";
import { DEMO } from "../../graph-emulator/demo-seed";
import type { ParsedSeed } from "../../graph-emulator/seed";
import { startStandIn, type StandIn } from "../../stand-in";
import { loadLocalCertificates } from "../../transport/local-certificates";
import { startHarnessServer, type HarnessServerOptions, type RunningHarness } from "../server";
import { REPO_ROOT } from "./addin-build";

export interface LocalStackOptions {
  ports: { standIn: number; cleanup: number; addin: number };
  seed: ParsedSeed;
  /** The add-in build the harness serves. */
  distDir: string;
  /** Where every server's log lines go (default: stdout). */
  logDestination?: DestinationStream;
  /** The harness's log level; its per-request lines are debug (default info). */
  harnessLogLevel?: string;
  /** The add-in's origin as the browser sees it: the cleanup service allows CORS for it alone. */
  addinOrigin: string;
  harness?: Pick<HarnessServerOptions, "sendTimeouts" | "refreshIntervalInMs">;
  /** Extra settings for the cleanup service (HWC_* as in .env.example); the local profile's defaults fill the rest. */
  cleanupEnv?: NodeJS.ProcessEnv;
}

export interface LocalStack {
  standIn: StandIn;
  cleanup: CleanupServer;
  harness: RunningHarness;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const certificates = loadLocalCertificates();
  const certsDir = dirname(certificates.caPath);
  const started: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const close of started.reverse()) await close().catch(() => undefined);
  };
  try {
    const standIn = await startStandIn({ port: options.ports.standIn, seed: options.seed });
    started.push(() => standIn.stop());

    const env = options.cleanupEnv ?? process.env;
    const config = loadConfig({
      HWC_MAILBOXES_FILE: join(REPO_ROOT, "config", "mailboxes.local.json"),
      HWC_REPORT_SIGNING_KEY_FILE: join(REPO_ROOT, "cleanup-service", ".local", "report-signing-key.pem"),
      HWC_TLS_CERT_FILE: join(certsDir, "localhost.pem"),
      HWC_TLS_KEY_FILE: join(certsDir, "localhost-key.pem"),
      ...env,
      HWC_PROFILE: "local",
      HWC_STANDIN_URL: standIn.url,
      HWC_ADDIN_ORIGIN: options.addinOrigin,
    });
    const cleanup = await startCleanupServer({
      config,
      port: options.ports.cleanup,
      ...(options.logDestination ? { logDestination: options.logDestination } : {}),
    });
    started.push(() => cleanup.stop());

    const harness = await startHarnessServer({
      port: options.ports.addin,
      distDir: options.distDir,
      standInUrl: standIn.url,
      issueToken: (request) => standIn.control.issueToken(request),
      moveToMailbox: (request) => standIn.control.moveToMailbox(request),
      seed: options.seed,
      apiClientId: config.api.clientId,
      certificates,
      logger: pino({ name: "harness", level: options.harnessLogLevel ?? "info", base: { service: "hwc-harness" } }, options.logDestination ?? pino.destination(1)),
      defaultUserId: options.seed.users.some((user) => user.id === DEMO.veiligThuis.caseworker.id) ? DEMO.veiligThuis.caseworker.id : undefined,
      ...options.harness,
    });
    started.push(() => harness.close());
    return { standIn, cleanup, harness, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
