// The HwC mailbox file (HWC_MAILBOXES_FILE): which school mailboxes the service may act on, who their
// functionaries are, and which Veilig Thuis senders each one trusts, with the registered acknowledgement address.
import { z } from "zod";

const address = z
  .string()
  .email()
  .transform((value) => value.toLowerCase());

export const mailboxesFileSchema = z.object({
  mailboxes: z
    .array(
      z.object({
        address,
        functionaries: z.array(z.string().uuid()).min(1),
        trustedSenders: z.array(z.object({ address, acknowledgeTo: address })).min(1),
      }),
    )
    .min(1),
});

export type MailboxesFile = z.output<typeof mailboxesFileSchema>;
