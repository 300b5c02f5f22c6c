// The HwC mailbox file (HWC_MAILBOXES_FILE): which school mailboxes the service may act on, who their
// functionaries are, and which Veilig Thuis senders each one trusts, with the registered acknowledgement address.
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

export const mailboxesFileSchema = z.object({
  mailboxes: z
    .array(
      z.object({
        address,
        functionaries: z.array(z.string().uuid()).min(1),
        trustedSenders: z.array(z.object({ address, acknowledgeTo: address })).min(1),
        purgeSettingsVerifiedOn: purgeSettingsVerifiedOn.optional(),
      }),
    )
    .min(1),
});

export type MailboxesFile = z.output<typeof mailboxesFileSchema>;
