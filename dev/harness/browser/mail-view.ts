// Outlook's three columns: mailboxes and folders, the messages of the chosen folder, and the reading view.
import type { FolderSummary, HarnessMailbox, MessageSummary } from "../api-types";
import type { HarnessContext } from "./harness-context";
import { harnessApi } from "./harness-api";
import { ReadingView } from "./reading-view";
import { el, t } from "./ui-text";

interface Selection {
  mailbox: HarnessMailbox;
  folder: FolderSummary;
}

export class MailView {
  readonly element: HTMLElement;
  private readonly nav = el("nav", { class: "hwc-nav", "aria-label": "" });
  private readonly list = el("ul", { class: "hwc-message-list" });
  private readonly listHeading = el("h2", { class: "hwc-column-heading", id: "hwc-list-heading" });
  private readonly reading: ReadingView;
  private selection: Selection | null = null;
  private shownNav = "";
  private shownList = "";
  private selectedMessageId: string | null = null;

  constructor(private readonly context: HarnessContext) {
    this.nav.setAttribute("aria-label", t("mailboxes"));
    this.reading = new ReadingView(context, () => void this.refresh());
    const listSection = el("section", { class: "hwc-list", "aria-labelledby": "hwc-list-heading" }, this.listHeading, this.list);
    this.element = el("div", { class: "hwc-mail" }, this.nav, listSection, this.reading.element);
  }

  async start(): Promise<void> {
    await this.renderNav();
    const first = this.context.user.mailboxes[0];
    if (first && !this.selection) {
      const folders = await harnessApi.folders(this.context.user.id, first.address);
      const inbox = folders.find((folder) => folder.wellKnownName === "inbox") ?? folders[0];
      if (inbox) await this.select({ mailbox: first, folder: inbox });
    }
  }

  /** Re-reads folders and the current folder's messages, e.g. after a send or an add-in action. */
  async refresh(): Promise<void> {
    await this.renderNav();
    if (this.selection) await this.renderList();
  }

  /** The mailbox whose folder is open: a new message is sent from it when the user may send as it. */
  get currentMailbox(): HarnessMailbox | null {
    return this.selection?.mailbox ?? null;
  }

  private async renderNav(): Promise<void> {
    const all = await Promise.all(this.context.user.mailboxes.map(async (mailbox) => ({ mailbox, folders: await harnessApi.folders(this.context.user.id, mailbox.address) })));
    // Re-render only on change, so a periodic refresh does not take the keyboard focus away.
    const key = JSON.stringify([all, this.selection?.mailbox.address, this.selection?.folder.id]);
    if (key === this.shownNav) return;
    this.shownNav = key;
    const sections = all.map(({ mailbox, folders }) => {
        const heading = el("h2", { class: "hwc-mailbox-name" }, mailbox.displayName);
        if (!mailbox.own) heading.append(el("span", { class: "hwc-muted" }, ` (${t("sharedMailbox")})`));
        const items = folders.map((folder) => {
          const current = this.selection?.mailbox.address === mailbox.address && this.selection.folder.id === folder.id;
          const button = el(
            "button",
            { type: "button", class: "hwc-folder", "aria-current": current ? "true" : undefined, "data-mailbox": mailbox.address, "data-folder": folder.wellKnownName ?? folder.displayName },
            folderName(folder),
            folder.totalItemCount > 0 ? el("span", { class: "hwc-count" }, String(folder.totalItemCount)) : null,
          );
          button.addEventListener("click", () => void this.select({ mailbox, folder }));
          return el("li", {}, button);
        });
        return el("section", { class: "hwc-mailbox", "data-mailbox": mailbox.address }, heading, el("ul", {}, ...items));
    });
    this.nav.replaceChildren(...sections);
  }

  private async select(selection: Selection): Promise<void> {
    this.selection = selection;
    this.selectedMessageId = null;
    this.reading.clear();
    await this.renderNav();
    await this.renderList();
  }

  private async renderList(): Promise<void> {
    const selection = this.selection;
    if (!selection) return;
    this.listHeading.textContent = `${folderName(selection.folder)} — ${selection.mailbox.displayName}`;
    const messages = await harnessApi.messages(this.context.user.id, selection.mailbox.address, selection.folder.id);
    const key = JSON.stringify([selection.mailbox.address, selection.folder.id, messages]);
    if (key === this.shownList) return;
    this.shownList = key;
    if (messages.length === 0) {
      this.list.replaceChildren(el("li", { class: "hwc-muted hwc-empty" }, t("noMessages")));
      return;
    }
    // A message that disappears (deleted by an add-in) leaves the reading view and its pane as they are, so the
    // pane's outcome stays readable until the user picks another message.
    this.list.replaceChildren(...messages.map((message) => this.listItem(selection.mailbox, message)));
  }

  private listItem(mailbox: HarnessMailbox, message: MessageSummary): HTMLElement {
    const when = new Date(message.receivedDateTime).toLocaleString(this.context.locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "short", timeStyle: "short" });
    const button = el(
      "button",
      { type: "button", class: `hwc-message${message.isRead ? "" : " hwc-unread"}`, "aria-current": message.id === this.selectedMessageId ? "true" : undefined },
      el("span", { class: "hwc-message-from" }, message.from?.name || message.from?.address || ""),
      el("span", { class: "hwc-message-subject" }, message.subject || t("noSubject")),
      el("span", { class: "hwc-message-date" }, when),
    );
    button.addEventListener("click", () => {
      this.selectedMessageId = message.id;
      for (const other of this.list.querySelectorAll("button[aria-current]")) other.removeAttribute("aria-current");
      button.setAttribute("aria-current", "true");
      void this.reading.open(mailbox, message.id);
    });
    return el("li", {}, button);
  }
}

export function folderName(folder: FolderSummary): string {
  return folder.wellKnownName ? t(`folder.${folder.wellKnownName}`) : folder.displayName;
}
