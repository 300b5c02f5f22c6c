// The cleanup CLI (`npm run cleanup -- …`) for IT admins and for whoever checks a report offline. The sweep and
// the report run app-only, with the sweep's identity; verify-report needs nothing but the file and a public key.
import { createPublicKey } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { AuthenticationProvider } from "@microsoft/microsoft-graph-client";
import { decodeJwt } from "jose";
import { serviceMessages, tenantCheckMessages } from "../../shared/messages";
import { appAuthenticationProvider, createAppCredential } from "../auth/app-credential";
import { createOnBehalfOf } from "../auth/on-behalf-of";
import { loadConfig, type Config } from "../config/load-config";
import { RetryableMailboxError } from "../core/errors";
import { createGraphClient } from "../graph/graph-client";
import { InFlightLimit } from "../graph/in-flight-limit";
import { renderTenantCheck } from "../tenant-check/render-table";
import { runTenantCheck, tenantCheckExitCode } from "../tenant-check/tenant-check";
import { startCleanupServer } from "../http/server";
import { createLogger } from "../logging/logger";
import { renderReportHtml } from "../report/render-report-html";
import { verifyReportDocument, type VerifyFailure } from "../report/signed-report";
import { jwksOf, loadReportSigningKey, publicJwkOf } from "../report/signing-key";
import { createCleanupService } from "../service/cleanup-service";
import { parseDurationInMs } from "./parse-duration";

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock --max-age is measured against (tests set it). */
  now?: () => Date;
}

const t = serviceMessages.nl;
const en = serviceMessages.en;

interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

function parse(argv: string[]): Parsed {
  const [command = "help", ...rest] = argv;
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? "";
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    if (equals > 2) {
      flags.set(arg.slice(2, equals), arg.slice(equals + 1));
      continue;
    }
    const next = rest[i + 1];
    if (next !== undefined && !next.startsWith("--")) {
      flags.set(arg.slice(2), next);
      i += 1;
    } else flags.set(arg.slice(2), true);
  }
  return { command, positional, flags };
}

/** Runs one command; resolves to the process exit code. `serve` resolves only when the server stops. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { command, positional, flags } = parse(argv);
  const json = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  switch (command) {
    case "help":
    case "--help":
      io.stdout(`${t.cliUsage}\n\n${en.cliUsage}\n`);
      return 0;
    case "verify-report":
      return verifyReport(positional[0], flags, io);
    case "report-key": {
      const config = loadConfig(io.env);
      json(jwksOf(await loadReportSigningKey(config.report.signingKeyFile, { generateIfMissing: config.report.generateSigningKey })));
      return 0;
    }
    case "sweep": {
      const mailbox = flags.get("mailbox");
      if (typeof mailbox !== "string" && flags.get("all") !== true) {
        io.stderr(`${t.cliNeedsMailbox}\n${en.cliNeedsMailbox}\n`);
        return 2;
      }
      const config = loadConfig(io.env);
      const service = createCleanupService({ config, logger: createLogger({ level: config.logging.level, destination: { write: (line: string) => io.stderr(line) } }) });
      if (typeof mailbox === "string") {
        return await whenReachable(config, io, async () => {
          json(await service.sweep(mailbox));
          return 0;
        });
      }
      const results = await service.sweepAll();
      json(results);
      const failed = results.filter((result) => "error" in result).length;
      if (failed > 0) io.stderr(`${t.cliSweepFailed(failed)}\n${en.cliSweepFailed(failed)}\n`);
      if (failed > 0 && failed === results.length) sayUnreachable(config, io);
      return failed > 0 ? 1 : 0;
    }
    case "report": {
      const mailbox = flags.get("mailbox");
      if (typeof mailbox !== "string") {
        io.stderr(`${t.cliNeedsMailbox}\n${en.cliNeedsMailbox}\n`);
        return 2;
      }
      const config = loadConfig(io.env);
      const service = createCleanupService({ config, logger: createLogger({ level: config.logging.level, destination: { write: (line: string) => io.stderr(line) } }) });
      return whenReachable(config, io, async () => {
        const signed = await service.inspectionReport(mailbox, "app");
        const key = await service.reportSigningKey();
        const output = flags.get("html") === true ? renderReportHtml(signed, key.publicJwk.kid) : `${JSON.stringify(signed, null, 2)}\n`;
        const out = flags.get("out");
        if (typeof out === "string") writeFileSync(resolve(out), output);
        else io.stdout(output);
        return 0;
      });
    }
    case "tenant-check":
      return tenantCheck(flags, io);
    case "serve": {
      const config = loadConfig(io.env);
      const server = await startCleanupServer({ config });
      io.stderr(`${server.url}\n`);
      await new Promise<void>((done) => {
        for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void server.stop().then(done));
      });
      return 0;
    }
    default:
      io.stderr(`${t.cliUnknownCommand(command)}\n${en.cliUnknownCommand(command)}\n\n${t.cliUsage}\n`);
      return 2;
  }
}

/** Graph (or the stand-in) not answering is said in words with what to do, not as an error class and a code. */
async function whenReachable(config: Config, io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof RetryableMailboxError)) throw error;
    sayUnreachable(config, io);
    return 1;
  }
}

function sayUnreachable(config: Config, io: CliIo): void {
  const origin = new URL(config.graphBaseUrl).origin;
  const say = config.profile === "local" ? (m: typeof t) => m.cliStandInUnreachable(origin) : (m: typeof t) => m.cliGraphUnreachable(origin);
  io.stderr(`${say(t)}\n${say(en as typeof t)}\n`);
}

