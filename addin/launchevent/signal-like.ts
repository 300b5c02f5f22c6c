// Which outgoing messages the send guard looks at: those with the pane's marker, or addressed (To, CC or BCC)
// to any school HwC address in the register. Deliberately free of the domain's Unicode regular expressions
// and Intl: this part runs first, so an Outlook runtime lacking a language feature can never make the guard
// block ordinary mail (only signal-like mail, which fails closed).
import type { School } from "../../shared/register/school";
import { SIGNAL_SUBJECT } from "../../shared/signal/template";
import type { SendSnapshot } from "./send-snapshot";

export type SendEnvelope = Pick<SendSnapshot, "to" | "cc" | "bcc" | "hasMarker" | "chosenSchool">;

/**
 * What the guard could read before deciding whether it applies. A part Outlook could not give is undefined:
 * SendMode="Block" must never stop ordinary mail because Outlook failed to answer one call.
 */
export interface EnvelopeReading {
  to?: string[];
  cc?: string[];
  bcc?: string[];
  hasMarker?: boolean;
  /** The school chosen in the pane (the marker's value), when the marker names one. */
  chosenSchool?: string;
  /** Read only when a part above is missing; undefined when not read or unreadable. */
  subject?: string;
}

export function isSignalLike(envelope: SendEnvelope, schools: readonly School[]): boolean {
  if (envelope.hasMarker) return true;
  const schoolAddresses = new Set(schools.map((school) => school.hwcAddress.trim().toLowerCase()));
  return [...envelope.to, ...envelope.cc, ...envelope.bcc].some((address) => schoolAddresses.has(address.trim().toLowerCase()));
}

/**
 * Whether the guard applies to a message it could only partly read. It applies when the pane's marker is
 * there or a known recipient is a school HwC address. When a recipient field or the marker could not be
 * read, it still applies to a message whose subject is the signal's — and to nothing else: a read failure on
 * ordinary mail lets it go.
 */
export function guardApplies(reading: EnvelopeReading, schools: readonly School[]): boolean {
  const known: SendEnvelope = { to: reading.to ?? [], cc: reading.cc ?? [], bcc: reading.bcc ?? [], hasMarker: reading.hasMarker === true };
  if (isSignalLike(known, schools)) return true;
  const incomplete = reading.to === undefined || reading.cc === undefined || reading.bcc === undefined || reading.hasMarker === undefined;
  return incomplete && reading.subject !== undefined && reading.subject.trim().toLowerCase() === SIGNAL_SUBJECT.toLowerCase();
}

/** Whether every part of the envelope was read (so it need not be read again for the full check). */
export function isCompleteReading(reading: EnvelopeReading): reading is EnvelopeReading & SendEnvelope {
  return reading.to !== undefined && reading.cc !== undefined && reading.bcc !== undefined && reading.hasMarker !== undefined;
}
