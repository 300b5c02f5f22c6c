// The inspection report (covenant art. 3.1): every folder with its item count and the number of Handle with
// Care items — zero when the mailbox is clean. It names no message: no subjects, senders, names or ids; and no
// custom folder by name (a folder may be named after a child) unless the admin chose to show them.
//
// A Handle with Care item is anything from a trusted Veilig Thuis sender — recognised as a signal or not (tagged
// by a mail-flow rule, a child who has since turned 18) —, anything the service made (its marker verifies), and
// everything in the conversation of one of those. "Clean" only when there are none and nothing was out of reach.
import { serviceMessages } from "../../shared/messages";
import { HANDLE_WITH_CARE_SUBJECTS } from "./handle-with-care-subjects";
import type { MailItem, MailboxFolder, MailboxPort, Unreachable } from "./mailbox-port";
import { trustOf, type SignalMailbox } from "./acknowledge-and-delete";
import type { ServiceMarker } from "./service-marker";
import { isFromTrustedSender, isOwnMessage, isTrustedSignal, type Trust } from "./signal-items";

export interface FolderCount {
  /** Well-known name when it has one; a custom folder's path only when the admin opted in, else "eigen map N". */
  name: string;
  itemCount: number;
}

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
  /** What Exchange refused to show (e.g. recoverable items): while anything is listed, the report is not clean. */
  unreachable: Unreachable[];
  /** Whether custom folders are named (the admin's choice, HWC_REPORT_SHOW_FOLDER_NAMES) or numbered. */
  customFolderNames: "shown" | "numbered";
}

export interface InspectOptions {
  now: Date;
  marker: ServiceMarker;
  showCustomFolderNames: boolean;
}

export async function inspectMailbox(port: MailboxPort, mailbox: SignalMailbox, options: InspectOptions): Promise<InspectionReport> {
  const trust = trustOf(mailbox, options.now.toISOString().slice(0, 10));
  const { folders, unreachable: unlisted } = await port.listFolders();
  const first = await port.findItems({ kind: "candidates", subjects: [...HANDLE_WITH_CARE_SUBJECTS], senders: [...trust.senders] });
  const unreachable = new Set([...unlisted, ...first.unreachable]);
  const anchors = anchorsAmong(first.items, trust, options.marker);
  let members: MailItem[] = [];
  if (anchors.length > 0) {
    const conversationIds = [...new Set(anchors.map((item) => item.message.conversationId).filter((id): id is string => Boolean(id)))];
    const internetMessageIds = [...new Set(anchors.map((item) => item.message.internetMessageId).filter((id): id is string => Boolean(id)))];
    const found = await port.findItems({ kind: "signal", conversationIds, internetMessageIds });
    found.unreachable.forEach((u) => unreachable.add(u));
    members = found.items;
  }
  const handleWithCareItems = new Set([...anchors, ...members].map((item) => item.id)).size;
  return {
    type: "hwc-inspection-report",
    version: 1,
    mailbox: port.address,
    generatedAt: options.now.toISOString(),
    folders: folderCounts(folders, options.showCustomFolderNames),
    totalItems: folders.reduce((sum, folder) => sum + folder.itemCount, 0),
    handleWithCareItems,
    clean: handleWithCareItems === 0 && unreachable.size === 0,
    caveat: serviceMessages.nl.reportCaveat,
    unreachable: [...unreachable],
    customFolderNames: options.showCustomFolderNames ? "shown" : "numbered",
  };
}

/** From a trusted sender, a recognised signal, or made by the service. */
export function anchorsAmong(candidates: MailItem[], trust: Trust, marker: ServiceMarker): MailItem[] {
  return candidates.filter((item) => isFromTrustedSender(item, trust) || isTrustedSignal(item, trust) || isOwnMessage(item, marker));
}

/** Well-known folders by their Graph name; custom folders by path only when asked, else numbered in a fixed order. */
export function folderCounts(folders: MailboxFolder[], showCustomNames: boolean): FolderCount[] {
  const wellKnown = folders.filter((folder) => folder.wellKnownName).map((folder) => ({ name: folder.wellKnownName ?? "", itemCount: folder.itemCount }));
  const custom = folders.filter((folder) => !folder.wellKnownName);
  const named = showCustomNames
    ? custom.map((folder) => ({ name: folder.path, itemCount: folder.itemCount })).sort((a, b) => a.name.localeCompare(b.name))
    : [...custom].sort((a, b) => a.id.localeCompare(b.id)).map((folder, index) => ({ name: `eigen map ${index + 1}`, itemCount: folder.itemCount }));
  return [...wellKnown.sort((a, b) => a.name.localeCompare(b.name)), ...named];
}
