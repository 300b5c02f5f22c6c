// Configuration is read once, at start-up, from the environment (documented in .env.example at the repo root).
// Every problem is collected and reported together, then the service refuses to start: an admin fixes the
// whole list in one go instead of one variable per restart.
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import type { ClientCredentialConfig, Config, HwcMailbox, Profile } from "./config";
import { configMessages, type ConfigMessages } from "../../shared/messages";
import { configProblem, mailboxesFileProblem, type ConfigProblem } from "./config-problem";
import { mailboxesFileSchema } from "./mailboxes-file";

export type { Config, HwcMailbox, TrustedSender, Profile, ClientCredentialConfig } from "./config";
export type { ConfigProblem } from "./config-problem";

/** The Microsoft 365 stand-in's port when nothing else is set: the one `npm start` and `npm run emulator` use. */
export const DEFAULT_STANDIN_PORT = 5443;

/** What the HTTPS server needs beyond the rest of the configuration; empty when it has it. */
export function serverConfigProblems(config: Config): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!config.http.tlsCertFile) problems.push(configProblem((m) => m.tlsCertMissing));
  if (!config.http.tlsKeyFile) problems.push(configProblem((m) => m.tlsKeyMissing));
  return problems;
}

/** Every problem, Dutch first, then English; `problems` keeps both for whoever reports them elsewhere. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: ConfigProblem[]) {
    super(
      [configMessages.nl.header, ...problems.map((p) => `- ${p.nl}`), "", configMessages.en.header, ...problems.map((p) => `- ${p.en}`)].join("\n"),
    );
  }
}

/**
 * Microsoft Office's clients that an add-in's API pre-authorises for legacy Office single sign-on
 * (Office.auth.getAccessToken): their `azp` is one of these instead of the add-in's own client id.
 * https://learn.microsoft.com/office/dev/add-ins/develop/register-sso-add-in-aad-v2
 */
export const OFFICE_PREAUTHORISED_CLIENT_IDS = [
  "ea5a67f6-b6f3-4338-b240-c655ddc3cc8e",
  "d3590ed6-52b3-4102-aeff-aad2292ab01c",
  "93d53678-613d-4013-afc1-62e9e444a0a5",
  "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
  "57fb890c-0dab-4253-a5e0-7188c88b2bb4",
  "08e18876-6177-487e-b8b5-cf950c1e598c",
] as const;

/** The local profile's marker key: tests and benchmarks that seed the service's own messages sign with it. */
export const LOCAL_MARKER_KEY = "local-dev-only-marker-key-not-a-secret";

/** Demo-tenant values for HWC_PROFILE=local (the stand-in's demo seed). Production has no defaults. */
const localDefaults: Record<string, string> = {
  HWC_TENANT_ID: "8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d",
  HWC_API_CLIENT_ID: "c1ea0000-0000-4000-8000-00000000a001",
  HWC_API_CLIENT_SECRET: "local-dev-only-api-secret",
  HWC_ADDIN_CLIENT_ID: "c1ea0000-0000-4000-8000-00000000a002",
  HWC_SWEEP_CLIENT_ID: "c1ea0000-0000-4000-8000-00000000a003",
  HWC_SWEEP_CLIENT_SECRET: "local-dev-only-sweep-secret",
  HWC_MAILBOXES_FILE: "config/mailboxes.local.json",
  HWC_REPORT_SIGNING_KEY_FILE: "cleanup-service/.local/report-signing-key.pem",
  HWC_LOG_HASH_KEY: "local-dev-only-log-hash-key-not-secret",
  HWC_MARKER_KEY: LOCAL_MARKER_KEY,
};

const guid = z.string().uuid();
const positiveInt = z.coerce.number().int().positive();

interface Reader {
  env: NodeJS.ProcessEnv;
  profile: Profile;
  problems: ConfigProblem[];
}

type Words = (messages: ConfigMessages) => string;