async function tenantCheck(flags: Map<string, string | true>, io: CliIo): Promise<number> {
  const tc = tenantCheckMessages;
  const address = flags.get("mailbox");
  if (typeof address !== "string") {
    io.stderr(`${tc.nl.usage}\n${tc.en.usage}\n`);
    return 2;
  }
  const config = loadConfig(io.env);
  const mailbox = config.mailboxes.find((m) => m.address === address.trim().toLowerCase());
  if (!mailbox) {
    io.stderr(`${t.errorMailboxNotConfigured}\n${en.errorMailboxNotConfigured}\n`);
    return 2;
  }
  const client = (authProvider: AuthenticationProvider) =>
    createGraphClient({
      graphBaseUrl: config.graphBaseUrl,
      authProvider,
      limit: new InFlightLimit(config.graph.maxInFlightPerMailbox),
      timeoutInMs: config.graph.timeoutInMs,
      maxRetries: config.graph.maxRetries,
      retryDelayInSeconds: config.graph.retryDelayInSeconds,
    });
  const app = client(appAuthenticationProvider(createAppCredential(config), config.graphResource));
  const tokenFile = flags.get("user-token-file");
  let delegated: Parameters<typeof runTenantCheck>[0]["delegated"];
  if (typeof tokenFile === "string") {
    const token = readFileSync(tokenFile, "utf8").trim();
    const claims = decodeJwt(token);
    const provider = createOnBehalfOf(config)(token, typeof claims.tid === "string" ? claims.tid : config.tenantId);
    delegated = {
      ownMailboxId: typeof claims.oid === "string" ? claims.oid : "",
      client: async () => {
        await provider.getAccessToken();
        return client(provider);
      },
    };
  }
  const waitSeconds = Number(flags.get("wait-seconds") ?? 60);
  const results = await runTenantCheck({ app, mailbox, waitInMs: (Number.isFinite(waitSeconds) ? waitSeconds : 60) * 1000, pollIntervalInMs: Math.min(1000, waitSeconds * 100), ...(delegated ? { delegated } : {}) });
  const code = tenantCheckExitCode(results);
  if (flags.get("json") === true) io.stdout(`${JSON.stringify({ mailbox: mailbox.address, results }, null, 2)}\n`);
  else io.stdout(renderTenantCheck(mailbox.address, results, code !== 0));
  return code;
}

const VERIFY_OPTIONS = new Set(["key", "mailbox", "max-age"]);

/** 0: valid (and about --mailbox, and no older than --max-age); 1: not to be trusted, with the reason; 2: bad usage. */
async function verifyReport(file: string | undefined, flags: Map<string, string | true>, io: CliIo): Promise<number> {
  const usage = (nl: string, english: string) => {
    io.stderr(`${nl}\n${english}\n\n${t.cliUsage}\n`);
    return 2;
  };
  for (const [name, value] of flags) {
    if (!VERIFY_OPTIONS.has(name)) return usage(t.cliUnknownOption(`--${name}`), en.cliUnknownOption(`--${name}`));
    if (value === true || value.trim() === "") return usage(t.cliNeedsValue(`--${name}`), en.cliNeedsValue(`--${name}`));
  }
  const maxAge = flags.get("max-age") as string | undefined;
  const maxAgeInMs = maxAge === undefined ? undefined : parseDurationInMs(maxAge);
  if (maxAge !== undefined && maxAgeInMs === undefined) return usage(t.cliBadMaxAge(maxAge), en.cliBadMaxAge(maxAge));
  if (!file || !existsSync(file)) {
    io.stderr(`${t.cliNeedsFile}\n${en.cliNeedsFile}\n`);
    return 2;
  }
  const mailbox = flags.get("mailbox") as string | undefined;
  const result = await verifyReportDocument(readFileSync(file, "utf8"), await publicKeyFor(flags.get("key"), io.env), {
    ...(mailbox === undefined ? {} : { mailbox }),
    ...(maxAgeInMs === undefined ? {} : { maxAgeInMs }),
    now: (io.now ?? (() => new Date()))(),
  });
  if (!result.valid) {
    io.stderr(`${t.cliReportInvalid(failureText(result.reason, t, maxAge))}\n${en.cliReportInvalid(failureText(result.reason, en, maxAge))}\n`);
    return 1;
  }
  const { generatedAt, handleWithCareItems } = result.report;
  io.stdout(`${t.cliReportValid(result.report.mailbox, generatedAt, handleWithCareItems)}\n${en.cliReportValid(result.report.mailbox, generatedAt, handleWithCareItems)}\n`);
  return 0;
}

function failureText(reason: VerifyFailure, messages: typeof t, maxAge = ""): string {
  switch (reason.code) {
    case "no-signature":
      return messages.cliReportNoSignature;
    case "bad-signature":
      return messages.cliReportBadSignature;
    case "not-a-report":
      return messages.cliReportNotAReport;
    case "content-differs":
      return messages.cliReportContentDiffers;
    case "page-differs":
      return messages.cliReportPageDiffers(reason.line);
    case "other-mailbox":
      return messages.cliReportOtherMailbox(reason.mailbox, reason.expected);
    case "too-old":
      return messages.cliReportTooOld(reason.generatedAt, maxAge);
    case "in-the-future":
      return messages.cliReportInTheFuture(reason.generatedAt);
  }
}

/** --key FILE (a JWKS or a PEM public key); otherwise the public half of this installation's signing key. */
async function publicKeyFor(keyFlag: string | true | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  if (typeof keyFlag === "string") return readFileSync(keyFlag, "utf8");
  const path = resolve(env.HWC_REPORT_SIGNING_KEY_FILE?.trim() || "cleanup-service/.local/report-signing-key.pem");
  const publicKey = createPublicKey(readFileSync(path, "utf8"));
  return JSON.stringify({ keys: [await publicJwkOf(publicKey)] });
}
