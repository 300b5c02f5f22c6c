// "Signaal invoegen": makes the open draft exactly the signal — all of it or, when a step fails, none of it
// (the draft is put back as it was). Every step goes through the Office adapters; the send guard checks the
// result again when the caseworker presses Send, so the pane refuses to insert where no guard runs.
import { renderSignal } from "../../shared/signal/render-signal";
import type { Signal } from "../../shared/signal/types";
import type { School } from "../../shared/register/school";
import { canListAttachments, getComposeAttachments, removeComposeAttachment } from "../office/attachments";
import { setComposeBody } from "../office/body";
import { canUseInternetHeaders, setSignalMarkerHeader } from "../office/internet-headers";
import { setRecipientAddresses } from "../office/recipients";
import { canRunSendGuard } from "../office/requirements";
import { setComposeSubject } from "../office/subject";
import { readDraft, restoreDraft } from "./draft-restore";
import { checkSender, type SenderCheck } from "./sender-check";

export interface InsertSignalRequest {
  school: School;
  signal: Signal;
  senderAddress: string;
}

export interface InsertSignalOutcome {
  /** "unknown" where the client cannot report From (Mailbox < 1.7). */
  from: SenderCheck;
  /** Attachments Outlook would not let go of (inline images on some clients): the guard will block them. */
  attachmentsLeft: boolean;
}

/** The client has no send guard (Smart Alerts needs Mailbox 1.12): a signal made here would leave unchecked. */
export class SendGuardUnavailableError extends Error {
  override readonly name = "SendGuardUnavailableError";
  constructor() {
    super("This Outlook client does not run the Handle with Care send guard (Mailbox 1.12).");
  }
}

export async function insertSignal({ school, signal, senderAddress }: InsertSignalRequest): Promise<InsertSignalOutcome> {
  if (!canRunSendGuard()) throw new SendGuardUnavailableError();
  const rendered = renderSignal(signal);
  // Read first, so a failure below can put the draft back; a failure here has changed nothing yet.
  const before = await readDraft();
  try {
    // The marker first: if a later step fails, the guard still treats this draft as a signal, for this school.
    if (canUseInternetHeaders()) await setSignalMarkerHeader(school.hwcAddress);
    await setRecipientAddresses("to", [school.hwcAddress]);
    await setRecipientAddresses("cc", []);
    await setRecipientAddresses("bcc", []);
    await setComposeSubject(rendered.subject);
    // The whole body is replaced in the draft's own format, the caseworker's signature with it. No
    // disableClientSignatureAsync: on classic Windows and Mac it sets the account's signature to "(none)" for good.
    await setComposeBody(before.body.contentType === "text" ? { contentType: "text", content: rendered.text } : { contentType: "html", content: rendered.html });
  } catch (error) {
    await restoreDraft(before);
    throw error;
  }
  const attachmentsLeft = await removeAllAttachments();
  return { from: await checkSender(senderAddress), attachmentsLeft };
}

async function removeAllAttachments(): Promise<boolean> {
  if (!canListAttachments()) return false;
  for (const attachment of await getComposeAttachments()) {
    // Inline images may refuse removal; they went with the old body and the guard catches any that remain.
    await removeComposeAttachment(attachment.id).catch(() => undefined);
  }
  return (await getComposeAttachments()).length > 0;
}
