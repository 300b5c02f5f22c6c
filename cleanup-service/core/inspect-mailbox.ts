// The inspection report (covenant art. 3.1): every folder with its item count and the number of Handle with
// Care items — zero when the mailbox is clean. It names no message: no subjects, senders, names or ids.
import { serviceMessages } from "../../shared/messages";
import { HANDLE_WITH_CARE_SUBJECTS } from "./handle-with-care-subjects";
import type { FolderCount, MailItem, MailboxPort } from "./mailbox-port";
import { isOwnAcknowledgement, isTrustedSignal, markerOf, type Trust } from "./signal-items";
import type { SignalMailbox } from "./acknowledge-and-delete";

export interface InspectionReport {
  type: "hwc-inspection-report";
  version: 1;
  mailbox: string;
  generatedAt: string;
  folders: FolderCount[];
  totalItems: number;
  handleWithCareItems: number;
  clean: boolean;
  /** What Graph cannot see (the Purges folder) and which admin settings make purging final. */
  caveat: string;
  /** YYYY-MM-DD from the admin's configuration: this mailbox is set up so purged items do not linger. Absent: not confirmed. */
  purgeSettingsVerifiedOn?: string;
}

export async function inspectMailbox(port: MailboxPort, mailbox: SignalMailbox, now: Date): Promise<InspectionReport> {
  const trust: Trust = { senders: mailbox.trustedSenders.map((s) => s.address), today: now.toISOString().slice(0, 10) };
  const folders = await port.listFolders();
  const candidates = (await port.findItems({ kind: "subjects", subjects: [...HANDLE_WITH_CARE_SUBJECTS] })).items;
  const handleWithCareItems = countHandleWithCareItems(candidates, trust, port.address);
  return {
    type: "hwc-inspection-report",
    version: 1,
    mailbox: port.address,
    generatedAt: now.toISOString(),
    folders,
    totalItems: folders.reduce((sum, folder) => sum + folder.itemCount, 0),
    handleWithCareItems,
    clean: handleWithCareItems === 0,
    caveat: serviceMessages.nl.reportCaveat,
  };
}

/**
 * A candidate counts when it is a signal from a trusted sender, something this service made (marker or the
 * acknowledgement template), or shares a conversation with one of those (a reply or forward by hand).
 */
export function countHandleWithCareItems(candidates: MailItem[], trust: Trust, mailboxAddress: string): number {
  const anchors = candidates.filter((item) => isTrustedSignal(item, trust) || markerOf(item) !== undefined || isOwnAcknowledgement(item, mailboxAddress));
  const conversations = new Set(anchors.map((item) => item.message.conversationId).filter(Boolean));
  return candidates.filter((item) => anchors.includes(item) || conversations.has(item.message.conversationId)).length;
}
