// item.notificationMessages: the info bar Outlook shows above an item. Outlook's limits apply — at most five
// messages per item, each message at most 150 characters — so an add-in that exceeds them fails here too.
import { OfficeCallFailure } from "./office-host";

export interface NotificationDetails {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

const MAX_MESSAGES = 5;
const MAX_LENGTH = 150;
const TYPES = new Set(["progressIndicator", "informationalMessage", "errorMessage", "insightMessage"]);

export class NotificationBar {
  readonly messages = new Map<string, NotificationDetails>();

  handle(args: Record<string, unknown>): unknown {
    const key = String(args.key ?? "");
    switch (args.op) {
      case "add":
        if (this.messages.has(key)) throw new OfficeCallFailure(9041, "DuplicateNotificationKey", `A notification with key ${key} exists.`);
        if (this.messages.size >= MAX_MESSAGES) throw new OfficeCallFailure(9041, "NumberOfNotificationMessagesExceeded", "At most 5 notifications per item.");
        this.messages.set(key, this.validated(key, args.details));
        return null;
      case "replace":
        this.messages.set(key, this.validated(key, args.details));
        return null;
      case "remove":
        if (!this.messages.delete(key)) throw new OfficeCallFailure(9041, "KeyNotFound", `No notification with key ${key}.`);
        return null;
      case "getAll":
        return [...this.messages.values()];
      default:
        throw new OfficeCallFailure(5000, "Not supported", "Unknown notification operation.");
    }
  }

  private validated(key: string, details: unknown): NotificationDetails {
    const entry = (details ?? {}) as Record<string, unknown>;
    const type = String(entry.type ?? "");
    const message = String(entry.message ?? "");
    if (!TYPES.has(type)) throw new OfficeCallFailure(9041, "InvalidNotificationType", `Unknown notification type ${type}.`);
    if (message.length === 0 || message.length > MAX_LENGTH) {
      throw new OfficeCallFailure(9041, "MessageTooLong", "A notification message must have 1 to 150 characters.");
    }
    return { key, type, message, icon: typeof entry.icon === "string" ? entry.icon : undefined, persistent: entry.persistent === true };
  }

  render(into: HTMLElement): void {
    into.replaceChildren(
      ...[...this.messages.values()].map((notification) => {
        const line = document.createElement("div");
        line.className = `hwc-notification hwc-notification-${notification.type}`;
        line.setAttribute("role", notification.type === "errorMessage" ? "alert" : "status");
        line.textContent = notification.message;
        return line;
      }),
    );
    into.hidden = this.messages.size === 0;
  }
}
