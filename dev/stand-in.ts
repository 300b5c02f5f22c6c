// The local Microsoft 365 stand-in: one HTTPS server for the identity provider (/{tenant}/…), Graph v1.0 mail
// (/v1.0/…) and, when enabled, the test-control API (/_emulator/…). Product code reaches it only through its
// configured URLs. See dev/README.md.
import { createServer, type Server } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { createEmulatorControl, seedFor, type EmulatorControl, type SeedChoice } from "./control/emulator-control";
import { handleControlHttp } from "./control/control-http";
import { Faults } from "./graph-emulator/faults";
import { handleGraphHttp } from "./graph-emulator/graph-http";
import { RequestLog } from "./graph-emulator/request-log";
import { loadSeed } from "./graph-emulator/store";
import { Throttle, type ThrottleOptions } from "./graph-emulator/throttle";
import { handleIdentityHttp } from "./identity/identity-http";
import { SigningKeys } from "./identity/signing-keys";
import { defaultSwitches, type StandInState } from "./stand-in-state";
import { corsHeaders, sendJson } from "./transport/http-exchange";
import { loadLocalCertificates } from "./transport/local-certificates";

export type { EmulatorControl, SeedChoice } from "./control/emulator-control";
export type { MailboxDump, DumpFolder, DumpItem } from "./control/mailbox-dump";
export type { TokenRequest } from "./control/test-tokens";
export type { FaultRule } from "./graph-emulator/faults";
export type { RequestLogEntry } from "./graph-emulator/request-log";
export type { StandInSwitches, OboClaimsChallenge } from "./stand-in-state";
export type { Seed } from "./graph-emulator/seed";

export interface StandInOptions {
  /** Default: env HWC_EMULATOR_PORT, else 0 (any free port). */
  port?: number;
  host?: string;
  seed?: SeedChoice;
  /** Serve /_emulator/… over HTTP. Default true. */
  controlApi?: boolean;
  throttle?: ThrottleOptions;
}

export interface StandIn {
  /** https://127.0.0.1:PORT */
  url: string;
  /** url + "/v1.0" */
  graphBaseUrl: string;
  /** = url: the authority host for msal-node and @azure/identity. */
  authorityHost: string;
  /** The CA certificate clients must trust (NODE_EXTRA_CA_CERTS or an explicit CA option). */
  caPath: string;
  control: EmulatorControl;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const certificates = loadLocalCertificates();
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (process.env.HWC_EMULATOR_PORT ? Number(process.env.HWC_EMULATOR_PORT) : 0);
  const state: StandInState = { baseUrl: "", store: loadSeed(seedFor(options.seed ?? "demo")), keys: new SigningKeys(), sentCopyDelayMs: 0, switches: defaultSwitches() };
  const faults = new Faults();
  const log = new RequestLog();
  const throttle = new Throttle(options.throttle);
  const latency = { ms: 0 };
  const control = createEmulatorControl({ state, faults, log, throttle, latency });
  const controlApi = options.controlApi ?? true;
  const graph = { env: { state, throttle, graphBaseUrl: "", latencyMs: () => latency.ms }, faults, log };

  const server = createServer({ cert: certificates.cert, key: certificates.key }, (request, response) => {
    const handle = async () => {
      const url = new URL(request.url ?? "/", state.baseUrl || "https://127.0.0.1");
      if (request.method === "OPTIONS") {
        response.writeHead(204, corsHeaders(request)).end();
        return;
      }
      if (url.pathname.startsWith("/_emulator/")) {
        if (!controlApi) return sendJson(request, response, 404, { error: { code: "NotFound", message: "The control API is disabled." } });
        return handleControlHttp(control, request, response, url);
      }
      if (/^\/v1\.0(\/|$)/i.test(url.pathname)) return handleGraphHttp(graph, request, response, url);
      return handleIdentityHttp({ state, faults, log }, request, response, url);
    };
    handle().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(request, response, 500, { error: { code: "InternalServerError", message: `The stand-in failed: ${message}` } });
      else response.destroy();
    });
  });
  const boundPort = await listen(server, port, host);
  const displayHost = host.includes(":") ? `[${host}]` : host;
  state.baseUrl = `https://${displayHost}:${boundPort}`;
  graph.env.graphBaseUrl = `${state.baseUrl}/v1.0`;
  const sockets = new Set<Socket>();
  server.on("secureConnection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  return {
    url: state.baseUrl,
    graphBaseUrl: graph.env.graphBaseUrl,
    authorityHost: state.baseUrl,
    caPath: certificates.caPath,
    control,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
