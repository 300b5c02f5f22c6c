// What the compose pane shows in an Outlook that runs no send guard (no Smart Alerts, Mailbox < 1.12): a
// signal made there would leave unchecked, so there is no form at all, only what to use instead.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../shared/messages/define";
import { helpMessages } from "../../shared/messages/help";
import { Notice } from "../theme/Notice";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "40rem" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export function UnsupportedClient({ locale }: { locale: Locale }) {
  const t = helpMessages[locale];
  const styles = useStyles();
  return (
    <main className={styles.pane} aria-labelledby="hwc-unsupported-title">
      <h1 id="hwc-unsupported-title" className={styles.title}>
        {t.unsupportedTitle}
      </h1>
      <Notice intent="warning">{t.unsupportedText}</Notice>
    </main>
  );
}
