// The harness server: one HTTPS origin (https://localhost:3000 under npm start) serving the add-in's build
// at its root — where the manifest's URLs point — and the Outlook harness under /harness/: its page, the
// Office.js stand-in at /harness/office.js (the HWC_OFFICE_JS_URL of a local build) and its small API.
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import pino, { type Logger } from "pino";
import type { ParsedSeed } from "../graph-emulator/seed";
import type { AddinSurfaces, HarnessSession, SendRequest } from "./api-types";
import { browserModule, officeStandInScript } from "./browser-code";
import { harnessMessages } from "./harness-messages";
import { HarnessMail, type IssueToken } from "./harness-mail";
import { harnessUsers } from "./harness-users";
import { readAddinSurfaces } from "./manifest-surfaces";
import { serveFile } from "./static-files";

export const OFFICE_JS_PATH = "/harness/office.js";

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

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
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

function readSurfaces(options: HarnessServerOptions, problems: string[]): AddinSurfaces {
  const candidates = options.manifestPath ? [options.manifestPath] : [join(options.distDir, "manifest.xml"), join(options.distDir, "..", "manifest.xml")];
  const manifestPath = candidates.find((candidate) => existsSync(candidate));
  if (!manifestPath) {
    problems.push(`No manifest found (looked at ${candidates.join(", ")}): run npm run build.`);
    return { compose: null, read: null, sendEvent: null };
  }
  try {
    return readAddinSurfaces(readFileSync(manifestPath, "utf8"));
  } catch (error) {
    problems.push(`${manifestPath} cannot be read (${error instanceof Error ? error.message : String(error)}): fix the manifest and run npm run build.`);
    return { compose: null, read: null, sendEvent: null };
  }
}

function buildProblems(distDir: string): string[] {
  const taskpane = join(distDir, "taskpane.html");
  if (!existsSync(taskpane)) return [`The add-in is not built (${taskpane} is missing): run npm run build, or restart npm start, which builds it.`];
  if (!readFileSync(taskpane, "utf8").includes(OFFICE_JS_PATH)) {
    return [`dist/ was built for Microsoft's office.js, not the harness's stand-in: restart npm start (it rebuilds with HWC_OFFICE_JS_URL=https://localhost:3000${OFFICE_JS_PATH}).`];
  }
  return [];
}

async function readJson(request: IncomingMessage, limitBytes = 5 * 1024 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new HttpProblem(413, "The request is too large.");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpProblem(400, "The request body is not JSON.");
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

export async function startHarnessServer(options: HarnessServerOptions): Promise<RunningHarness> {
  const logger = options.logger ?? pino({ name: "harness" });
  const distDir = resolve(options.distDir);
  const users = harnessUsers(options.seed);
  const mail = new HarnessMail({ standInUrl: options.standInUrl, issueToken: options.issueToken });
  const pageDir = join(__dirname, "page");

  const session = (): HarnessSession => {
    const problems = buildProblems(distDir);
    const surfaces = readSurfaces({ ...options, distDir }, problems);
    return {
      users,
      defaultUserId: options.defaultUserId ?? users[0]?.id ?? "",
      surfaces,
      problems,
      messages: harnessMessages,
      sendTimeouts: options.sendTimeouts ?? { loadTimeoutInMs: 15_000, completionTimeoutInMs: 60_000 },
      refreshIntervalInMs: options.refreshIntervalInMs ?? 4_000,
    };
  };

  const userFor = (id: string | null | undefined) => {
    const user = users.find((candidate) => candidate.id === id);
    if (!user) throw new HttpProblem(400, "Unknown user: choose one of the seeded users in the harness.");
    return user;
  };
  const mailboxFor = (user: ReturnType<typeof userFor>, address: string) => {
    if (!user.mailboxes.some((mailbox) => mailbox.address.toLowerCase() === address.toLowerCase())) {
      throw new HttpProblem(403, "This user cannot open that mailbox in Outlook.");
    }
    return address;
  };

  async function api(request: IncomingMessage, response: ServerResponse, url: URL, route: { name: string }): Promise<void> {
    const parts = url.pathname.split("/").slice(3).map(decodeURIComponent); // after /harness/api/
    const as = url.searchParams.get("as");
    if (request.method === "GET" && parts[0] === "session" && parts.length === 1) {
      route.name = "session";
      return sendJson(response, 200, session());
    }
    if (request.method === "GET" && parts[0] === "mailboxes" && parts[1]) {
      const user = userFor(as);
      const mailbox = mailboxFor(user, parts[1]);
      if (parts[2] === "folders" && parts.length === 3) {
        route.name = "folders";
        return sendJson(response, 200, await mail.folders(user, mailbox));
      }
      if (parts[2] === "folders" && parts[3] && parts[4] === "messages" && parts.length === 5) {
        route.name = "messages";
        return sendJson(response, 200, await mail.messages(user, mailbox, parts[3]));
      }
      if (parts[2] === "messages" && parts[3] && parts.length === 4) {
        route.name = "message";
        return sendJson(response, 200, await mail.message(user, mailbox, parts[3]));
      }
    }
    if (request.method === "POST" && parts[0] === "send" && parts.length === 1) {
      route.name = "send";
      const body = (await readJson(request)) as SendRequest;
      const user = userFor(body.as);
      const from = user.mailboxes.find((mailbox) => mailbox.address.toLowerCase() === String(body.from).toLowerCase());
      if (!from || !(from.own || from.sendAs)) throw new HttpProblem(403, "This user may not send as that address: choose another From.");
      await mail.send(user, body);
      return sendJson(response, 202, { sent: true });
    }
    if (request.method === "POST" && parts[0] === "token" && parts.length === 1) {
      route.name = "token";
      const body = (await readJson(request)) as { as?: string };
      const user = userFor(body.as);
      // What Office's single sign-on gives an add-in: a token for the add-in's own API, never for Graph.
      const accessToken = await options.issueToken({ tenant: user.tenantId, user: user.id, scopes: ["access_as_user"], audience: options.apiClientId });
      return sendJson(response, 200, { accessToken });
    }
    throw new HttpProblem(404, "No such harness API route.");
  }

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
