// The composition root: configuration, credentials, Graph clients and logging wired to the use cases. The
// HTTP server, the Azure Functions adapter and the CLI all drive this one object.
import type { Logger } from "pino";
import { acknowledgeAndDelete, type AcknowledgeAndDeleteResult, type SignalMailbox } from "../core/acknowledge-and-delete";
import { inspectMailbox } from "../core/inspect-mailbox";
import { SingleFlight } from "../core/single-flight";
import { sweepMailbox, type SweepResult } from "../core/sweep-mailbox";
import type { Config, HwcMailbox } from "../config/load-config";
import { createAppCredential, appAuthenticationProvider } from "../auth/app-credential";
import { ForbiddenError, type Caller } from "../auth/caller";
import { causeOf, createOnBehalfOf } from "../auth/on-behalf-of";
import { createTokenValidator, type TokenValidator } from "../auth/validate-token";
import { createGraphClient } from "../graph/graph-client";
import { GraphMailbox } from "../graph/graph-mailbox";
import { InFlightLimits } from "../graph/in-flight-limit";
import { createIdHasher, type IdHasher } from "../logging/hash-id";
import { createServiceMarker } from "../core/service-marker";
import { signReport, type SignedReport } from "../report/signed-report";
import { jwksOf, loadReportSigningKey, type ReportSigningKey } from "../report/signing-key";
import type { AuthenticationProvider } from "@microsoft/microsoft-graph-client";

export interface CleanupServiceOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
}

export interface CleanupService {
  readonly config: Config;
  readonly logger: Logger;
  readonly hashId: IdHasher;
  validateToken: TokenValidator;
  /** The configured HwC mailbox, or a ForbiddenError. */
  mailbox(address: string): HwcMailbox;
  acknowledgeAndDelete(request: { caller: Caller; userToken: string; mailbox: string; messageId: string }): Promise<AcknowledgeAndDeleteResult>;
  sweep(mailbox: string): Promise<SweepResult>;
  /** Every configured mailbox, several at a time; a mailbox that fails is reported, the others still run. */
  sweepAll(): Promise<(SweepResult | { mailbox: string; error: string })[]>;
  inspectionReport(mailbox: string, principal: { caller: Caller; userToken: string } | "app"): Promise<SignedReport>;
  reportSigningKey(): Promise<ReportSigningKey>;
  reportJwks(): Promise<{ keys: unknown[] }>;
  /** Throws ForbiddenError unless the caller may act for this mailbox as functionary. */
  assertFunctionary(caller: Caller, mailbox: string): HwcMailbox;
  /** Throws ForbiddenError unless the caller holds the admin app role, in the home tenant. */
  assertAdmin(caller: Caller): void;
  isAdmin(caller: Caller): boolean;
}

