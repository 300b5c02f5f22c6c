// The harness server: one HTTPS origin (https://localhost:3000 under npm start) serving the add-in's build
// at its root — where the manifest's URLs point — and the Outlook harness under /harness/: its page, the
// Office.js stand-in at /harness/office.js (the HWC_OFFICE_JS_URL of a local build) and its small API.
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import pino, { type Logger } from "pino";
import type { ParsedSeed } from "../graph-emulator/seed";
import type { HarnessSession } from "./api-types";
import { browserModule, officeStandInScript } from "./browser-code";
import { createHarnessApi } from "./harness-api";
import { HarnessMail, type IssueToken, type MoveToMailbox } from "./harness-mail";
import { harnessSession, OFFICE_JS_PATH } from "./harness-session";
import { harnessUsers } from "./harness-users";
import { HttpProblem, sendJson } from "./http-json";
import { serveFile } from "./static-files";

export { OFFICE_JS_PATH } from "./harness-session";

export interface HarnessServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The add-in build (dist/), served at the root. */
  distDir: string;
  /** Where to read the command surfaces from; default dist/manifest.xml, else manifest.xml beside dist/. */
  manifestPath?: string;
  /** The stand-in's base URL (Graph at /v1.0). */
  standInUrl: string;
  issueToken: IssueToken;
  /** Where a delegate's own Outlook files her copies (the stand-in's control moveToMailbox). */
  moveToMailbox?: MoveToMailbox;
  /** The seed the stand-in was loaded with: who can sign in, and which mailboxes they see. */
  seed: ParsedSeed;
  defaultUserId?: string;
  /** The cleanup API's client id: Office.auth.getAccessToken gives a token for it with scope access_as_user. */
  apiClientId: string;
  certificates: { cert: string; key: string };
  logger?: Logger;
  sendTimeouts?: HarnessSession["sendTimeouts"];
  refreshIntervalInMs?: number;
}

export interface RunningHarness {
  /** https://localhost:PORT */
  url: string;
  port: number;
  close(): Promise<void>;
}

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Received mail is shown in a sandboxed srcdoc frame and may carry inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

export async function startHarnessServer(options: HarnessServerOptions): Promise<RunningHarness> {
  const logger = options.logger ?? pino({ name: "harness" });
  const distDir = resolve(options.distDir);
  const users = harnessUsers(options.seed);
  const mail = new HarnessMail({ standInUrl: options.standInUrl, issueToken: options.issueToken, ...(options.moveToMailbox ? { moveToMailbox: options.moveToMailbox } : {}) });
  const pageDir = join(__dirname, "page");
  const session = () => harnessSession({ ...options, distDir }, users);
  const api = createHarnessApi({ users, mail, session, issueToken: options.issueToken, apiClientId: options.apiClientId });

  async function handle(request: IncomingMessage, response: ServerResponse, route: { name: string }): Promise<void> {
    const url = new URL(request.url ?? "/", "https://localhost");
    const path = url.pathname;
    if (path.startsWith("/harness/api/")) return api(request, response, url, route);
    if (request.method !== "GET" && request.method !== "HEAD") throw new HttpProblem(405, "Only GET here.");
    if (path === "/favicon.ico") {
      route.name = "favicon";
      response.writeHead(204);
      return void response.end();
    }
    if (path === "/" || path === "/harness") {
      route.name = "redirect";
      response.writeHead(302, { location: "/harness/" });
      return void response.end();
    }
    if (path === "/harness/") {
      route.name = "page";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": PAGE_CSP, "cache-control": "no-cache" });
      return void response.end(await readFile(join(pageDir, "index.html")));
    }
    if (path === "/harness/harness.css") {
      route.name = "css";
      response.writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache" });
      return void response.end(await readFile(join(pageDir, "harness.css")));
    }
    if (path === OFFICE_JS_PATH) {
      route.name = "office.js";
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" });
      return void response.end(await officeStandInScript());
    }
    if (path.startsWith("/harness/app/")) {
      route.name = "module";
      const code = await browserModule(path.slice("/harness/app/".length));
      if (code === undefined) throw new HttpProblem(404, "No such harness module.");
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" });
      return void response.end(code);
    }
    route.name = "addin";
    if (!(await serveFile(distDir, path, response))) throw new HttpProblem(404, `Not found: ${path}. If it is an add-in page, run npm run build.`);
  }

  const server: Server = createServer({ cert: options.certificates.cert, key: options.certificates.key }, (request, response) => {
    const started = Date.now();
    const route = { name: "unknown" };
    handle(request, response, route)
      .catch((error: unknown) => {
        const graph = error as { statusCode?: number; code?: string };
        const status = error instanceof HttpProblem ? error.status : typeof graph.statusCode === "number" && graph.statusCode >= 400 ? graph.statusCode : 500;
        // Graph's error codes are content-free; a message could quote mail, so only the code is passed on.
        const message = error instanceof HttpProblem ? error.message : `Graph answered ${status}${graph.code ? ` ${graph.code}` : ""}`;
        if (!response.headersSent) sendJson(response, status, { error: message });
        else response.end();
      })
      .finally(() => {
        // Route names only: paths hold mailbox addresses and message ids. The page polls, so 2xx lines are debug.
        const line = { method: request.method, route: route.name, status: response.statusCode, ms: Date.now() - started };
        if (response.statusCode >= 500) logger.warn(line, "harness request failed");
        else logger.debug(line, "harness request");
      });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
