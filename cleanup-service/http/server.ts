// The local HTTPS server (the default way to run the service; Azure Functions is the other). TLS only: the
// certificate and key come from the configuration (the stand-in's localhost certificate in the local profile).
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { DestinationStream, Logger } from "pino";
import { ConfigError, serverConfigProblems, type Config } from "../config/load-config";
import { createLogger } from "../logging/logger";
import { createCleanupService, type CleanupService } from "../service/cleanup-service";
import { createApiHandler } from "../api/handle-api-request";
import { HTTP_TIMEOUTS, readBodyWithinLimits, responseHeaders, type HttpTimeouts } from "../api/transport-policy";
import { corsHeaders, preflightHeaders } from "./cors";

export interface StartCleanupServerOptions {
  config: Config;
  port?: number;
  host?: string;
  /** Log lines go here instead of stdout (tests scan them). */
  logDestination?: DestinationStream;
  logger?: Logger;
  now?: () => Date;
  /** Tests shorten the timeouts; production uses HTTP_TIMEOUTS (api/transport-policy.ts). */
  timeouts?: Partial<HttpTimeouts>;
}

export interface CleanupServer {
  url: string;
  stop(): Promise<void>;
  /** The service behind the server, for in-process callers (npm start, tests). */
  service: CleanupService;
}

export async function startCleanupServer(options: StartCleanupServerOptions): Promise<CleanupServer> {
  const { config } = options;
  const problems = serverConfigProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
  const logger = options.logger ?? createLogger({ level: config.logging.level, ...(options.logDestination ? { destination: options.logDestination } : {}) });
  const service = createCleanupService({ config, logger, ...(options.now ? { now: options.now } : {}) });
  const handle = createApiHandler(service);

  const timeouts = { ...HTTP_TIMEOUTS, ...options.timeouts };
  const tls = { cert: readFileSync(config.http.tlsCertFile), key: readFileSync(config.http.tlsKeyFile) };
  const limits = { headersTimeout: timeouts.headersTimeoutInMs, requestTimeout: timeouts.requestTimeoutInMs, connectionsCheckingInterval: timeouts.connectionsCheckingIntervalInMs };
  const server = createServer({ ...tls, ...limits }, (req, res) => {
    void serve(req, res).catch((error: unknown) => {
      logger.error({ event: "http", error: error instanceof Error ? error.name : "unknown" }, "response failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    if (req.method === "OPTIONS") {
      const headers = preflightHeaders(origin, config.http.addinOrigin);
      res.writeHead(headers ? 204 : 403, responseHeaders(headers ?? {}));
      res.end();
      return;
    }
    const url = new URL(req.url ?? "/", "https://localhost");
    const response = await handle({
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([name, value]): [string, string | undefined] => [name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value]),
      ),
      // Only after the token was checked; the answer then goes out on this socket, so reading stops without closing it.
      readBody: () => readBodyWithinLimits(req, { declaredLength: req.headers["content-length"], timeoutInMs: timeouts.requestTimeoutInMs, keepSourceOpen: true }),
    });
    // A body the API did not read (a refused token, a route without a body) is not read after the answer either.
    const close: Record<string, string> = req.complete ? {} : { connection: "close" };
    res.writeHead(response.status, responseHeaders({ ...response.headers, ...close }, corsHeaders(origin, config.http.addinOrigin)));
    res.end(response.body);
  }

  const port = options.port ?? config.http.port;
  const host = options.host ?? config.http.host;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  // A wildcard bind is reached as localhost (the certificate's name); a specific host as itself.
  const displayHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  const url = `https://${displayHost}:${address.port}`;
  logger.info({ event: "listening", port: address.port }, "cleanup service listening");

  return {
    url,
    service,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
