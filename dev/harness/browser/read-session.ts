// A message opened in the reading view: the state behind `Office.context.mailbox.item` in read mode.
import type { HarnessMailbox, MailAddress, MessageDetail } from "../api-types";
import type { EmailAddressDetails, HelloReply, ReadItemSnapshot } from "../protocol";
import { htmlToText, textToHtml } from "./body-text";
import { NotificationBar } from "./notification-bar";
import { OfficeCallFailure, type ItemHost } from "./office-host";

/** Outlook hands read-mode add-ins an EWS id; convertToRestId turns it back. Same mapping as Office's. */
export function restIdToEwsId(restId: string): string {
  return restId.replace(/-/g, "/").replace(/_/g, "+");
}

const details = (address: MailAddress): EmailAddressDetails => ({ emailAddress: address.address, displayName: address.name || address.address });

// Delegate permissions as Office.MailboxEnums.DelegatePermissions flags: read, write, delete all, edit all.
const FULL_ACCESS = 1 | 2 | 8 | 32;

export class ReadSession implements ItemHost {
  readonly notifications = new NotificationBar();

  constructor(
    readonly message: MessageDetail,
    readonly mailbox: HarnessMailbox,
    private readonly restUrl: string,
    private readonly onNotificationsChanged: () => void,
    /** Outlook on phones gives the REST id as itemId (and has no convertToRestId). */
    private readonly mobile = false,
  ) {}

  snapshot(): HelloReply["item"] {
    const message = this.message;
    const snapshot: ReadItemSnapshot = {
      mode: "read",
      itemId: this.mobile ? message.id : restIdToEwsId(message.id),
      subject: message.subject,
      normalizedSubject: message.subject.replace(/^((re|fw|fwd|antw|doorst)\s*:\s*)+/i, ""),
      from: message.from ? details(message.from) : null,
      sender: message.from ? details(message.from) : null,
      to: message.to.map(details),
      cc: message.cc.map(details),
      internetMessageId: message.internetMessageId,
      conversationId: message.conversationId,
      dateTimeCreated: message.receivedDateTime,
      attachments: message.attachments.map((attachment) => ({ ...attachment, attachmentType: "file" as const })),
      shared: this.mailbox.own
        ? null
        : { targetMailbox: this.mailbox.address, owner: this.mailbox.address, targetRestUrl: this.restUrl, delegatePermissions: FULL_ACCESS },
    };
    return snapshot;
  }

  async handle(method: string, args: Record<string, unknown>): Promise<unknown> {
    if (method === "notifications") {
      const result = this.notifications.handle(args);
      this.onNotificationsChanged();
      return result;
    }
    if (method !== "item.get") throw new OfficeCallFailure(5000, "Not supported", `${method} is not available in read mode.`);
    switch (args.field) {
      case "body": {
        const body = this.message.body;
        if (args.coercionType === "html") return body.contentType === "html" ? body.content : textToHtml(body.content);
        return body.contentType === "html" ? htmlToText(body.content) : body.content;
      }
      case "sharedProperties": {
        const shared = (this.snapshot() as ReadItemSnapshot).shared;
        if (!shared) throw new OfficeCallFailure(9041, "NotSupported", "This item is not in a shared mailbox.");
        return shared;
      }
      case "allInternetHeaders":
        return this.message.internetMessageHeaders.map((header) => `${header.name}: ${header.value}`).join("\r\n");
      case "attachments":
        return this.message.attachments.map((attachment) => ({ ...attachment, attachmentType: "file" }));
      default:
        throw new OfficeCallFailure(5000, "Not supported", `${String(args.field)} cannot be read in read mode.`);
    }
  }
}
