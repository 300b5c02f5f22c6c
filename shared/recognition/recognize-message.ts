// The school side's one question before it acknowledges or deletes anything: is this message a Handle with
// Care signal, an acknowledgement (or expiry notice) of one, or something else? Only an exact template
// from a trusted Veilig Thuis sender is a signal; everything else stays untouched as "unrelated".

import { isNoticeBody } from "../acknowledgement/match-notice";
import { amsterdamToday } from "../dates/amsterdam-time";
import { htmlBodyLines, textBodyLines } from "../signal/body-lines";
import { matchSignalTemplate } from "../signal/match-signal-template";
import { ACKNOWLEDGEMENT_SUBJECT } from "../signal/template";
import { checkSenderAuthentication } from "./authentication-results";
import type { InboundMessage, Recognition, RecognitionTrust } from "./inbound-message";
import { removeTenantAdditions } from "./tenant-tolerance";

function normalizeAddress(address: unknown): string {
  return typeof address === "string" ? address.trim().toLowerCase() : "";
}

function bodyLines(message: InboundMessage): string[] | undefined {
  const body = message.body;
  if (!body || typeof body.content !== "string") return undefined;
  const contentType = String(body.contentType).toLowerCase();
  if (contentType === "text") return textBodyLines(body.content);
  if (contentType !== "html") return undefined;
  const read = htmlBodyLines(body.content);
  return read.ok ? read.lines : undefined;
}

function isNotice(message: InboundMessage): boolean {
  const subject = typeof message.subject === "string" ? message.subject.trim().toLowerCase() : "";
  if (subject !== ACKNOWLEDGEMENT_SUBJECT.toLowerCase() || message.hasAttachments === true) return false;
  const lines = bodyLines(message);
  return lines !== undefined && isNoticeBody(lines);
}

export function recognizeMessage(message: InboundMessage, trust: RecognitionTrust): Recognition {
  if (!message || typeof message !== "object") return { kind: "unrelated", reason: "not-a-message" };
  // Acknowledgements are recognised by content alone: their copy in the school's Sent Items is from the
  // school itself, and they hold nothing personal.
  if (isNotice(message)) return { kind: "acknowledgement" };
  const sender = normalizeAddress(message.from?.emailAddress?.address);
  const trusted = (trust.senders ?? []).map(normalizeAddress).filter((address) => address.length > 0);
  if (sender.length === 0 || !trusted.includes(sender)) return { kind: "unrelated", reason: "sender-not-trusted" };
  const authentication = checkSenderAuthentication(message.internetMessageHeaders, sender);
  if (!authentication.ok) return { kind: "unrelated", reason: authentication.reason };
  if (message.hasAttachments !== false) return { kind: "unrelated", reason: message.hasAttachments ? "has-attachments" : "attachments-unknown" };
  // What the school's own mail flow added, exactly as its admin configured it, and nothing else.
  const received = removeTenantAdditions(message, trust.tolerance);
  const body = received.body;
  if (!body) return { kind: "unrelated", reason: "body-missing" };
  const match = matchSignalTemplate(typeof received.subject === "string" ? received.subject : "", body, {
    today: trust.today ?? amsterdamToday(),
  });
  if (!match.ok) return { kind: "unrelated", reason: match.reason };
  return { kind: "signal", childName: match.signal.childName, birthDate: match.signal.birthDate };
}
