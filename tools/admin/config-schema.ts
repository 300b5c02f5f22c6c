// The one small file an admin fills in (example: docs/scripts/hwc-config.example.json). Every address the
// generated scripts use comes from here, so nothing is typed by hand twice. Error texts are codes from
// ./messages.ts; ./load-config.ts turns them into "field: Dutch / English".
import { z } from "zod";

/** The error code for a field, or "required" when the field is absent: "is missing" helps more than "invalid". */
const because = (code: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "required" : code);

/** Names, display names and scope names: one line of printable text; typographic single quotes are refused
 * because PowerShell treats them as string delimiters (a straight apostrophe is escaped safely). */
const text = (max: number) =>
  z
    .string({ error: because("wrongType") })
    .trim()
    .min(1, { error: "text" })
    .max(max, { error: `tooLong:${max}` })
    // eslint-disable-next-line no-control-regex
    .refine((value) => !/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(value), { error: "text" })
    .refine((value) => !/[\u2018-\u201B]/.test(value), { error: "typographicQuote" });

const address = z.email({ error: because("email") }).max(254, { error: "tooLong:254" }).transform((value) => value.toLowerCase());
const guid = z.guid({ error: because("guid") }).transform((value) => value.toLowerCase());
const domain = z
  .string({ error: because("wrongType") })
  .regex(/^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, { error: because("domain") })
  .transform((value) => value.toLowerCase());

const person = z.strictObject({
  /** The user's UPN (in Exchange Online usually the primary address). */
  userPrincipalName: address,
  displayName: text(256).optional(),
  /** Entra object id (`oid`); the cleanup service's configuration needs it, the scripts do not. */
  objectId: guid.optional(),
});

const schoolMailbox = z.strictObject({
  address,
  /** The mailbox's directory object id (Get-Mailbox … ExternalDirectoryObjectId; school-check.ps1 prints it). The
   * service calls Graph with it: a shared mailbox's UPN need not be its address. The scripts do not need it. */
  objectId: guid.optional(),
  /** Shown in Outlook; also the mailbox Name, which Exchange limits to 64 characters. */
  displayName: text(64),
  functionaries: z.array(person).min(1, { error: "atLeastOne" }),
  /** YYYY-MM-DD: the day school-check.ps1 passed for this mailbox (nothing lingers in recoverable items); the
   * inspection report says so. Copied into the service's mailbox file. */
  purgeSettingsVerifiedOn: z.iso.date({ error: because("calendarDate") }).optional(),
});

const sweepApp = z.strictObject({
  /** Application (client) id of the sweep's app registration. */
  clientId: guid,
  /** Object ID of its service principal: Entra → Enterprise applications → the app → Object ID
   * (not the object id on the App registrations page). */
  servicePrincipalObjectId: guid,
  displayName: text(64),
  /** Optional: an ordinary mailbox the sweep must NOT reach; the scripts then prove InScope is False for it. */
  outOfScopeTestMailbox: address.optional(),
});

const schoolSection = z.strictObject({
  tenantId: guid,
  organization: text(256),
  domains: z.array(domain).min(1, { error: "atLeastOne" }),
  /** Deleted-item retention for the HwC mailboxes. Exchange Online documents 14 days as default and 30 as the
   * maximum; no minimum is documented, so 0 is asked for and the script falls back to 1 day if it is refused. */
  deletedItemRetentionDays: z
    .number({ error: because("retentionDays") })
    .int({ error: because("retentionDays") })
    .min(0, { error: because("retentionDays") })
    .max(30, { error: because("retentionDays") })
    .default(0),
  mailboxes: z.array(schoolMailbox).min(1, { error: "atLeastOne" }),
  sweepApp,
  /** The Veilig Thuis HwC addresses these mailboxes trust, with the registered address acknowledgements go to
   * (default: the same address). Default: veiligThuis.mailbox.address. Used for the service's mailbox file. */
  trustedSenders: z.array(z.strictObject({ address, acknowledgeTo: address.optional() })).min(1, { error: "atLeastOne" }).optional(),
  /** Exactly what this tenant's mail-flow rules add to mail from outside (see the admin guide): the service strips
   * these and nothing else. Better still: exempt the HwC mailboxes from those rules (school-check.ps1 reports them). */
  tolerance: z
    .strictObject({
      subjectTag: z.string({ error: because("wrongType") }).min(1, { error: "text" }).max(64, { error: "tooLong:64" }).optional(),
      htmlBanner: z.string({ error: because("wrongType") }).min(1, { error: "text" }).max(4000, { error: "tooLong:4000" }).optional(),
      htmlDisclaimer: z.string({ error: because("wrongType") }).min(1, { error: "text" }).max(4000, { error: "tooLong:4000" }).optional(),
      textBanner: z.string({ error: because("wrongType") }).min(1, { error: "text" }).max(4000, { error: "tooLong:4000" }).optional(),
      textDisclaimer: z.string({ error: because("wrongType") }).min(1, { error: "text" }).max(4000, { error: "tooLong:4000" }).optional(),
    })
    .optional(),
  /** Name of the Exchange management scope that limits the sweep to the HwC mailboxes (max 64 characters). */
  managementScopeName: text(64).refine((value) => /^[\p{L}\p{N} ._()-]+$/u.test(value), { error: "scopeName" }),
});

