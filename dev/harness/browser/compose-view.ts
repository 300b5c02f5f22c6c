// The compose form: From, To, CC, BCC, subject, body and attachments, the ribbon with Verzenden and the
// add-in's compose button, and the add-in's task pane beside the form — all on one ComposeSession.
import type { HarnessMailbox } from "../api-types";
import type { EmailAddressDetails } from "../protocol";
import { openPaneFrame } from "./addin-frames";
import { showHtmlIn } from "./body-text";
import { ComposeSession, type RecipientField } from "./compose-session";
import { addinUrl, type HarnessContext } from "./harness-context";
import { harnessApi } from "./harness-api";
import { sendComposed, type SendTimeouts } from "./send-flow";
import { el, t } from "./ui-text";

let nextCompose = 1;

function signatureFor(mailbox: EmailAddressDetails): string {
  return `<div id="Signature"><p>Met vriendelijke groet,<br>${mailbox.displayName.replace(/[&<>"]/g, "")}</p></div>`;
}

function parseRecipients(value: string): EmailAddressDetails[] {
  return value
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((emailAddress) => ({ emailAddress, displayName: emailAddress }));
}

export class ComposeView {
  readonly element: HTMLElement;
  readonly session: ComposeSession;
  private readonly id = nextCompose++;
  private readonly fields: Record<RecipientField | "subject", HTMLInputElement>;
  private readonly fromSelect: HTMLSelectElement;
  private readonly body: HTMLElement;
  private readonly attachmentList = el("ul", { class: "hwc-attachments" });
  private readonly notificationBar = el("div", { class: "hwc-notifications", hidden: true });
  private readonly pane = el("aside", { class: "hwc-pane", hidden: true });

  constructor(
    private readonly context: HarnessContext,
    from: HarnessMailbox,
    private readonly timeouts: SendTimeouts,
    private readonly onDone: (view: ComposeView) => void,
  ) {
    const fixture = context.client.profile.composeBody;
    this.session = new ComposeSession({ emailAddress: from.address, displayName: from.displayName }, signatureFor, {
      format: context.client.draftFormat,
      clientBody: fixture ? (lines) => harnessApi.clientBody(fixture, lines) : undefined,
    });
    const fieldId = (name: string) => `hwc-compose-${this.id}-${name}`;
    const input = (name: RecipientField | "subject") =>
      el("input", { id: fieldId(name), type: "text", class: "hwc-input", "data-field": name, autocomplete: "off", "aria-describedby": name === "subject" ? undefined : fieldId("hint") });
    this.fields = { to: input("to"), cc: input("cc"), bcc: input("bcc"), subject: input("subject") };
    this.fromSelect = el("select", { id: fieldId("from"), class: "hwc-input", "data-field": "from" });
    for (const mailbox of context.user.mailboxes.filter((candidate) => candidate.own || candidate.sendAs)) {
      const option = el("option", { value: mailbox.address }, `${mailbox.displayName} <${mailbox.address}>`);
      option.selected = mailbox.address === from.address;
      this.fromSelect.append(option);
    }
    this.body = el("div", { id: fieldId("body"), class: "hwc-body", contenteditable: "true", role: "textbox", "aria-multiline": "true", "aria-label": t("body"), "data-field": "body" });

    const row = (name: string, label: string, control: HTMLElement) => el("div", { class: "hwc-field" }, el("label", { for: fieldId(name) }, label), control);
    const form = el(
      "div",
      { class: "hwc-compose-form" },
      row("from", t("from"), this.fromSelect),
      row("to", t("to"), this.fields.to),
      row("cc", t("cc"), this.fields.cc),
      row("bcc", t("bcc"), this.fields.bcc),
      el("p", { id: fieldId("hint"), class: "hwc-muted hwc-hint" }, t("recipientsHint")),
      row("subject", t("subject"), this.fields.subject),
      this.attachmentList,
      this.body,
    );
    this.element = el(
      "section",
      { class: "hwc-compose", "aria-label": t("compose"), "data-compose": String(this.id) },
      el("div", { class: "hwc-ribbon", role: "toolbar", "aria-label": t("ribbon") }, ...this.ribbon()),
      this.notificationBar,
      el("div", { class: "hwc-compose-columns" }, form, this.pane),
    );
    this.wire();
    this.render("body");
  }

