// Seed messages for cleanup tests (plain objects in the stand-in's seed shape): a signal with canary personal
// data, and what a functionary might do with it by hand. The canary strings must never appear in a log line,
// a response (other than none at all) or an error.
import { parseSignalInput, renderAcknowledgement, renderSignal } from "../../shared";
import { LOCAL_MARKER_KEY } from "../config/load-config";
import { MARKER_PROPERTY_ID, createServiceMarker, type MarkerKind } from "../core/service-marker";

export const CANARY = { childName: "Kanarie Zwaluwstaart", birthDate: "2016-03-14", birthDateDutch: "14-03-2016" } as const;

export const VEILIG_THUIS_HWC = "handlewithcare@veiligthuisgv.example";

/** What Exchange Online stamps on a signal that passed: the receiving organisation's verdict, top-most. */
export const PASSING_AUTHENTICATION = [
  {
    name: "Authentication-Results",
    value:
      "spf=pass (sender IP is 40.107.22.54) smtp.mailfrom=veiligthuisgv.example; dkim=pass (signature was verified) header.d=veiligthuisgv.example;dmarc=pass action=none header.from=veiligthuisgv.example;compauth=pass reason=100",
  },
] as const;
export const REGENBOOG = "hwc.deregenboog@gooisescholen.example";
export const KOMPAS = "hwc.hetkompas@gooisescholen.example";

export interface ScenarioMessage {
  mailbox: string;
  folder: string;
  subject: string;
  body: { contentType: "html" | "text"; content: string };
  from: string | { name?: string; address: string };
  toRecipients?: string[];
  replyTo?: string[];
  isDraft?: boolean;
  conversationId?: string;
  internetMessageId?: string;
  receivedDateTime?: string;
  internetMessageHeaders?: { name: string; value: string }[];
  singleValueExtendedProperties?: { id: string; value: string }[];
  authentication?: "pass" | "fail" | "gateway" | "arc" | "none" | "temperror" | "missing" | "forged-below";
}

/** The object id of De Regenboog's HwC mailbox, as the demo seed and config/mailboxes.local.json give it. */
export const REGENBOOG_ID = "8b2e4d6f-0000-4000-8000-0000000000b1";

/** The marker the service (local profile key) sets on what it makes, as a seed property: for seeding remnants of earlier runs. */
export function serviceMarkerProperty(kind: MarkerKind, conversationId: string, mailboxId: string = REGENBOOG_ID) {
  return [{ id: MARKER_PROPERTY_ID, value: createServiceMarker(LOCAL_MARKER_KEY, mailboxId).valueFor(kind, conversationId) }];
}

/** Our acknowledgement's copy in Sent Items, marked as the service marks it. */
export function acknowledgementCopy(conversationId: string, mailbox: string = REGENBOOG): ScenarioMessage {
  const ack = renderAcknowledgement({ receivedAt: "2026-11-27T06:40:00Z" });
  return {
    mailbox,
    folder: "sentitems",
    subject: ack.subject,
    body: { contentType: "html", content: ack.html },
    from: mailbox,
    toRecipients: [VEILIG_THUIS_HWC],
    conversationId,
    singleValueExtendedProperties: serviceMarkerProperty("acknowledgement", conversationId),
  };
}

export function signalBody(childName: string = CANARY.childName, birthDate: string = CANARY.birthDate) {
  const parsed = parseSignalInput({ childName, birthDate }, { today: "2026-11-28" });
  if (!parsed.ok) throw new Error("the scenario's signal input is invalid");
  const rendered = renderSignal(parsed.value);
  return { subject: rendered.subject, html: rendered.html };
}

export function signal(options: Partial<ScenarioMessage> & { conversationId: string; internetMessageId: string }): ScenarioMessage {
  const body = signalBody();
  return {
    mailbox: REGENBOOG,
    folder: "inbox",
    subject: body.subject,
    body: { contentType: "html", content: body.html },
    from: { name: "Veilig Thuis Handle with Care", address: VEILIG_THUIS_HWC },
    toRecipients: [REGENBOOG],
    receivedDateTime: "2026-11-28T06:40:00Z",
    ...options,
  };
}

/** What the functionary made by hand from the signal: each carries the child's name, as Outlook quotes it. */
export function handMade(kind: "reply" | "forward" | "draft" | "copy-in-deleted-items", base: { conversationId: string; internetMessageId: string }): ScenarioMessage {
  const quoted = `<p>Ontvangen.</p><hr>${signalBody().html}`;
  switch (kind) {
    case "reply":
      return { mailbox: REGENBOOG, folder: "sentitems", subject: "RE: Handle with Care", body: { contentType: "html", content: quoted }, from: REGENBOOG, toRecipients: [VEILIG_THUIS_HWC], conversationId: base.conversationId };
    case "forward":
      return { mailbox: REGENBOOG, folder: "sentitems", subject: "FW: Handle with Care", body: { contentType: "html", content: quoted }, from: REGENBOOG, toRecipients: ["p.visser@gooisescholen.example"], conversationId: base.conversationId };
    case "draft":
      return { mailbox: REGENBOOG, folder: "drafts", subject: "RE: Handle with Care", body: { contentType: "html", content: quoted }, from: REGENBOOG, isDraft: true, conversationId: base.conversationId };
    case "copy-in-deleted-items":
      return { ...signal(base), folder: "deleteditems" };
  }
}
