// Reads the outgoing message through the Office adapters, in parallel: the guard must finish well within
// Outlook's time limit for send events. SendMode="Block" needs Mailbox 1.12, so every call used here
// (attachments and internet headers 1.8, from 1.7) exists wherever the guard runs.
import { getComposeAttachments } from "../office/attachments";
import { getComposeBody, getComposeBodyType } from "../office/body";
import { getFromAddress } from "../office/from";
import { readSignalMarkerHeader } from "../office/internet-headers";
import { getRecipientAddresses } from "../office/recipients";
import { getComposeSubject } from "../office/subject";
import type { SendSnapshot } from "./send-snapshot";
import { isCompleteReading, type EnvelopeReading } from "./signal-like";

/**
 * The pane writes the chosen school's address as the marker's value; "1" (earlier versions of the pane) marks a
 * signal without naming a school.
 */
function markerFields(marker: string | undefined): { hasMarker: boolean; chosenSchool?: string } {
  const chosenSchool = marker?.includes("@") ? marker.toLowerCase() : undefined;
  return chosenSchool ? { hasMarker: true, chosenSchool } : { hasMarker: marker !== undefined };
}

const orUndefined = <T,>(read: Promise<T>): Promise<T | undefined> => read.then((value) => value, () => undefined);

/**
 * Enough to tell whether the guard applies at all; ordinary mail goes on without its body being read. Never
 * rejects: a part Outlook cannot give is left undefined (see guardApplies).
 */
export async function readSendEnvelope(): Promise<EnvelopeReading> {
  const [to, cc, bcc, marker] = await Promise.all([
    orUndefined(getRecipientAddresses("to")),
    orUndefined(getRecipientAddresses("cc")),
    orUndefined(getRecipientAddresses("bcc")),
    // A missing marker reads as null, a marker Outlook could not read as undefined.
    orUndefined(readSignalMarkerHeader().then((value) => value ?? null)),
  ]);
  const reading: EnvelopeReading = { to, cc, bcc, ...(marker === undefined ? {} : markerFields(marker ?? undefined)) };
  if (!isCompleteReading(reading)) reading.subject = await orUndefined(getComposeSubject());
  return reading;
}

/** Everything the decision needs; rejects when Outlook cannot give a part (the guard then blocks). */
export async function readSendSnapshot(reading: EnvelopeReading): Promise<SendSnapshot> {
  const envelope = isCompleteReading(reading)
    ? reading
    : await Promise.all([getRecipientAddresses("to"), getRecipientAddresses("cc"), getRecipientAddresses("bcc"), readSignalMarkerHeader()]).then(
        ([to, cc, bcc, marker]) => ({ to, cc, bcc, ...markerFields(marker) }),
      );
  // A plain-text draft is read as text: that is what it will send. Where Outlook cannot tell, HTML shows most.
  const bodyFormat = await getComposeBodyType().catch(() => "html" as const);
  const [subject, body, from, attachments] = await Promise.all([getComposeSubject(), getComposeBody(bodyFormat), getFromAddress(), getComposeAttachments()]);
  return { to: envelope.to, cc: envelope.cc, bcc: envelope.bcc, hasMarker: envelope.hasMarker, ...(envelope.chosenSchool ? { chosenSchool: envelope.chosenSchool } : {}), subject, htmlBody: body.content, bodyFormat, from, attachments };
}
