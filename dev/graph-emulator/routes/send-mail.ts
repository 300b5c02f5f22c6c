// POST users/{id}/sendMail: send a new message in one call; saveToSentItems (default true) decides whether the
// sender keeps a copy. https://learn.microsoft.com/graph/api/user-sendmail
import { z } from "zod";
import { sendDraft } from "../delivery";
import { emptyDraft } from "../drafts";
import { badRequest } from "../errors";
import { accepted, type GraphCall, type GraphResult } from "../graph-call";
import { authorizeSendAs } from "../mailbox-access";
import { wellKnownFolder } from "../mailbox-folders";
import { applyMessageInput, parseMessageInput } from "../message-input";

const sendMailBody = z.object({ message: z.unknown(), saveToSentItems: z.union([z.boolean(), z.enum(["true", "false"])]).optional() });

export function handleSendMail(call: GraphCall): GraphResult {
  const parsed = sendMailBody.safeParse(call.body);
  if (!parsed.success || parsed.data.message === undefined) throw badRequest("Empty Payload. JSON content expected: { message, saveToSentItems }.", "ErrorInvalidRequest");
  const draft = emptyDraft(call.mailbox, wellKnownFolder(call.mailbox, "drafts").id);
  applyMessageInput(call.state.store, draft, parseMessageInput(parsed.data.message), true);
  if (draft.toRecipients.length + draft.ccRecipients.length + draft.bccRecipients.length === 0) {
    throw badRequest("At least one recipient is not valid., Recipient is missing. Add a recipient before sending.", "ErrorInvalidRecipients");
  }
  authorizeSendAs(call.state.store, call.caller, call.mailbox, draft.from?.emailAddress.address ?? call.mailbox.address);
  const save = parsed.data.saveToSentItems === undefined ? true : String(parsed.data.saveToSentItems) === "true";
  call.mailbox.messages.set(draft.immutableId, draft);
  sendDraft(call.state.store, call.mailbox, draft, { saveToSentItems: save, sentCopyDelayMs: call.state.sentCopyDelayMs, inSubmissionMs: call.state.switches.sentCopyInSubmissionMs });
  return accepted();
}