function raw(r: Reader, name: string): string | undefined {
  const value = r.env[name]?.trim();
  if (value) return value;
  return r.profile === "local" ? localDefaults[name] : undefined;
}

function required(r: Reader, name: string, what: Words): string {
  const value = raw(r, name);
  if (value === undefined) r.problems.push(configProblem((m) => m.missing(name, what(m))));
  return value ?? "";
}

function parsed<T>(r: Reader, name: string, schema: z.ZodType<T>, value: string | undefined, fallback: T, expected: Words): T {
  if (value === undefined) return fallback;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  r.problems.push(configProblem((m) => m.notValid(name, expected(m))));
  return fallback;
}

function url(r: Reader, name: string, value: string | undefined): string {
  if (value === undefined) return "";
  try {
    const parsedUrl = new URL(value);
    if (parsedUrl.protocol !== "https:") r.problems.push(configProblem((m) => m.notHttps(name)));
    return value.replace(/\/+$/, "");
  } catch {
    r.problems.push(configProblem((m) => m.notUrl(name)));
    return "";
  }
}

function filePath(value: string): string {
  return isAbsolute(value) ? value : resolve(process.cwd(), value);
}

function credential(r: Reader, prefix: "HWC_API" | "HWC_SWEEP", allowManagedIdentity: boolean): ClientCredentialConfig {
  const clientId = parsed(r, `${prefix}_CLIENT_ID`, guid, required(r, `${prefix}_CLIENT_ID`, (m) => m.whatClientId), "", (m) => m.expectGuid);
  const certificatePath = raw(r, `${prefix}_CLIENT_CERTIFICATE_FILE`);
  const secret = raw(r, `${prefix}_CLIENT_SECRET`);
  const useManagedIdentity = allowManagedIdentity && r.env.HWC_SWEEP_USE_MANAGED_IDENTITY === "true";
  if (useManagedIdentity) {
    const managedIdentityClientId = r.env.HWC_SWEEP_MANAGED_IDENTITY_CLIENT_ID?.trim();
    return managedIdentityClientId ? { kind: "managed-identity", clientId, managedIdentityClientId } : { kind: "managed-identity", clientId };
  }
  if (certificatePath) {
    const path = filePath(certificatePath);
    if (!existsSync(path)) r.problems.push(configProblem((m) => m.certificateFileMissing(`${prefix}_CLIENT_CERTIFICATE_FILE`)));
    return { kind: "certificate", clientId, certificatePath: path };
  }
  if (secret) return { kind: "secret", clientId, secret };
  r.problems.push(configProblem((m) => m.credentialMissing(`${prefix}_CLIENT_CERTIFICATE_FILE`, `${prefix}_CLIENT_SECRET`)));
  return { kind: "secret", clientId, secret: "" };
}

