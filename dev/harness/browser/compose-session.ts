// One message being composed: the state behind `Office.context.mailbox.item` in compose mode, shared by the
// compose form (what the person types) and the add-in frames (what the add-in sets), as in Outlook. Like each
// Outlook client, it hands the body back in that client's own HTML (`clientBody`), and a plain-text draft
// stays plain text.
import type { AttachmentDetails, EmailAddressDetails, HelloReply } from "../protocol";
import { htmlToText, textToHtml } from "./body-text";
import { OfficeCallFailure, type ItemHost } from "./office-host";
import { NotificationBar } from "./notification-bar";

export type RecipientField = "to" | "cc" | "bcc";
export type ComposeChange = "from" | RecipientField | "subject" | "body" | "attachments" | "notifications";

export interface ComposeAttachment extends AttachmentDetails {
  contentBytes: string;
}

const MAX_SUBJECT = 255;

function toDetails(value: unknown): EmailAddressDetails {
  if (typeof value === "string") return { emailAddress: value.trim(), displayName: value.trim() };
  const entry = (value ?? {}) as { emailAddress?: unknown; displayName?: unknown; address?: unknown; name?: unknown };
  const emailAddress = String(entry.emailAddress ?? entry.address ?? "").trim();
  return { emailAddress, displayName: String(entry.displayName ?? entry.name ?? emailAddress) };
}

function asRecipients(value: unknown): EmailAddressDetails[] {
  if (!Array.isArray(value)) throw new OfficeCallFailure(1000, "InvalidParameterValue", "Recipients must be an array.");
  const list = value.map(toDetails);
  if (list.some((entry) => !/^[^\s@]+@[^\s@]+$/.test(entry.emailAddress))) {
    throw new OfficeCallFailure(9000, "InvalidFormatError", "A recipient's e-mail address is not valid.");
  }
  return list;
}

/** What a client's body.getAsync(Html) returns for the lines a body shows (the harness server renders it). */
export type ClientBody = (lines: string[]) => Promise<string>;

export interface ComposeSessionOptions {
  /** The client's HTML around the body; absent: the body is returned exactly as set. */
  clientBody?: ClientBody;
  /** A new draft's format; a plain-text draft refuses HTML, as Outlook's body.setAsync does (use getTypeAsync). */
  format?: "html" | "text";
}

export class ComposeSession implements ItemHost {
  from: EmailAddressDetails;
  readonly format: "html" | "text";
  /** Test control: body.getAsync(Html) returns this instead, as if the client had written it (window.hwcHarness). */
  outlookBodyOverride: string | undefined;
  readonly recipients: Record<RecipientField, EmailAddressDetails[]> = { to: [], cc: [], bcc: [] };
  subject = "";
  bodyHtml: string;
  attachments: ComposeAttachment[] = [];
  readonly headers = new Map<string, { name: string; value: string }>();
  clientSignatureDisabled = false;
  readonly notifications = new NotificationBar();
  private nextAttachment = 1;
  private readonly listeners: Array<(change: ComposeChange) => void> = [];

  constructor(
    from: EmailAddressDetails,
    private readonly signatureFor: (from: EmailAddressDetails) => string,
    private readonly options: ComposeSessionOptions = {},
  ) {
    this.from = from;
    this.format = options.format ?? "html";
    this.bodyHtml = `<div><br></div>${signatureFor(from)}`;
  }

  /** The body as this client would send it (its own HTML around an HTML draft; the text of a text draft). */
  async outgoingBody(): Promise<{ contentType: "html" | "text"; content: string }> {
    if (this.format === "text") return { contentType: "text", content: htmlToText(this.bodyHtml) };
    return { contentType: "html", content: await this.clientHtml() };
  }

  private async clientHtml(): Promise<string> {
    if (this.outlookBodyOverride !== undefined) return this.outlookBodyOverride;
    if (!this.options.clientBody) return this.bodyHtml;
    const lines = htmlToText(this.bodyHtml).split("\n").filter((line) => line.trim() !== "");
    return this.options.clientBody(lines);
  }

  onChange(listener: (change: ComposeChange) => void): void {
    this.listeners.push(listener);
  }

