// Entry of taskpane.html, the compose pane.
import { createRoot } from "react-dom/client";
import { localeFor } from "../../shared/messages/define";
import { composeMessages } from "../../shared/messages/compose";
import { buildConfig } from "../config/build-config";
import { whenOfficeReady } from "../office/office-ready";
import { openNewMessage } from "../office/new-message";
import { canRunSendGuard } from "../office/requirements";
import { ThemedRoot } from "../theme/ThemedRoot";
import { ComposePane } from "./ComposePane";
import { insertSignal } from "./insert-signal";
import { checkSender } from "./sender-check";
import { UnsupportedClient } from "./UnsupportedClient";

async function start(container: HTMLElement): Promise<void> {
  container.textContent = composeMessages.nl.loading;
  const host = await whenOfficeReady();
  const locale = localeFor(host.displayLanguage);
  document.documentElement.lang = locale === "en" ? "en" : "nl";
  // No send guard without Mailbox 1.12 (Smart Alerts): there the pane offers nothing to insert.
  const pane = canRunSendGuard() ? (
    <ComposePane
      schools={buildConfig.schools}
      locale={locale}
      senderAddress={buildConfig.senderAddress}
      now={() => new Date()}
      actions={{ insertSignal, checkSender, openNewMessage }}
    />
  ) : (
    <UnsupportedClient locale={locale} />
  );
  createRoot(container).render(
    <ThemedRoot theme={host.theme} locale={locale}>
      {pane}
    </ThemedRoot>,
  );
}

const container = document.getElementById("root");
if (container) {
  start(container).catch(() => {
    // Office.js missing or the item unreadable: say what to do rather than leave "loading" on screen.
    container.textContent = composeMessages.nl.startFailed;
  });
}
