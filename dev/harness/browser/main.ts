// The Outlook harness page: signs in as one of the seeded people, shows their mailboxes, and opens compose
// windows, each with the add-in beside it. User, language, theme and the Outlook client played live in the
// address (?user=&lang=&theme=&client=, with ?mailbox=1.9 to report another Mailbox requirement set and
// ?body=text for plain-text drafts) so a reload, a bookmark or a test lands in the same place; nothing is kept
// in browser storage.
import type { HarnessMailbox, HarnessSession, HarnessUser } from "../api-types";
import type { OfficeThemeSnapshot } from "../protocol";
import { ComposeView } from "./compose-view";
import type { ClientSettings, HarnessContext } from "./harness-context";
import { harnessApi } from "./harness-api";
import { MailView } from "./mail-view";
import { OfficeHost } from "./office-host";
import { el, t, useCatalogue } from "./ui-text";

const THEMES: Record<"light" | "dark", OfficeThemeSnapshot> = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#F5F5F5", controlForegroundColor: "#242424", isDarkTheme: false },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF", isDarkTheme: true },
};

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = new URLSearchParams(window.location.search).get(name);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function navigate(change: Record<string, string>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(change)) params.set(name, value);
  window.location.search = params.toString();
}

function selector(label: string, name: string, options: Array<[string, string]>, current: string): HTMLElement {
  const select = el("select", { id: `hwc-${name}`, "data-control": name });
  for (const [value, text] of options) {
    const option = el("option", { value }, text);
    option.selected = value === current;
    select.append(option);
  }
  select.addEventListener("change", () => navigate({ [name]: select.value }));
  return el("span", { class: "hwc-control" }, el("label", { for: select.id }, label), select);
}