function mailboxes(r: Reader): HwcMailbox[] {
  const path = required(r, "HWC_MAILBOXES_FILE", (m) => m.whatMailboxesFile);
  if (!path) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(filePath(path), "utf8"));
  } catch (error) {
    const detail = (error as Error).message.split("\n")[0] ?? "";
    r.problems.push(configProblem((m) => m.mailboxesUnreadable(detail)));
    return [];
  }
  const result = mailboxesFileSchema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) r.problems.push(mailboxesFileProblem(issue));
    return [];
  }
  const seen = new Set<string>();
  for (const mailbox of result.data.mailboxes) {
    if (seen.has(mailbox.address)) r.problems.push(configProblem((m) => m.mailboxesDuplicate(mailbox.address)));
    if (seen.has(mailbox.objectId)) r.problems.push(configProblem((m) => m.mailboxesDuplicateObjectId(mailbox.objectId)));
    seen.add(mailbox.address);
    seen.add(mailbox.objectId);
  }
  return result.data.mailboxes.map(({ tolerance, ...mailbox }) => ({ ...mailbox, ...(tolerance ? { tolerance } : {}) }));
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const problems: ConfigProblem[] = [];
  const profileValue = env.HWC_PROFILE?.trim() || "local";
  const profile: Profile = profileValue === "production" ? "production" : "local";
  if (profileValue !== "local" && profileValue !== "production") problems.push(configProblem((m) => m.profileInvalid));
  const r: Reader = { env, profile, problems };

  let authorityHost: string;
  let graphBaseUrl: string;
  if (profile === "local") {
    // Unset: the stand-in npm start and npm run emulator run, on their port, so `npm run cleanup` works beside them.
    const standIn = url(r, "HWC_STANDIN_URL", raw(r, "HWC_STANDIN_URL") ?? `https://127.0.0.1:${env.HWC_EMULATOR_PORT?.trim() || DEFAULT_STANDIN_PORT}`);
    authorityHost = url(r, "HWC_AUTHORITY_HOST", raw(r, "HWC_AUTHORITY_HOST")) || standIn;
    graphBaseUrl = url(r, "HWC_GRAPH_BASE_URL", raw(r, "HWC_GRAPH_BASE_URL")) || (standIn ? `${standIn}/v1.0` : "");
  } else {
    authorityHost = url(r, "HWC_AUTHORITY_HOST", raw(r, "HWC_AUTHORITY_HOST") ?? "https://login.microsoftonline.com");
    graphBaseUrl = url(r, "HWC_GRAPH_BASE_URL", raw(r, "HWC_GRAPH_BASE_URL") ?? "https://graph.microsoft.com/v1.0");
  }

  const tenantId = parsed(r, "HWC_TENANT_ID", guid, required(r, "HWC_TENANT_ID", (m) => m.whatTenantId), "", (m) => m.expectGuid);
  const allowedRaw = raw(r, "HWC_ALLOWED_TENANT_IDS");
  const allowedTenantIds = allowedRaw
    ? allowedRaw.split(",").map((id) => parsed(r, "HWC_ALLOWED_TENANT_IDS", guid, id.trim(), "", (m) => m.expectGuids))
    : [tenantId];

  const apiCredential = credential(r, "HWC_API", false);
  const certsDir = env.HWC_CERTS_DIR?.trim() || "dev/.certs";
  const tlsCertFile = raw(r, "HWC_TLS_CERT_FILE") ?? (profile === "local" ? join(certsDir, "localhost.pem") : undefined);
  const tlsKeyFile = raw(r, "HWC_TLS_KEY_FILE") ?? (profile === "local" ? join(certsDir, "localhost-key.pem") : undefined);
  // Only the HTTPS server needs these (startCleanupServer checks them); Azure Functions and the CLI do not.

  const hashKey = required(r, "HWC_LOG_HASH_KEY", (m) => m.whatHashKey);
  if (hashKey && hashKey.length < 32) problems.push(configProblem((m) => m.hashKeyTooShort));

  const markerKey = required(r, "HWC_MARKER_KEY", (m) => m.whatMarkerKey);
  if (markerKey && markerKey.length < 32) problems.push(configProblem((m) => m.markerKeyTooShort));
  if (markerKey && markerKey === hashKey) problems.push(configProblem((m) => m.markerKeySameAsHashKey));

  const expireRaw = raw(r, "HWC_SWEEP_EXPIRE_UNACKNOWLEDGED_AFTER_HOURS");
  const config: Config = {
    profile,
    tenantId,
    allowedTenantIds,
    authorityHost,
    graphBaseUrl,
    graphResource: url(r, "HWC_GRAPH_RESOURCE", raw(r, "HWC_GRAPH_RESOURCE") ?? "https://graph.microsoft.com"),
    api: {
      clientId: apiCredential.clientId,
      // The add-in's build uses the same name for the full URI (api://…/access_as_user); tokens carry the last part.
      scope: (raw(r, "HWC_API_SCOPE") ?? "access_as_user").split("/").pop() || "access_as_user",
      adminRole: raw(r, "HWC_ADMIN_ROLE") ?? "HandleWithCare.Admin",
      credential: apiCredential.kind === "managed-identity" ? { kind: "secret", clientId: apiCredential.clientId, secret: "" } : apiCredential,
      allowedClientIds: [
        parsed(r, "HWC_ADDIN_CLIENT_ID", guid, required(r, "HWC_ADDIN_CLIENT_ID", (m) => m.whatAddinClientId), "", (m) => m.expectGuid).toLowerCase(),
        ...OFFICE_PREAUTHORISED_CLIENT_IDS,
      ],
      clockSkewInSeconds: parsed(r, "HWC_TOKEN_CLOCK_SKEW_SECONDS", z.coerce.number().int().min(0).max(300), raw(r, "HWC_TOKEN_CLOCK_SKEW_SECONDS"), 60, (m) => m.expectSeconds),
    },
    sweep: {
      credential: credential(r, "HWC_SWEEP", true),
      schedule: raw(r, "HWC_SWEEP_SCHEDULE") ?? "0 0 2 * * *",
      parallelMailboxes: parsed(r, "HWC_SWEEP_PARALLEL_MAILBOXES", z.coerce.number().int().min(1).max(256), raw(r, "HWC_SWEEP_PARALLEL_MAILBOXES"), 32, (m) => m.expectParallel),
    },
    mailboxes: mailboxes(r),
    http: {
      port: parsed(r, "HWC_PORT", z.coerce.number().int().min(0).max(65535), raw(r, "HWC_PORT"), 7071, (m) => m.expectPort),
      host: raw(r, "HWC_HOST") ?? "127.0.0.1",
      addinOrigin: url(r, "HWC_ADDIN_ORIGIN", raw(r, "HWC_ADDIN_ORIGIN") ?? "https://localhost:3000"),
      tlsCertFile: tlsCertFile ? filePath(tlsCertFile) : "",
      tlsKeyFile: tlsKeyFile ? filePath(tlsKeyFile) : "",
    },
    report: {
      signingKeyFile: filePath(required(r, "HWC_REPORT_SIGNING_KEY_FILE", (m) => m.whatSigningKey)),
      generateSigningKey: profile === "local",
      showCustomFolderNames: parsed(r, "HWC_REPORT_SHOW_FOLDER_NAMES", z.enum(["true", "false"]), raw(r, "HWC_REPORT_SHOW_FOLDER_NAMES"), "false", (m) => m.expectTrueOrFalse) === "true",
    },
    markerKey,
    logging: { level: raw(r, "HWC_LOG_LEVEL") ?? "info", hashKey },
    graph: {
      timeoutInMs: parsed(r, "HWC_GRAPH_TIMEOUT_MS", positiveInt, raw(r, "HWC_GRAPH_TIMEOUT_MS"), 30_000, (m) => m.expectMilliseconds),
      maxRetries: parsed(r, "HWC_GRAPH_MAX_RETRIES", z.coerce.number().int().min(0).max(10), raw(r, "HWC_GRAPH_MAX_RETRIES"), 3, (m) => m.expectRetries),
      retryDelayInSeconds: parsed(r, "HWC_GRAPH_RETRY_DELAY_SECONDS", z.coerce.number().min(0).max(180), raw(r, "HWC_GRAPH_RETRY_DELAY_SECONDS"), 3, (m) => m.expectRetryDelay),
      maxInFlightPerMailbox: parsed(r, "HWC_GRAPH_MAX_IN_FLIGHT", z.coerce.number().int().min(1).max(4), raw(r, "HWC_GRAPH_MAX_IN_FLIGHT"), 4, (m) => m.expectInFlight),
    },
  };
  if (expireRaw !== undefined) {
    config.sweep.expireUnacknowledgedAfterHours = parsed(r, "HWC_SWEEP_EXPIRE_UNACKNOWLEDGED_AFTER_HOURS", z.coerce.number().positive(), expireRaw, 0, (m) => m.expectHours);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
