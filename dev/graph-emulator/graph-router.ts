// Turns a Graph path into a plan: which mailbox it touches, what access that needs, and the handler to run.
// Accepts Graph's key syntax too: mailFolders('inbox') is mailFolders/inbox.
import type { Caller } from "./caller";
import { badRequest, invalidUser, noResource } from "./errors";
import type { GraphCall, GraphResult } from "./graph-call";
import type { MailAccess } from "./mailbox-access";
import type { Mailbox } from "./model";
import { handleMailFolders } from "./routes/mail-folders";
import { handleMessages } from "./routes/messages";
import { handleSendMail } from "./routes/send-mail";
import type { Store } from "./store";

export interface GraphPlan {
  mailbox: Mailbox;
  userRef: string;
  access: MailAccess;
  run(call: GraphCall): GraphResult;
}

export function graphSegments(pathAfterVersion: string): string[] {
  try {
    return pathAfterVersion
      .replace(/([A-Za-z]+)\('([^']*)'\)/g, "$1/$2")
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => decodeURIComponent(s));
  } catch {
    throw badRequest("The request URL is not correctly percent-encoded. Encode each path segment once.");
  }
}

function accessFor(method: string, rest: string[]): MailAccess {
  const last = rest[rest.length - 1]?.toLowerCase();
  if (method === "POST" && (last === "send" || last === "sendmail")) return "send";
  return method === "GET" ? "read" : "write";
}

export function planGraphRequest(store: Store, caller: Caller, method: string, segments: string[]): GraphPlan {
  const [root, ...afterRoot] = segments;
  let userRef: string;
  let rest: string[];
  if (root?.toLowerCase() === "me") {
    if (caller.kind !== "user" || !caller.userId) throw badRequest("/me request is only valid with delegated authentication flow.");
    userRef = caller.userId;
    rest = afterRoot;
  } else if (root?.toLowerCase() === "users" && afterRoot.length > 0) {
    userRef = afterRoot[0] ?? "";
    rest = afterRoot.slice(1);
  } else {
    throw noResource(root ?? "");
  }
  // Graph resolves users inside the caller's tenant: another tenant's mailbox does not exist for this caller.
  const mailbox = store.findMailboxForGraph(userRef);
  if (!mailbox || mailbox.tenant !== caller.tenantId.toLowerCase()) throw invalidUser(userRef);
  const head = rest[0]?.toLowerCase();
  const tail = rest.slice(1);
  const access = accessFor(method, rest);
  if (head === undefined) {
    return {
      mailbox,
      userRef,
      access: "read",
      run: () => ({
        status: 200,
        body: { id: mailbox.id, displayName: mailbox.displayName, mail: mailbox.address, userPrincipalName: mailbox.userPrincipalName },
      }),
    };
  }
  if (head === "messages") return { mailbox, userRef, access, run: (call) => handleMessages(call, null, tail) };
  if (head === "mailfolders") return { mailbox, userRef, access, run: (call) => handleMailFolders(call, tail) };
  if (head === "sendmail" && tail.length === 0 && method === "POST") return { mailbox, userRef, access, run: handleSendMail };
  throw noResource(rest[0] ?? "");
}
