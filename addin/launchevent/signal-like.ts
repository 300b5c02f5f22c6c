// Which outgoing messages the send guard looks at: those with the pane's marker, or addressed (To, CC or BCC)
// to any school HwC address in the register. Deliberately free of the domain's Unicode regular expressions
// and Intl: this part runs first, so an Outlook runtime lacking a language feature can never make the guard
// block ordinary mail (only signal-like mail, which fails closed).
import type { School } from "../../shared/register/school";
import type { SendSnapshot } from "./send-snapshot";

export type SendEnvelope = Pick<SendSnapshot, "to" | "cc" | "bcc" | "hasMarker" | "chosenSchool">;

export function isSignalLike(envelope: SendEnvelope, schools: readonly School[]): boolean {
  if (envelope.hasMarker) return true;
  const schoolAddresses = new Set(schools.map((school) => school.hwcAddress.trim().toLowerCase()));
  return [...envelope.to, ...envelope.cc, ...envelope.bcc].some((address) => schoolAddresses.has(address.trim().toLowerCase()));
}
