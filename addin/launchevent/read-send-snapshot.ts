// Reads the outgoing message through the Office adapters, in parallel: the guard must finish well within
// Outlook's time limit for send events. SendMode="Block" needs Mailbox 1.12, so every call used here
// (attachments and internet headers 1.8, from 1.7) exists wherever the guard runs.
import { getComposeAttachments } from "../office/attachments";
import { getComposeBody } from "../office/body";
import { getFromAddress } from "../office/from";
import { readSignalMarkerHeader } from "../office/internet-headers";
import { getRecipientAddresses } from "../office/recipients";
import { getComposeSubject } from "../office/subject";
import type { SendSnapshot } from "./send-snapshot";
import type { SendEnvelope } from "./signal-like";

/** Enough to tell whether the guard applies at all; ordinary mail goes on without its body being read. */
export async function readSendEnvelope(): Promise<SendEnvelope> {
  const [to, cc, bcc, marker] = await Promise.all([
    getRecipientAddresses("to"),
    getRecipientAddresses("cc"),
    getRecipientAddresses("bcc"),
    readSignalMarkerHeader(),
  ]);
  // The pane writes the chosen school's address; "1" (earlier versions) marks a signal without naming one.
  const chosenSchool = marker?.includes("@") ? marker.toLowerCase() : undefined;
  return chosenSchool ? { to, cc, bcc, hasMarker: true, chosenSchool } : { to, cc, bcc, hasMarker: marker !== undefined };
}

export async function readSendSnapshot(envelope: SendEnvelope): Promise<SendSnapshot> {
  const [subject, body, from, attachments] = await Promise.all([
    getComposeSubject(),
    getComposeBody("html"),
    getFromAddress(),
    getComposeAttachments(),
  ]);
  return { ...envelope, subject, htmlBody: body.content, from, attachments };
}
