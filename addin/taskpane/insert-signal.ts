// "Signaal invoegen": makes the open draft exactly the signal. Every step goes through the Office adapters;
// the send guard checks the result again when the caseworker presses Send.
import { renderSignal } from "../../shared/signal/render-signal";
import type { Signal } from "../../shared/signal/types";
import type { School } from "../../shared/register/school";
import { canListAttachments, getComposeAttachments, removeComposeAttachment } from "../office/attachments";
import { setComposeBody } from "../office/body";
import { disableClientSignature } from "../office/client-signature";
import { canUseInternetHeaders, setSignalMarkerHeader } from "../office/internet-headers";
import { setRecipientAddresses } from "../office/recipients";
import { setComposeSubject } from "../office/subject";
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

export async function insertSignal({ school, signal, senderAddress }: InsertSignalRequest): Promise<InsertSignalOutcome> {
  const rendered = renderSignal(signal);
  // The marker first: if a later step fails, the guard still treats this draft as a signal, for this school.
  if (canUseInternetHeaders()) await setSignalMarkerHeader(school.hwcAddress);
  await setRecipientAddresses("to", [school.hwcAddress]);
  await setRecipientAddresses("cc", []);
  await setRecipientAddresses("bcc", []);
  await setComposeSubject(rendered.subject);
  // Best effort: where the client cannot disable it, replacing the body below already removed the signature.
  await disableClientSignature().catch(() => false);
  await setComposeBody({ contentType: "html", content: rendered.html });
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
