// The functionary's pane (Bijlage 1.5/1.6): the signal large enough to pass on, the confirmation that the
// teacher or mentor was told, then one button. Office and the service are reached only through `acknowledge`.
import { Button, Checkbox, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatBirthDate } from "../../shared/dates/format-birth-date";
import type { Locale } from "../../shared/messages/define";
import { readpaneMessages } from "../../shared/messages/readpane";
import type { AcknowledgeResult } from "./acknowledge-request";
import type { OpenedItem } from "./opened-item";

export interface ReadPaneProps {
  locale: Locale;
  opened: OpenedItem;
  acknowledge: () => Promise<AcknowledgeResult>;
}

type Progress = { kind: "ready" } | { kind: "working" } | { kind: "finished"; result: AcknowledgeResult };

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "40rem" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  signal: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS, margin: 0 },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  value: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export function ReadPane({ locale, opened, acknowledge }: ReadPaneProps) {
  const t = readpaneMessages[locale];
  const styles = useStyles();
  const [confirmed, setConfirmed] = useState(false);
  const [progress, setProgress] = useState<Progress>({ kind: "ready" });

  async function run() {
    setProgress({ kind: "working" });
    let result: AcknowledgeResult;
    try {
      result = await acknowledge();
    } catch {
      result = { kind: "failed" };
    }
    setProgress({ kind: "finished", result });
  }

  const heading = (
    <h1 id="hwc-read-title" className={styles.title}>
      {t.paneTitle}
    </h1>
  );

  if (opened.kind !== "signal") {
    return (
      <main className={styles.pane} aria-labelledby="hwc-read-title">
        {heading}
        <MessageBar intent={opened.kind === "unreadable" ? "warning" : "info"}>
          <MessageBarBody>{opened.kind === "unreadable" ? t.readFailed : t.notSignal}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }

  const finished = progress.kind === "finished" ? progress.result : undefined;
  const done = finished?.kind === "done";
  const settled = done || finished?.kind === "not-a-signal" || finished?.kind === "forbidden";

  return (
    <main className={styles.pane} aria-labelledby="hwc-read-title">
      {heading}
      {done ? null : (
        <>
          <dl className={styles.signal}>
            <dt className={styles.caption}>{t.childNameCaption}</dt>
            <dd className={styles.value}>{opened.signal.childName}</dd>
            <dt className={styles.caption}>{t.birthDateCaption}</dt>
            <dd className={styles.value}>{formatBirthDate(opened.signal.birthDate)}</dd>
          </dl>
          <Text as="p" block>
            {t.passOn}
          </Text>
        </>
      )}
      {settled ? null : (
        <div className={styles.actions}>
          <Checkbox checked={confirmed} required label={t.confirmLabel} disabled={progress.kind === "working"} onChange={(_event, data) => setConfirmed(data.checked === true)} />
          <Button
            appearance="primary"
            disabled={!confirmed || progress.kind === "working"}
            aria-describedby="hwc-action-hint"
            onClick={() => void run()}
          >
            {finished ? t.retry : t.actionButton}
          </Button>
          <Text id="hwc-action-hint" size={200}>
            {confirmed ? t.actionHint : t.confirmRequired}
          </Text>
        </div>
      )}
      <div aria-live="polite">
        {progress.kind === "working" ? <Spinner size="tiny" label={t.working} /> : null}
        {finished ? <ResultMessage locale={locale} result={finished} /> : null}
      </div>
    </main>
  );
}

function ResultMessage({ locale, result }: { locale: Locale; result: AcknowledgeResult }) {
  const t = readpaneMessages[locale];
  const [intent, text] = ((): ["success" | "warning" | "error" | "info", string] => {
    switch (result.kind) {
      case "done":
        return ["success", result.status === "already-deleted" ? t.alreadyDeleted : t.done];
      case "not-a-signal":
        return ["info", t.notSignalServer];
      case "unavailable":
        return ["warning", result.retryAfterSeconds === undefined ? t.unavailable : t.unavailableRetryAfter(result.retryAfterSeconds)];
      case "network":
        return ["warning", t.network];
      case "unauthorized":
        return ["error", t.unauthorized];
      case "forbidden":
        return ["error", t.forbidden];
      case "sign-in-failed":
        return ["error", t.signInFailed];
      case "failed":
        return ["error", t.failed];
    }
  })();
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