const veiligThuisSection = z.strictObject({
  tenantId: guid,
  organization: text(256),
  domains: z.array(domain).min(1, { error: "atLeastOne" }),
  /** The HwC mailbox signals are sent from and acknowledgements return to. */
  mailbox: z.strictObject({ address, displayName: text(64) }),
  caseworkers: z.array(person).min(1, { error: "atLeastOne" }),
  /** The server-side wall (veiligthuis-mail-flow-rule.ps1, or veiligthuis-dlp-policy.ps1): mail from the HwC mailbox
   * to an address in these domains must be exactly a signal. The domains of the HwC addresses in the school register. */
  schoolDomains: z.array(domain).min(1, { error: "atLeastOne" }),
  /** The largest message the wall lets through, in KB, headers included. A signal is a few KB of text; measure a
   * real one in message trace before enforcing (admin guide §5.4). */
  signalSizeLimitKb: z
    .number({ error: because("sizeLimitKb") })
    .int({ error: because("sizeLimitKb") })
    .min(16, { error: because("sizeLimitKb") })
    .max(1024, { error: because("sizeLimitKb") })
    .default(64),
});

function domainOf(value: string): string {
  return value.slice(value.lastIndexOf("@") + 1);
}

export const hwcConfigSchema = z
  .strictObject({
    /** Lets editors find the schema; ignored. */
    $comment: z.string().optional(),
    school: schoolSection.optional(),
    veiligThuis: veiligThuisSection.optional(),
  })
  .superRefine((config, context) => {
    if (!config.school && !config.veiligThuis) {
      context.addIssue({ code: "custom", message: "oneSection", path: [] });
    }
    if (config.school) {
      const school = config.school;
      const seen = new Set<string>();
      school.mailboxes.forEach((mailbox, index) => {
        if (seen.has(mailbox.address)) {
          context.addIssue({ code: "custom", message: "duplicateAddress", path: ["school", "mailboxes", index, "address"] });
        }
        seen.add(mailbox.address);
        if (!school.domains.includes(domainOf(mailbox.address))) {
          context.addIssue({ code: "custom", message: "outsideDomains", path: ["school", "mailboxes", index, "address"] });
        }
        mailbox.functionaries.forEach((functionary, functionaryIndex) => {
          const path = ["school", "mailboxes", index, "functionaries", functionaryIndex, "userPrincipalName"];
          if (functionary.userPrincipalName === mailbox.address) {
            context.addIssue({ code: "custom", message: "selfDelegate", path });
          }
          if (!school.domains.includes(domainOf(functionary.userPrincipalName))) {
            context.addIssue({ code: "custom", message: "outsideDomains", path });
          }
        });
      });
      const probe = school.sweepApp.outOfScopeTestMailbox;
      if (probe !== undefined && seen.has(probe)) {
        context.addIssue({ code: "custom", message: "probeIsHwcMailbox", path: ["school", "sweepApp", "outOfScopeTestMailbox"] });
      }
    }
    if (config.veiligThuis) {
      const veiligThuis = config.veiligThuis;
      if (!veiligThuis.domains.includes(domainOf(veiligThuis.mailbox.address))) {
        context.addIssue({ code: "custom", message: "outsideDomains", path: ["veiligThuis", "mailbox", "address"] });
      }
      veiligThuis.schoolDomains.forEach((schoolDomain, index) => {
        if (veiligThuis.domains.includes(schoolDomain)) {
          context.addIssue({ code: "custom", message: "ownDomainAsSchool", path: ["veiligThuis", "schoolDomains", index] });
        }
      });
      const seen = new Set<string>();
      veiligThuis.caseworkers.forEach((caseworker, index) => {
        const path = ["veiligThuis", "caseworkers", index, "userPrincipalName"];
        if (seen.has(caseworker.userPrincipalName)) context.addIssue({ code: "custom", message: "duplicateAddress", path });
        seen.add(caseworker.userPrincipalName);
        if (caseworker.userPrincipalName === veiligThuis.mailbox.address) {
          context.addIssue({ code: "custom", message: "selfDelegate", path });
        }
        if (!veiligThuis.domains.includes(domainOf(caseworker.userPrincipalName))) {
          context.addIssue({ code: "custom", message: "outsideDomains", path });
        }
      });
    }
  });

export type HwcConfig = z.output<typeof hwcConfigSchema>;
export type SchoolConfig = NonNullable<HwcConfig["school"]>;
export type VeiligThuisConfig = NonNullable<HwcConfig["veiligThuis"]>;
