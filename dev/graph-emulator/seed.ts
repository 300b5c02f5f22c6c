// The shape of a stand-in seed: what `POST /_emulator/reset` accepts and what tests build scenarios from.
// This file is a contract shared by the emulator, the cleanup-service tests, the harness and the benchmarks.
import { z } from "zod";

const address = z.string().email();

export const seedTenantSchema = z.object({
  /** Directory (tenant) id, a GUID, as in `tid`. */
  id: z.string().uuid(),
  /** The tenant's verified mail domains; the first is the default. A send from another domain fails DMARC. */
  domains: z.array(z.string().min(3)).min(1),
  displayName: z.string(),
  /**
   * The tenant's mail-flow rules for mail from outside it, applied on delivery (and to seeded received mail from
   * outside): { subjectPrefix, htmlBanner, htmlDisclaimer, textBanner, textDisclaimer }, each optional.
   */
  mailFlow: z
    .object({
      subjectPrefix: z.string().min(1).optional(),
      htmlBanner: z.string().min(1).optional(),
      htmlDisclaimer: z.string().min(1).optional(),
      textBanner: z.string().min(1).optional(),
      textDisclaimer: z.string().min(1).optional(),
    })
    .strict()
    .optional(),
});

export const seedUserSchema = z.object({
  /** Object id (`oid`), a GUID. */
  id: z.string().uuid(),
  tenant: z.string().uuid(),
  userPrincipalName: address,
  displayName: z.string(),
  /** The user's own mailbox address (defaults to the UPN). */
  mail: address.optional(),
});

export const seedDelegateSchema = z.object({
  /** User id or UPN. */
  user: z.string(),
  fullAccess: z.boolean().default(true),
  sendAs: z.boolean().default(false),
});

export const seedMailboxSchema = z.object({
  /** The primary SMTP address: where mail is delivered. Graph does not find a mailbox by it (see userPrincipalName). */
  address,
  /** Directory object id. Default: the owner's id (user mailboxes), else a stable GUID derived from the address. */
  id: z.string().uuid().optional(),
  /**
   * What Graph's `users/{id | userPrincipalName}` resolves besides the object id. Default: the owner's UPN (user
   * mailboxes), else the address. A shared mailbox's UPN can differ from its SMTP address (e.g. …@tenant.onmicrosoft.com).
   */
  userPrincipalName: address.optional(),
  tenant: z.string().uuid(),
  displayName: z.string(),
  kind: z.enum(["user", "shared"]),
  /** For kind "user": the owning user's id or UPN. */
  owner: z.string().optional(),
  delegates: z.array(seedDelegateSchema).default([]),
  /** Custom folders, as paths from the mailbox root using "/" (e.g. "Inbox/Signalen", "Archief 2026"). */
  folders: z.array(z.string()).default([]),
});

export const seedAppSchema = z.object({
  /** Application (client) id, a GUID. */
  clientId: z.string().uuid(),
  tenant: z.string().uuid(),
  displayName: z.string(),
  /** Client secret for client_credentials / on-behalf-of. */
  secret: z.string().optional(),
  /** PEM public key or certificate for certificate assertions (client_assertion, RS256 JWT). */
  certificatePem: z.string().optional(),
  /** Scopes this app exposes as an API (e.g. ["access_as_user"]); tokens for it carry `aud` = clientId. */
  exposedScopes: z.array(z.string()).default([]),
  /** App roles granted for Graph app-only tokens (e.g. ["Mail.ReadWrite", "Mail.Send"]). */
  graphRoles: z.array(z.string()).default([]),
  /** Delegated Graph permissions consented for on-behalf-of (e.g. ["Mail.ReadWrite.Shared", "Mail.Send.Shared"]). */
  graphDelegatedScopes: z.array(z.string()).default([]),
  /** RBAC for Applications: the mailboxes an app-only token of this app may reach. Others: 403 ErrorAccessDenied. */
  mailboxScope: z.array(address).default([]),
  /** SPA redirect URIs (informational; the harness uses them). */
  redirectUris: z.array(z.string()).default([]),
});

export const seedRecipientSchema = z.union([
  address,
  z.object({ name: z.string().optional(), address }),
]);

export const seedMessageSchema = z.object({
  mailbox: address,
  /** Well-known folder name (inbox, sentitems, deleteditems, recoverableitemsdeletions, …) or a custom folder path. */
  folder: z.string(),
  subject: z.string().default(""),
  body: z
    .object({ contentType: z.enum(["html", "text"]), content: z.string() })
    .default({ contentType: "text", content: "" }),
  from: seedRecipientSchema,
  toRecipients: z.array(seedRecipientSchema).default([]),
  ccRecipients: z.array(seedRecipientSchema).default([]),
  bccRecipients: z.array(seedRecipientSchema).default([]),
  replyTo: z.array(seedRecipientSchema).default([]),
  receivedDateTime: z.string().datetime().optional(),
  sentDateTime: z.string().datetime().optional(),
  isDraft: z.boolean().default(false),
  isRead: z.boolean().default(false),
  /** Generated when absent. */
  conversationId: z.string().optional(),
  internetMessageId: z.string().optional(),
  internetMessageHeaders: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  /**
   * For received items without explicit headers: how the message authenticated at the receiving Exchange (see
   * delivery-headers.ts). Default "pass".
   */
  authentication: z.enum(["pass", "fail", "gateway", "arc", "none", "temperror", "missing", "forged-below"]).optional(),
  /** Extended (MAPI named) properties on the item, e.g. a forged service marker: [{ id: "String {guid} Name x", value }]. */
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string() })).default([]),
  attachments: z
    .array(z.object({ name: z.string(), contentType: z.string(), contentBytes: z.string(), isInline: z.boolean().default(false) }))
    .default([]),
});

export const seedSchema = z.object({
  tenants: z.array(seedTenantSchema).default([]),
  users: z.array(seedUserSchema).default([]),
  mailboxes: z.array(seedMailboxSchema).default([]),
  apps: z.array(seedAppSchema).default([]),
  messages: z.array(seedMessageSchema).default([]),
});

export type Seed = z.input<typeof seedSchema>;
export type ParsedSeed = z.output<typeof seedSchema>;
export type SeedMessage = z.input<typeof seedMessageSchema>;
