// Entry of readpane.html, opened by "Bevestigen en verwijderen" in read mode.
import { createRoot } from "react-dom/client";
import { amsterdamToday } from "../../shared/dates/amsterdam-time";
import { localeFor } from "../../shared/messages/define";
import { readpaneMessages } from "../../shared/messages/readpane";
import { buildConfig } from "../config/build-config";
import { whenOfficeReady } from "../office/office-ready";
import { acknowledgeAndDelete } from "./acknowledge-and-delete";
import { readOpenedItem } from "./opened-item";
import { ReadPane } from "./ReadPane";

async function start(container: HTMLElement): Promise<void> {
  container.textContent = readpaneMessages.nl.loading;
  const host = await whenOfficeReady();
  const locale = localeFor(host.displayLanguage);
  document.documentElement.lang = locale === "en" ? "en" : "nl";
  const opened = await readOpenedItem({
    senders: [buildConfig.senderAddress],
    schoolAddresses: buildConfig.schools.map((school) => school.hwcAddress),
    today: amsterdamToday(),
  });
  createRoot(container).render(
      <ReadPane
        locale={locale}
        theme={host.theme}
        opened={opened}
        acknowledge={() =>
          acknowledgeAndDelete({
            apiBaseUrl: buildConfig.apiBaseUrl,
            apiScope: buildConfig.apiScope,
            spaClientId: buildConfig.spaClientId,
            authority: buildConfig.authority,
          })
        }
      />,
  );
}

const container = document.getElementById("root");
if (container) {
  start(container).catch(() => {
    // Office.js missing or the item unreadable: say what to do rather than leave "loading" on screen.
    container.textContent = readpaneMessages.nl.startFailed;
  });
}