  private ribbon(): HTMLElement[] {
    const send = el("button", { type: "button", class: "hwc-primary hwc-ribbon-button", "data-command": "send" }, t("send"));
    send.addEventListener("click", () => void this.send(send));
    const discard = el("button", { type: "button", class: "hwc-ribbon-button", "data-command": "discard" }, t("discard"));
    discard.addEventListener("click", () => this.close());
    const fileInput = el("input", { type: "file", id: `hwc-compose-${this.id}-attach`, class: "hwc-file-input", "data-command": "attach" });
    fileInput.addEventListener("change", () => void this.attachChosenFiles(fileInput));
    const attach = el("label", { for: fileInput.id, class: "hwc-ribbon-button" }, t("attach"));
    const buttons: HTMLElement[] = [send, discard, attach, fileInput];
    const command = this.context.session.surfaces.compose;
    // Outlook on phones shows no compose add-in commands.
    if (command && !this.context.client.profile.mobile) {
      const open = el("button", { type: "button", class: "hwc-ribbon-button hwc-addin-command", "data-command": "compose-addin" }, command.label[this.context.locale]);
      open.addEventListener("click", () => this.openPane());
      buttons.push(open);
    }
    return buttons;
  }

  private wire(): void {
    for (const field of ["to", "cc", "bcc"] as const) {
      this.fields[field].addEventListener("change", () => this.session.typed(field, parseRecipients(this.fields[field].value)));
    }
    this.fields.subject.addEventListener("input", () => this.session.typed("subject", this.fields.subject.value));
    this.body.addEventListener("input", () => this.session.typed("body", this.body.innerHTML));
    this.fromSelect.addEventListener("change", () => {
      const mailbox = this.context.user.mailboxes.find((candidate) => candidate.address === this.fromSelect.value);
      if (mailbox) this.session.chooseFrom({ emailAddress: mailbox.address, displayName: mailbox.displayName });
    });
    this.session.onChange((change) => this.render(change));
  }

  private render(change: string): void {
    const session = this.session;
    if (change === "to" || change === "cc" || change === "bcc") this.fields[change].value = session.recipients[change].map((entry) => entry.emailAddress).join("; ");
    if (change === "subject") this.fields.subject.value = session.subject;
    if (change === "body") showHtmlIn(this.body, session.bodyHtml);
    if (change === "from") this.fromSelect.value = session.from.emailAddress;
    if (change === "notifications") session.notifications.render(this.notificationBar);
    if (change === "attachments") {
      this.attachmentList.replaceChildren(
        ...session.attachments
          .filter((attachment) => !attachment.isInline)
          .map((attachment) => {
            const remove = el("button", { type: "button", class: "hwc-link-button", "aria-label": t("removeAttachment", { name: attachment.name }) }, "×");
            remove.addEventListener("click", () => void session.handle("item.attachments.remove", { id: attachment.id }));
            return el("li", { class: "hwc-attachment" }, attachment.name, " ", remove);
          }),
      );
    }
  }

  private async attachChosenFiles(input: HTMLInputElement): Promise<void> {
    for (const file of [...(input.files ?? [])]) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = "";
      for (const byte of bytes) binary += String.fromCharCode(byte);
      this.session.attachFile(file.name, file.type || "application/octet-stream", btoa(binary));
    }
    input.value = "";
  }

  openPane(): void {
    const command = this.context.session.surfaces.compose;
    if (!command || command.action.kind !== "taskpane") return;
    const label = command.label[this.context.locale];
    const close = el("button", { type: "button", class: "hwc-pane-close", "aria-label": t("closePane") }, "×");
    close.addEventListener("click", () => this.closePane());
    const holder = el("div", { class: "hwc-pane-frame" });
    this.pane.replaceChildren(el("div", { class: "hwc-pane-title" }, el("span", {}, label), close), holder);
    this.pane.setAttribute("aria-label", label);
    this.pane.hidden = false;
    openPaneFrame(this.context.host, holder, { url: addinUrl(command.action.url), role: "taskpane", item: this.session, title: label, onClose: () => this.closePane() });
  }

  private closePane(): void {
    const frame = this.pane.querySelector("iframe");
    if (frame) this.context.host.detach(frame);
    this.pane.replaceChildren();
    this.pane.hidden = true;
  }

  private async send(button: HTMLButtonElement): Promise<void> {
    // A recipient typed but not yet committed (no change event) still counts, as in Outlook.
    for (const field of ["to", "cc", "bcc"] as const) this.session.typed(field, parseRecipients(this.fields[field].value));
    button.disabled = true;
    try {
      if ((await sendComposed(this.context, this.session, this.timeouts)) === "sent") this.close();
    } finally {
      button.disabled = false;
    }
  }

  close(): void {
    this.closePane();
    this.onDone(this);
  }
}
