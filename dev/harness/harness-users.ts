// Who can sign in to the harness, and which mailboxes Outlook would show each of them: their own, plus every
// shared mailbox the seed gives them full access to (Outlook's automapping), with send-as where granted.
import type { ParsedSeed } from "../graph-emulator/seed";
import type { HarnessMailbox, HarnessUser } from "./api-types";

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

export function harnessUsers(seed: ParsedSeed): HarnessUser[] {
  return seed.users.map((user) => {
    const mail = user.mail ?? user.userPrincipalName;
    const isUser = (reference: string | undefined) => same(reference, user.id) || same(reference, user.userPrincipalName);
    const own = seed.mailboxes.filter((mailbox) => mailbox.kind === "user" && (isUser(mailbox.owner) || same(mailbox.address, mail)));
    const delegated = seed.mailboxes.filter((mailbox) => !own.includes(mailbox) && mailbox.delegates.some((delegate) => isUser(delegate.user) && delegate.fullAccess));
    const mailboxes: HarnessMailbox[] = [
      ...own.map((mailbox) => ({ address: mailbox.address, displayName: mailbox.displayName, kind: mailbox.kind, own: true, sendAs: true })),
      ...delegated.map((mailbox) => ({
        address: mailbox.address,
        displayName: mailbox.displayName,
        kind: mailbox.kind,
        own: false,
        sendAs: mailbox.delegates.some((delegate) => isUser(delegate.user) && delegate.sendAs),
      })),
    ];
    return { id: user.id, tenantId: user.tenant, displayName: user.displayName, mail, mailboxes };
  });
}