async function boot(): Promise<void> {
  const root = document.getElementById("hwc-app");
  if (!root) return;
  let session: HarnessSession;
  try {
    session = await harnessApi.session();
  } catch (error) {
    root.replaceChildren(el("p", { role: "alert" }, `The harness server did not answer (${error instanceof Error ? error.message : String(error)}). Is npm start running?`));
    return;
  }
  const locale = choice("lang", ["nl", "en"] as const, "nl");
  const theme = choice("theme", ["light", "dark"] as const, "light");
  const user: HarnessUser | undefined = session.users.find((candidate) => candidate.id === choice("user", session.users.map((u) => u.id), session.defaultUserId));
  useCatalogue(session.messages[locale]);
  document.documentElement.lang = locale;
  document.documentElement.dataset.theme = theme;
  document.title = t("pageTitle");
  if (!user) {
    root.replaceChildren(el("p", { role: "alert" }, "The stand-in's seed has no users: check the seed passed to npm start."));
    return;
  }
  const chosen = session.clients.find((profile) => profile.id === choice("client", session.clients.map((c) => c.id), session.clients[0]?.id ?? "web"));
  const mailboxOverride = new URLSearchParams(window.location.search).get("mailbox");
  const client: ClientSettings = {
    profile: chosen ?? session.clients[0]!,
    mailbox: mailboxOverride && /^1\.\d{1,2}$/.test(mailboxOverride) ? mailboxOverride : (chosen ?? session.clients[0]!).mailbox,
    draftFormat: choice("body", ["html", "text"] as const, "html"),
  };

  const status = el("div", { class: "hwc-status", role: "status", "aria-live": "polite" });
  const alert = el("div", { class: "hwc-status hwc-status-error", role: "alert" });
  const workspace = el("main", { class: "hwc-workspace" });
  const tabs = el("nav", { class: "hwc-tabs", "aria-label": "" });

  const host = new OfficeHost({
    hello: () => ({
      displayLanguage: locale === "nl" ? "nl-NL" : "en-US",
      officeTheme: THEMES[theme],
      userProfile: { displayName: user.displayName, emailAddress: user.mail, timeZone: "W. Europe Standard Time", accountType: "enterprise" },
      // NestedAppAuth is not reported: the stand-in has no NAA bridge, so the read pane uses Office.auth.
      requirementSets: { mailbox: client.mailbox, identityapi: "1.3" },
      platform: client.profile.platform,
      hostName: client.profile.hostName,
      mobile: client.profile.mobile,
      restUrl: `${window.location.origin}/harness/rest`,
    }),
    accessToken: () => harnessApi.accessToken(user.id),
    openNewMessage: () => context.openCompose(),
  });

  const composes: ComposeView[] = [];
  let active: ComposeView | null = null;
  const context: HarnessContext = {
    session,
    user,
    locale,
    theme,
    host,
    client,
    announce(message, kind = "info") {
      (kind === "error" ? alert : status).textContent = message;
      (kind === "error" ? status : alert).textContent = "";
    },
    openCompose(from?: HarnessMailbox) {
      const own = user.mailboxes.find((mailbox) => mailbox.own) ?? user.mailboxes[0];
      const current = from ?? mail.currentMailbox ?? own;
      const sender = current && (current.own || current.sendAs) ? current : own;
      if (!sender) return;
      const view = new ComposeView(context, sender, session.sendTimeouts, (done) => {
        composes.splice(composes.indexOf(done), 1);
        show(null);
        void mail.refresh();
      });
      composes.push(view);
      show(view);
    },
  };

  const mail = new MailView(context);
  const show = (view: ComposeView | null) => {
    active = view;
    workspace.replaceChildren(view ? view.element : mail.element);
    renderTabs();
  };
  const renderTabs = () => {
    tabs.setAttribute("aria-label", t("composeTabs"));
    const mailTab = el("button", { type: "button", class: "hwc-tab", "aria-current": active === null ? "page" : undefined }, t("mailboxes"));
    mailTab.addEventListener("click", () => show(null));
    const composeTabs = composes.map((view, index) => {
      const tab = el("button", { type: "button", class: "hwc-tab", "aria-current": active === view ? "page" : undefined }, `${t("newMessage")} ${index + 1}`);
      tab.addEventListener("click", () => show(view));
      return tab;
    });
    tabs.replaceChildren(mailTab, ...composeTabs);
  };

  const newMessage = el("button", { type: "button", class: "hwc-primary", "data-command": "new-message" }, t("newMessage"));
  newMessage.addEventListener("click", () => context.openCompose());
  const refresh = el("button", { type: "button", "data-command": "refresh" }, t("refresh"));
  refresh.addEventListener("click", () => void mail.refresh());

  root.replaceChildren(
    el(
      "header",
      { class: "hwc-topbar" },
      el("h1", {}, "Outlook"),
      el("span", { class: "hwc-banner" }, t("banner")),
      selector(t("signedInAs"), "user", session.users.map((u) => [u.id, `${u.displayName} <${u.mail}>`]), user.id),
      selector(t("language"), "lang", [["nl", "Nederlands"], ["en", "English"]], locale),
      selector(t("theme"), "theme", [["light", t("themeLight")], ["dark", t("themeDark")]], theme),
      selector(t("client"), "client", session.clients.map((profile) => [profile.id, profile.label]), client.profile.id),
    ),
    ...session.problems.map((problem) => el("p", { class: "hwc-problem", role: "alert" }, problem)),
    el("div", { class: "hwc-commandbar" }, newMessage, refresh, tabs),
    status,
    alert,
    workspace,
  );
  show(null);
  // Test control (browser tests only): make the active compose body read back as a client returned it.
  (window as unknown as { hwcHarness: unknown }).hwcHarness = {
    setOutlookBody(html: string): void {
      if (!active) throw new Error("No compose window is open.");
      active.session.outlookBodyOverride = html;
    },
  };
  try {
    await mail.start();
  } catch (error) {
    context.announce(t("loadFailed", { reason: error instanceof Error ? error.message : String(error) }), "error");
  }
  window.setInterval(() => {
    if (active === null && document.visibilityState === "visible") mail.refresh().catch(() => undefined);
  }, session.refreshIntervalInMs);
}

void boot();