export function createCleanupService(options: CleanupServiceOptions): CleanupService {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const hashId = createIdHasher(config.logging.hashKey);
  const limits = new InFlightLimits(config.graph.maxInFlightPerMailbox);
  const singleFlight = new SingleFlight<AcknowledgeAndDeleteResult>();
  const wellKnownFolderCache = new Map<string, Map<string, string>>();
  const splitFilters = new Set<string>();
  const markerFor = (m: HwcMailbox) => createServiceMarker(config.markerKey, m.objectId);
  const onBehalfOf = createOnBehalfOf(config);
  const appCredential = createAppCredential(config);
  const appAuth = appAuthenticationProvider(appCredential, config.graphResource);
  const validateToken = createTokenValidator({
    authorityHost: config.authorityHost,
    audience: config.api.clientId,
    allowedTenantIds: config.allowedTenantIds,
    scope: config.api.scope,
    clockSkewInSeconds: config.api.clockSkewInSeconds,
    allowedClientIds: config.api.allowedClientIds,
  });
  let signingKey: Promise<ReportSigningKey> | undefined;
  const reportSigningKey = () => (signingKey ??= loadReportSigningKey(config.report.signingKeyFile, { generateIfMissing: config.report.generateSigningKey }));

  const byAddress = new Map(config.mailboxes.map((m) => [m.address, m]));
  const mailbox = (address: string): HwcMailbox => {
    const found = byAddress.get(address.trim().toLowerCase());
    if (!found) throw new ForbiddenError("mailbox-not-configured");
    return found;
  };

  const port = (m: HwcMailbox, authProvider: AuthenticationProvider, ownMailboxId?: string) =>
    new GraphMailbox({
      client: createGraphClient({
        graphBaseUrl: config.graphBaseUrl,
        authProvider,
        limit: limits.for(m.objectId),
        timeoutInMs: config.graph.timeoutInMs,
        maxRetries: config.graph.maxRetries,
        retryDelayInSeconds: config.graph.retryDelayInSeconds,
      }),
      address: m.address,
      mailboxId: m.objectId,
      ...(ownMailboxId ? { ownMailboxId } : {}),
      wellKnownFolderCache,
      splitFilters,
      maxRetries: config.graph.maxRetries,
      retryDelayInSeconds: config.graph.retryDelayInSeconds,
    });

  const signalMailbox = (m: HwcMailbox): SignalMailbox => ({
    address: m.address,
    mailboxId: m.objectId,
    trustedSenders: m.trustedSenders,
    ...(m.tolerance ? { tolerance: m.tolerance } : {}),
  });

  // The admin role counts only in the service's own (home) tenant: another allowed tenant's admins are not ours.
  const isAdmin = (caller: Caller): boolean => caller.roles.includes(config.api.adminRole) && caller.tid === config.tenantId.toLowerCase();

  const assertFunctionary = (caller: Caller, address: string): HwcMailbox => {
    const configured = mailbox(address);
    if (caller.kind !== "user" || !configured.functionaries.includes(caller.oid)) throw new ForbiddenError("not-a-functionary");
    return configured;
  };

  const assertAdmin = (caller: Caller): void => {
    if (!isAdmin(caller)) throw new ForbiddenError("not-an-admin");
  };

  const sweep = async (address: string): Promise<SweepResult> => {
    const configured = mailbox(address);
    const started = Date.now();
    const result = await sweepMailbox(port(configured, appAuth), signalMailbox(configured), {
      now: now(),
      marker: markerFor(configured),
      ...(config.sweep.expireUnacknowledgedAfterHours !== undefined ? { expireUnacknowledgedAfterHours: config.sweep.expireUnacknowledgedAfterHours } : {}),
    });
    logger.info(
      { event: "sweep", mailbox: configured.address, waiting: result.waiting.count, expired: result.expired, unrecognised: result.unrecognised, unreachable: result.unreachable, purged: result.purged, durationMs: Date.now() - started },
      "mailbox swept",
    );
    return result;
  };

  return {
    config,
    logger,
    hashId,
    validateToken,
    mailbox,
    assertFunctionary,
    assertAdmin,
    isAdmin,
    async acknowledgeAndDelete(request) {
      const configured = assertFunctionary(request.caller, request.mailbox);
      const log = logger.child({ event: "acknowledge-and-delete", mailbox: configured.address, message: hashId(request.messageId), caller: request.caller.kind === "user" ? hashId(request.caller.oid) : "app" });
      const started = Date.now();
      const auth = onBehalfOf(request.userToken, request.caller.tid);
      const result = await acknowledgeAndDelete(
        port(configured, auth, request.caller.kind === "user" ? request.caller.oid : undefined),
        { messageId: request.messageId, mailbox: signalMailbox(configured), today: now().toISOString().slice(0, 10) },
        { singleFlight, marker: markerFor(configured), onStep: (step, detail) => log.debug({ step, ...detail }, "step") },
      ).catch((error: unknown) => {
        throw causeOf(error, auth);
      });
      log.info(
        { status: result.status, acknowledged: result.acknowledged, deleted: result.deleted, deletedInOwnMailbox: result.deletedInOwnMailbox, unreachable: result.unreachable, durationMs: Date.now() - started },
        "done",
      );
      return result;
    },
    sweep,
    async sweepAll() {
      const results: (SweepResult | { mailbox: string; error: string })[] = new Array(config.mailboxes.length);
      let next = 0;
      const worker = async () => {
        while (next < config.mailboxes.length) {
          const index = next++;
          const address = config.mailboxes[index]?.address ?? "";
          try {
            results[index] = await sweep(address);
          } catch (error) {
            const code = (error as { code?: unknown }).code;
            results[index] = { mailbox: address, error: typeof code === "string" ? code : (error as Error).name };
            logger.warn({ event: "sweep", mailbox: address, error: results[index] }, "mailbox sweep failed");
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(config.sweep.parallelMailboxes, config.mailboxes.length) }, worker));
      return results;
    },
    async inspectionReport(address, principal) {
      const configured = mailbox(address);
      const delegated = principal === "app" ? undefined : onBehalfOf(principal.userToken, principal.caller.tid);
      const inspected = await inspectMailbox(port(configured, delegated ?? appAuth), signalMailbox(configured), { now: now(), marker: markerFor(configured), showCustomFolderNames: config.report.showCustomFolderNames }).catch(
        (error: unknown) => {
          throw delegated ? causeOf(error, delegated) : error;
        },
      );
      // Signed with the report, so the page's statement about the hidden recovery folder is the admin's, as configured.
      const report = configured.purgeSettingsVerifiedOn ? { ...inspected, purgeSettingsVerifiedOn: configured.purgeSettingsVerifiedOn } : inspected;
      logger.info({ event: "inspection-report", mailbox: configured.address, folders: report.folders.length, handleWithCareItems: report.handleWithCareItems, unreachable: report.unreachable }, "report made");
      return signReport(report, await reportSigningKey());
    },
    reportSigningKey,
    async reportJwks() {
      return jwksOf(await reportSigningKey());
    },
  };
}
