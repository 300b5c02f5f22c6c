// The reading view: one message, the ribbon with the add-in's read-mode button, and the add-in pane beside it.
import type { HarnessMailbox, MessageDetail } from "../api-types";
import { openPaneFrame, runAction } from "./addin-frames";
import { addinUrl, type HarnessContext } from "./harness-context";
import { harnessApi } from "./harness-api";
import { ReadSession } from "./read-session";
import { el, t } from "./ui-text";

export class ReadingView {
  readonly element = el("section", { class: "hwc-reading", "aria-labelledby": "hwc-reading-heading" });
  private readonly pane = el("aside", { class: "hwc-pane", hidden: true });
  private session: ReadSession | null = null;

  constructor(
    private readonly context: HarnessContext,
    private readonly afterAction: () => void,
  ) {
    this.clear();
  }

  clear(): void {
    this.session = null;
    this.closePane();
    this.element.replaceChildren(el("h2", { id: "hwc-reading-heading", class: "hwc-visually-hidden" }, t("readingPane")), el("p", { class: "hwc-muted hwc-empty" }, t("selectMessage")));
  }

  async open(mailbox: HarnessMailbox, messageId: string): Promise<void> {
    this.closePane();
    let message: MessageDetail;
    try {
      message = await harnessApi.message(this.context.user.id, mailbox.address, messageId);
    } catch (error) {
      this.context.announce(t("loadFailed", { reason: error instanceof Error ? error.message : String(error) }), "error");
      return;
    }
    const notificationBar = el("div", { class: "hwc-notifications", hidden: true });
    const session = new ReadSession(message, mailbox, `${window.location.origin}/harness/rest`, () => session.notifications.render(notificationBar), this.context.client.profile.mobile);
    this.session = session;
    const who = (address: { name: string; address: string }) => (address.name ? `${address.name} <${address.address}>` : address.address);
    const body = el("iframe", { class: "hwc-message-body", title: t("body"), sandbox: "" });
    body.srcdoc = message.body.contentType === "html" ? message.body.content : `<pre>${message.body.content.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`;
    this.element.replaceChildren(
      el("div", { class: "hwc-ribbon", role: "toolbar", "aria-label": t("ribbon") }, ...this.handButtons(mailbox, message.id), ...this.ribbonButtons(session)),
      notificationBar,
      el("h2", { id: "hwc-reading-heading", class: "hwc-reading-subject" }, message.subject || t("noSubject")),
      el(
        "dl",
        { class: "hwc-headers" },
        el("dt", {}, t("from")),
        el("dd", { "data-field": "from" }, message.from ? who(message.from) : ""),
        el("dt", {}, t("to")),
        el("dd", { "data-field": "to" }, message.to.map(who).join("; ")),
        ...(message.cc.length > 0 ? [el("dt", {}, t("cc")), el("dd", { "data-field": "cc" }, message.cc.map(who).join("; "))] : []),
      ),
      body,
      this.pane,
    );
  }

  /** The read button this client shows: the MobileFormFactor's on phones, the desktop one elsewhere. */
  private get readCommand() {
    return this.context.client.profile.mobile ? this.context.session.surfaces.mobileRead : this.context.session.surfaces.read;
  }

  /** Reply, forward and delete by hand: what a functionary might do with a signal instead of the add-in's button. */
  private handButtons(mailbox: HarnessMailbox, messageId: string): HTMLElement[] {
    const act = async (action: "reply" | "forward" | "delete") => {
      const base = { as: this.context.user.id, mailbox: mailbox.address, messageId };
      try {
        if (action === "delete") await harnessApi.act("delete", base);
        else if (action === "reply") await harnessApi.act("reply", { ...base, comment: window.prompt(t("replyText"), "") ?? "" });
        else {
          const address = window.prompt(t("forwardTo"), "")?.trim();
          if (!address) return;
          await harnessApi.act("forward", { ...base, to: [{ name: "", address }] });
        }
        this.context.announce(t("handled"));
        if (action === "delete") this.clear();
        this.afterAction();
      } catch (error) {
        this.context.announce(t("loadFailed", { reason: error instanceof Error ? error.message : String(error) }), "error");
      }
    };
    return (["reply", "forward", "delete"] as const).map((action) => {
      const button = el("button", { type: "button", class: "hwc-ribbon-button", "data-command": action }, t(action));
      button.addEventListener("click", () => void act(action));
      return button;
    });
  }

  private ribbonButtons(session: ReadSession): HTMLElement[] {
    const command = this.readCommand;
    if (!command) return [];
    const button = el("button", { type: "button", class: "hwc-ribbon-button hwc-addin-command", "data-command": "read" }, command.label[this.context.locale]);
    button.addEventListener("click", () => void this.runCommand(session));
    return [button];
  }

  private async runCommand(session: ReadSession): Promise<void> {
    const command = this.readCommand;
    if (!command) return;
    if (command.action.kind === "taskpane") {
      this.pane.hidden = false;
      const frameHolder = el("div", { class: "hwc-pane-frame" });
      const close = el("button", { type: "button", class: "hwc-pane-close", "aria-label": t("closePane") }, "×");
      close.addEventListener("click", () => this.closePane());
      this.pane.replaceChildren(el("div", { class: "hwc-pane-title" }, el("span", {}, command.label[this.context.locale]), close), frameHolder);
      this.pane.setAttribute("aria-label", command.label[this.context.locale]);
      openPaneFrame(this.context.host, frameHolder, {
        url: addinUrl(command.action.url),
        role: "readpane",
        item: session,
        title: command.label[this.context.locale],
        onClose: () => this.closePane(),
      });
      return;
    }
    const outcome = await runAction(this.context.host, {
      url: addinUrl(command.action.url),
      functionName: command.action.functionName,
      role: "commands",
      eventType: "ExecuteFunction",
      item: session,
      loadTimeoutInMs: 15_000,
      completionTimeoutInMs: 5 * 60_000,
    });
    if (outcome.kind !== "completed") this.context.announce(t("commandFailed"), "error");
    this.afterAction();
  }

  private closePane(): void {
    const frame = this.pane.querySelector("iframe");
    if (frame) this.context.host.detach(frame);
    this.pane.replaceChildren();
    this.pane.hidden = true;
  }

  /** The item the reading view shows, for the page's periodic refresh. */
  get current(): ReadSession | null {
    return this.session;
  }
}
