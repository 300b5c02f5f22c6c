// The directory and the mailboxes: what a seed becomes. Lookups are case-insensitive, as Exchange's are.
import { createHash } from "node:crypto";
import type { App, Mailbox, Tenant, User } from "./model";
import { createStandardFolders } from "./folders";
import type { ParsedSeed } from "./seed";
import { ensureFolderPath } from "./mailbox-folders";
import { addSeedMessage } from "./seed-loader";

const lower = (s: string) => s.toLowerCase();

/** A stable GUID for a directory object that the seed names only by address (shared mailboxes). */
export function objectIdFor(address: string): string {
  const hex = createHash("sha256").update(lower(address)).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export class Store {
  readonly tenants = new Map<string, Tenant>();
  readonly users = new Map<string, User>();
  readonly mailboxes = new Map<string, Mailbox>();
  readonly apps = new Map<string, App>();

  findTenant(ref: string): Tenant | undefined {
    const key = lower(ref);
    return this.tenants.get(key) ?? [...this.tenants.values()].find((t) => t.domains.some((d) => lower(d) === key));
  }

  tenantOfDomain(domain: string): Tenant | undefined {
    const key = lower(domain);
    return [...this.tenants.values()].find((t) => t.domains.some((d) => lower(d) === key));
  }

  findUser(ref: string): User | undefined {
    const key = lower(ref);
    return this.users.get(key) ?? [...this.users.values()].find((u) => lower(u.userPrincipalName) === key || lower(u.mail) === key);
  }

  /**
   * `users/{id | userPrincipalName}` as Graph resolves it: by directory object id or UPN, not by SMTP address
   * (microsoft-graph-docs issue 3979: "UPN != email address"). A mailbox whose UPN is its address is found by it.
   */
  findMailboxForGraph(ref: string): Mailbox | undefined {
    const key = lower(ref);
    return [...this.mailboxes.values()].find((m) => m.id === key || lower(m.userPrincipalName) === key);
  }

  /** By SMTP address (delivery, send-as), object id or UPN: the stand-in's own lookups and the control API. */
  findMailbox(ref: string): Mailbox | undefined {
    const key = lower(ref);
    const direct = this.mailboxes.get(key);
    if (direct) return direct;
    const byId = [...this.mailboxes.values()].find((m) => m.id === key || lower(m.userPrincipalName) === key);
    if (byId) return byId;
    const user = this.findUser(ref);
    return user ? this.mailboxes.get(lower(user.mail)) : undefined;
  }

  findApp(clientId: string): App | undefined {
    return this.apps.get(lower(clientId));
  }
}

export function loadSeed(seed: ParsedSeed): Store {
  const store = new Store();
  for (const t of seed.tenants) {
    const { mailFlow, ...tenant } = t;
    store.tenants.set(lower(t.id), { ...tenant, ...(mailFlow ? { mailFlow } : {}) });
  }
  for (const u of seed.users) {
    store.users.set(lower(u.id), { ...u, id: lower(u.id), tenant: lower(u.tenant), mail: u.mail ?? u.userPrincipalName });
  }
  for (const m of seed.mailboxes) {
    const owner = m.owner ? store.findUser(m.owner) : undefined;
    const ownerByAddress = m.kind === "user" ? (owner ?? store.findUser(m.address)) : undefined;
    const id = lower(m.id ?? ownerByAddress?.id ?? objectIdFor(m.address));
    const mailbox: Mailbox = {
      id,
      address: lower(m.address),
      userPrincipalName: lower(m.userPrincipalName ?? ownerByAddress?.userPrincipalName ?? m.address),
      tenant: lower(m.tenant),
      displayName: m.displayName,
      kind: m.kind,
      ownerUserId: ownerByAddress?.id ?? null,
      delegates: m.delegates.map((d) => ({
        userId: store.findUser(d.user)?.id ?? lower(d.user),
        fullAccess: d.fullAccess,
        sendAs: d.sendAs,
      })),
      folders: createStandardFolders(id),
      messages: new Map(),
    };
    for (const path of m.folders) ensureFolderPath(mailbox, path);
    store.mailboxes.set(mailbox.address, mailbox);
  }
  for (const a of seed.apps) {
    store.apps.set(lower(a.clientId), {
      ...a,
      clientId: lower(a.clientId),
      tenant: lower(a.tenant),
      secret: a.secret ?? null,
      certificatePem: a.certificatePem ?? null,
      mailboxScope: a.mailboxScope.map(lower),
    });
  }
  seed.messages.forEach((message, index) => {
    const mailbox = store.mailboxes.get(lower(message.mailbox));
    if (!mailbox) throw new Error(`seed message ${index} names mailbox ${message.mailbox}, which the seed does not define: add it to "mailboxes"`);
    addSeedMessage(store, mailbox, message, index);
  });
  return store;
}