  private changed(change: ComposeChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Choosing another From account inserts that account's signature, unless an add-in disabled it (Mailbox 1.10). */
  chooseFrom(from: EmailAddressDetails): void {
    if (from.emailAddress === this.from.emailAddress) return;
    this.from = from;
    if (!this.clientSignatureDisabled) {
      this.bodyHtml += this.signatureFor(from);
      this.changed("body");
    }
    this.changed("from");
  }

  /** Edits made by the person in the form; the form already shows them. */
  typed(change: "subject" | "body" | RecipientField, value: string | EmailAddressDetails[]): void {
    if (change === "subject") this.subject = String(value);
    else if (change === "body") this.bodyHtml = String(value);
    else this.recipients[change] = value as EmailAddressDetails[];
  }

  attachFile(name: string, contentType: string, contentBytes: string, isInline = false): string {
    const id = `hwc-attachment-${this.nextAttachment++}`;
    const size = Math.floor((contentBytes.length * 3) / 4);
    this.attachments.push({ id, name, contentType, contentBytes, size, isInline, attachmentType: "file" });
    this.changed("attachments");
    return id;
  }

  snapshot(): HelloReply["item"] {
    return { mode: "compose", composeType: "newMail" };
  }

  async handle(method: string, args: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "item.get":
        return this.get(String(args.field), args);
      case "item.set":
        return this.set(String(args.field), args.value, (args.options ?? {}) as Record<string, unknown>);
      case "item.add": {
        const field = String(args.field) as RecipientField;
        this.recipients[field] = [...this.recipients[field], ...asRecipients(args.value)];
        this.changed(field);
        return null;
      }
      case "item.body.prepend":
      case "item.body.setSelectedData": {
        const options = (args.options ?? {}) as Record<string, unknown>;
        const html = options.coercionType === "html" ? String(args.value) : textToHtml(String(args.value));
        // Without a cursor in the harness, "selected data" goes where the cursor starts: the top of the body.
        this.bodyHtml = html + this.bodyHtml;
        this.changed("body");
        return null;
      }
      case "item.attachments.add": {
        const options = (args.options ?? {}) as Record<string, unknown>;
        return this.attachFile(String(args.name), "application/octet-stream", String(args.base64), options.isInline === true);
      }
      case "item.attachments.remove": {
        const before = this.attachments.length;
        this.attachments = this.attachments.filter((attachment) => attachment.id !== args.id);
        if (this.attachments.length === before) throw new OfficeCallFailure(9018, "InvalidAttachmentId", "The attachment does not exist.");
        this.changed("attachments");
        return null;
      }
      case "item.headers.get": {
        const names = Array.isArray(args.names) ? args.names.map(String) : [];
        const found: Record<string, string> = {};
        for (const name of names) {
          const header = this.headers.get(name.toLowerCase());
          if (header) found[header.name] = header.value;
        }
        return found;
      }
      case "item.headers.set": {
        for (const [name, value] of Object.entries((args.headers ?? {}) as Record<string, unknown>)) {
          this.headers.set(name.toLowerCase(), { name, value: String(value) });
        }
        return null;
      }
      case "item.headers.remove": {
        for (const name of Array.isArray(args.names) ? args.names.map(String) : []) this.headers.delete(name.toLowerCase());
        return null;
      }
      case "item.disableClientSignature":
        this.clientSignatureDisabled = true;
        return null;
      case "notifications": {
        const result = this.notifications.handle(args);
        this.changed("notifications");
        return result;
      }
      default:
        throw new OfficeCallFailure(5000, "Not supported", `${method} is not available in compose mode.`);
    }
  }

  private get(field: string, args: Record<string, unknown>): unknown {
    switch (field) {
      case "to":
      case "cc":
      case "bcc":
        return this.recipients[field].map((entry) => ({ ...entry, recipientType: "externalUser" }));
      case "subject":
        return this.subject;
      case "body":
        if (args.coercionType !== "html") return htmlToText(this.bodyHtml);
        // A plain-text draft asked for HTML: Outlook converts the text (escaped, line breaks as <br>).
        return this.format === "text" ? textToHtml(htmlToText(this.bodyHtml)) : this.clientHtml();
      case "bodyType":
        return this.format;
      case "from":
        return this.from;
      case "attachments":
        return this.attachments.map(({ contentBytes: _contentBytes, ...details }) => details);
      case "composeType":
        return { composeType: "newMail", coercionType: "html" };
      default:
        throw new OfficeCallFailure(5000, "Not supported", `${field} cannot be read in compose mode.`);
    }
  }

  private set(field: string, value: unknown, options: Record<string, unknown>): null {
    switch (field) {
      case "to":
      case "cc":
      case "bcc":
        this.recipients[field] = asRecipients(value);
        this.changed(field);
        return null;
      case "subject": {
        const subject = String(value);
        if (subject.length > MAX_SUBJECT) throw new OfficeCallFailure(9000, "DataExceedsMaximumSize", "The subject is longer than 255 characters.");
        this.subject = subject;
        this.changed("subject");
        return null;
      }
      case "body":
        // The strictest reading: HTML into a plain-text draft is refused (Microsoft: call getTypeAsync first).
        if (this.format === "text" && options.coercionType === "html") {
          throw new OfficeCallFailure(9000, "InvalidFormatError", "This draft is plain text: set the body with coercionType Text.");
        }
        // Office.js treats data as text unless coercionType says Html.
        this.bodyHtml = options.coercionType === "html" ? String(value) : textToHtml(String(value));
        this.changed("body");
        return null;
      default:
        throw new OfficeCallFailure(5000, "Not supported", `${field} cannot be set in compose mode.`);
    }
  }
}
