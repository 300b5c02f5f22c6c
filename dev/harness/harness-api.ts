// /harness/api/…: the harness page's window on "Exchange" — the session, folders and messages of the mailboxes
// the signed-in person may open, sending as an address they may send as, and the token Office's single sign-on
// would give the add-in. Checks here mirror Outlook's (which mailboxes appear, which From addresses are offered);
// Graph in the stand-in then enforces the real rights again.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HarnessSession, HarnessUser, SendRequest } from "./api-types";
import { CLIENT_PROFILES, renderClientBody } from "./client-profiles";
import type { HarnessMail, IssueToken } from "./harness-mail";
import { HttpProblem, readJson, sendJson } from "./http-json";

export interface HarnessApiOptions {
  users: HarnessUser[];
  mail: HarnessMail;
  session: () => HarnessSession;
  issueToken: IssueToken;
  apiClientId: string;
}

export type HarnessApi = (request: IncomingMessage, response: ServerResponse, url: URL, route: { name: string }) => Promise<void>;

export function createHarnessApi(options: HarnessApiOptions): HarnessApi {
  const { users, mail, session } = options;
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

  return async function api(request: IncomingMessage, response: ServerResponse, url: URL, route: { name: string }): Promise<void> {
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
    if (request.method === "POST" && parts[0] === "client-body" && parts.length === 1) {
      // What the chosen client's body.getAsync(Html) returns for the lines the compose body shows.
      route.name = "client-body";
      const body = (await readJson(request)) as { fixture?: unknown; lines?: unknown };
      const fixture = String(body.fixture ?? "");
      if (!CLIENT_PROFILES.some((profile) => profile.composeBody === fixture)) throw new HttpProblem(400, "Unknown client body fixture: choose one from the session's clients.");
      if (!Array.isArray(body.lines)) throw new HttpProblem(400, "lines must be an array of strings.");
      return sendJson(response, 200, { html: renderClientBody(fixture, body.lines.map(String)) });
    }
    if (request.method === "POST" && (parts[0] === "reply" || parts[0] === "forward" || parts[0] === "delete") && parts.length === 1) {
      route.name = parts[0];
      const body = (await readJson(request)) as { as?: string; mailbox?: string; messageId?: string; comment?: string; to?: { name: string; address: string }[] };
      const user = userFor(body.as);
      const mailbox = mailboxFor(user, String(body.mailbox ?? ""));
      const messageId = String(body.messageId ?? "");
      if (parts[0] === "delete") await mail.remove(user, mailbox, messageId);
      else await mail.respond(user, parts[0], { mailbox, messageId, comment: String(body.comment ?? ""), ...(body.to ? { to: body.to } : {}) });
      return sendJson(response, 202, { done: true });
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
  };
}
