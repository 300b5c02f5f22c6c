// How the service knows its own messages: a single-value extended property set on what it makes, holding a keyed
// hash (HMAC-SHA256 under the service's own key) of the mailbox and the conversation. Nobody without the key can
// make one that verifies, so an outsider's look-alike (an `x-handle-with-care: ack` header, the acknowledgement's
// text, a copied property) is never taken for ours. Internet headers cannot carry it: Graph shows none on the Sent
// Items copy or on drafts (see dev/graph-emulator/FIDELITY.md). The value names its kind, so a later kind (a mark
// on the original signal, set before the acknowledgement is sent) can be added without changing these.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { MailItem } from "./mailbox-port";

/** The MAPI named property (String, our own property set GUID), as Graph names it in `singleValueExtendedProperties`. */
export const MARKER_PROPERTY_ID = "String {6f1c8f2a-3b7e-4d5a-9c1e-8b2d4a6f0e31} Name hwc-marker";

export type MarkerKind = "acknowledgement" | "expiry-notice";
const KINDS: readonly MarkerKind[] = ["acknowledgement", "expiry-notice"];

export interface ServiceMarker {
  /** The property value for a message of this kind in this conversation of this mailbox. */
  valueFor(kind: MarkerKind, conversationId: string): string;
  /** The kind of a message that carries a marker that verifies for its own conversation; else undefined. */
  kindOf(item: MailItem): MarkerKind | undefined;
}

export function createServiceMarker(key: string, mailboxId: string): ServiceMarker {
  const digest = (kind: MarkerKind, conversationId: string) =>
    createHmac("sha256", key).update(["hwc-marker-v1", kind, mailboxId.toLowerCase(), conversationId].join("\u0000")).digest("base64url");
  return {
    valueFor: (kind, conversationId) => `${kind}.${digest(kind, conversationId)}`,
    kindOf(item) {
      const [kind, mac, ...rest] = (item.marker ?? "").split(".");
      const conversationId = item.message.conversationId;
      if (rest.length > 0 || !mac || !conversationId || !KINDS.includes(kind as MarkerKind)) return undefined;
      const expected = Buffer.from(digest(kind as MarkerKind, conversationId));
      const given = Buffer.from(mac);
      return expected.length === given.length && timingSafeEqual(expected, given) ? (kind as MarkerKind) : undefined;
    },
  };
}
