// Who may do what in which mailbox.
// App-only: the app's roles, and only mailboxes in its scope (RBAC for Applications), else 403 ErrorAccessDenied.
//   https://learn.microsoft.com/exchange/permissions-exo/application-rbac
// Delegated: the user's own mailbox with Mail.Read/ReadWrite/Send; another mailbox only with full access granted
// to the user and the `.Shared` scopes; sending from another mailbox also needs send-as.
//   https://learn.microsoft.com/graph/permissions-reference#mail-permissions
import type { Caller } from "./caller";
import { accessDenied, GraphHttpError } from "./errors";
import type { Mailbox } from "./model";
import type { Store } from "./store";

export type MailAccess = "read" | "write" | "send";

const appRoles: Record<MailAccess, string[]> = {
  read: ["Mail.Read", "Mail.ReadBasic", "Mail.ReadWrite"],
  write: ["Mail.ReadWrite"],
  send: ["Mail.Send"],
};
const ownScopes: Record<MailAccess, string[]> = {
  read: ["Mail.Read", "Mail.ReadWrite", "Mail.Read.Shared", "Mail.ReadWrite.Shared"],
  write: ["Mail.ReadWrite", "Mail.ReadWrite.Shared"],
  send: ["Mail.Send", "Mail.Send.Shared"],
};
const sharedScopes: Record<MailAccess, string[]> = {
  read: ["Mail.Read.Shared", "Mail.ReadWrite.Shared"],
  write: ["Mail.ReadWrite.Shared"],
  send: ["Mail.Send.Shared"],
};

const hasAny = (granted: string[], needed: string[]) => granted.some((g) => needed.some((n) => n.toLowerCase() === g.toLowerCase()));

export function authorizeMailbox(store: Store, caller: Caller, mailbox: Mailbox, access: MailAccess): void {
  if (caller.tenantId.toLowerCase() !== mailbox.tenant) throw accessDenied();
  if (caller.kind === "app") {
    const app = store.findApp(caller.appId);
    if (!app || !app.mailboxScope.includes(mailbox.address) || !hasAny(caller.roles, appRoles[access])) throw accessDenied();
    return;
  }
  const own = mailbox.ownerUserId !== null && mailbox.ownerUserId === caller.userId;
  if (own) {
    if (!hasAny(caller.scopes, ownScopes[access])) throw accessDenied();
    return;
  }
  const delegate = mailbox.delegates.find((d) => d.userId === caller.userId);
  if (!delegate?.fullAccess || !hasAny(caller.scopes, sharedScopes[access])) throw accessDenied();
}

/** Sending as `fromAddress` out of `mailbox`: the mailbox itself, or a mailbox the caller may send as. */
export function authorizeSendAs(store: Store, caller: Caller, mailbox: Mailbox, fromAddress: string): void {
  const from = fromAddress.toLowerCase();
  const sendAsDenied = new GraphHttpError(
    403,
    "ErrorSendAsDenied",
    "The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Grant send-as on that mailbox or send from the mailbox itself.",
  );
  if (caller.kind === "app") {
    if (from !== mailbox.address) throw sendAsDenied;
    return;
  }
  const target = store.findMailbox(from);
  if (!target) throw sendAsDenied;
  if (target.ownerUserId === caller.userId) return;
  if (!target.delegates.some((d) => d.userId === caller.userId && d.sendAs)) throw sendAsDenied;
}
