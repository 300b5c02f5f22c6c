// The HwC mailbox file (HWC_MAILBOXES_FILE): which school mailboxes the service may act on, by SMTP address (what
// the add-in reports) and directory object id (what Graph is called with: a shared mailbox's UPN may differ from
// its address), who their functionaries are, which Veilig Thuis senders each one trusts with the registered
// acknowledgement address, and — optionally — exactly what the school's own mail flow adds to external mail.
// `npm run admin -- service-mailboxes` writes it; `school-check.ps1` prints each mailbox's object id.
import { z } from "zod";
import { calendarDateParts } from "../../shared/dates/calendar-date";
import { CALENDAR_DATE_CODE } from "./config-problem";

const address = z
  .string()
  .email()
  .transform((value) => value.toLowerCase());

/**
 * The day the admin confirmed (school-check.ps1 exit 0, admin guide §4.3–4.6) that this mailbox keeps nothing in
 * the hidden recoverable-items folder: single item recovery off, shortest deleted-item retention, no hold or
 * retention policy. The inspection report says so in plain words; without it, the report says it is not confirmed.
 */
const purgeSettingsVerifiedOn = z.string().refine((value) => calendarDateParts(value) !== undefined, { error: CALENDAR_DATE_CODE });

/** A text the tenant's transport rule adds, exactly as configured there: no blank value, nothing trimmed away. */
const addition = z.string().min(1).max(4000);

export const toleranceSchema = z
  .object({
    subjectTag: z.string().min(1).max(64).optional(),
    htmlBanner: addition.optional(),
    htmlDisclaimer: addition.optional(),
    textBanner: addition.optional(),
    textDisclaimer: addition.optional(),
  })
  .strict();

export const mailboxesFileSchema = z.object({
  mailboxes: z
    .array(
      z.object({
        address,
        objectId: z
          .string()
          .uuid()
          .transform((value) => value.toLowerCase()),
        functionaries: z.array(z.string().uuid()).min(1),
        trustedSenders: z.array(z.object({ address, acknowledgeTo: address })).min(1),
        purgeSettingsVerifiedOn: purgeSettingsVerifiedOn.optional(),
        tolerance: toleranceSchema.optional(),
      }),
    )
    .min(1),
});

export type MailboxesFile = z.output<typeof mailboxesFileSchema>;
