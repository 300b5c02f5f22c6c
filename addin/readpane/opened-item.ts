// What the read pane was opened on. The pane trusts nothing: it shows a child's name and birth date only
// when the shared recognizer calls the message a signal — the exact template, from a registered Veilig Thuis
// address, with no attachments (inline images included) and with the sender authentication its received
// headers carry. A message that looks like a signal but fails any of that is an imitation (a clear warning,
// no button); one whose headers this Outlook cannot read is not verified (fail closed, with what to do).
// The cleanup service checks everything again before it acknowledges or deletes.
import type { InboundMessage } from "../../shared/recognition/inbound-message";
import { recognizeMessage } from "../../shared/recognition/recognize-message";
import { matchSignalTemplate } from "../../shared/signal/match-signal-template";
import type { Signal } from "../../shared/signal/types";
import { getReadBody, type MailBody } from "../office/body";
import { isMobileOutlook } from "../office/client-platform";
import { countReadAttachments, getAllInternetHeaders, getReadFromAddress } from "../office/read-item";
import { getReadSubject } from "../office/subject";
import { currentUserAddress } from "../office/item-mailbox";
import { parseInternetHeaders } from "./parse-internet-headers";

export type OpenedItem =
  | { kind: "signal"; signal: Signal }
  | { kind: "not-a-signal" }
  | { kind: "imitation" }
  | { kind: "not-verified"; onPhone: boolean }
  | { kind: "phone-shared-mailbox" }
  | { kind: "unreadable" };

export interface OpenedItemTrust {
  /** The Veilig Thuis HwC addresses a signal may come from (buildConfig.senderAddress). */
  senders: readonly string[];
  /** The schools' HwC addresses (the register): on a phone, the mailbox signed in must be one of them. */
  schoolAddresses: readonly string[];
  /** "YYYY-MM-DD" in Europe/Amsterdam. */
  today: string;
}

export async function readOpenedItem(trust: OpenedItemTrust): Promise<OpenedItem> {
  let message: InboundMessage & { subject: string; body: MailBody };
  try {
    const attachments = countReadAttachments();
    message = {
      subject: getReadSubject(),
      body: await getReadBody("html"),
      from: { emailAddress: { address: getReadFromAddress() } },
      hasAttachments: attachments === undefined ? undefined : attachments > 0,
    };
  } catch {
    return { kind: "unreadable" };
  }
  // Ordinary mail needs no headers to be told apart: it is not the template at all.
  const template = matchSignalTemplate(message.subject, message.body, { today: trust.today });
  if (!template.ok) return { kind: "not-a-signal" };

  const onPhone = isMobileOutlook();
  // Outlook on phones works in the signed-in mailbox only (no shared mailboxes for add-ins there).
  if (onPhone && !includesAddress(trust.schoolAddresses, currentUserAddress())) return { kind: "phone-shared-mailbox" };

  let headers: { name: string; value: string }[];
  try {
    headers = parseInternetHeaders(await getAllInternetHeaders());
  } catch {
    return { kind: "not-verified", onPhone };
  }
  const recognition = recognizeMessage({ ...message, internetMessageHeaders: headers }, { senders: trust.senders, today: trust.today });
  return recognition.kind === "signal" ? { kind: "signal", signal: template.signal } : { kind: "imitation" };
}

function includesAddress(addresses: readonly string[], address: string | undefined): boolean {
  const wanted = (address ?? "").trim().toLowerCase();
  return wanted !== "" && addresses.some((candidate) => candidate.trim().toLowerCase() === wanted);
}
