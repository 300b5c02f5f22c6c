// The functionary's pane (Bijlage 1.5/1.6): the signal large enough to pass on, the confirmation that the
// teacher or mentor was told, then one button. Office and the service are reached only through `acknowledge`.
// React with Fluent's Checkbox and Fluent's colours, without FluentProvider (read-pane-styles.ts explains).
// Name and birth date show only for a recognised signal, and never again once it is deleted.
import { Checkbox } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { formatBirthDate } from "../../shared/dates/format-birth-date";
import type { Locale } from "../../shared/messages/define";
import { readpaneMessages } from "../../shared/messages/readpane";
import type { OutlookTheme } from "../office/office-theme";
import type { AcknowledgeResult } from "./acknowledge-request";
import type { OpenedItem } from "./opened-item";
import { READ_PANE_CSS } from "./read-pane-styles";

export interface ReadPaneProps {
  locale: Locale;
  theme: OutlookTheme;
  opened: OpenedItem;
  acknowledge: () => Promise<AcknowledgeResult>;
}

type Progress = { kind: "ready" } | { kind: "working" } | { kind: "finished"; result: AcknowledgeResult };
type Intent = "success" | "warning" | "error" | "info";

export function ReadPane({ locale, theme, opened, acknowledge }: ReadPaneProps) {
  const t = readpaneMessages[locale];
  const hintId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [progress, setProgress] = useState<Progress>({ kind: "ready" });

  // One call at a time, and none after the signal is gone: a second click in the same instant does nothing.
  const acting = useRef(false);
  const gone = useRef(false);

  async function run() {
    if (acting.current || gone.current) return;
    acting.current = true;
    setProgress({ kind: "working" });
    let result: AcknowledgeResult;
    try {
      result = await acknowledge();
    } catch {
      result = { kind: "failed" };
    }
    gone.current = result.kind === "done";
    acting.current = false;
    setProgress({ kind: "finished", result });
  }

  const finished = progress.kind === "finished" ? progress.result : undefined;
  const done = finished?.kind === "done";
  // After these, pressing again cannot help: the result says what to do instead.
  const settled = done || finished?.kind === "not-a-signal" || finished?.kind === "forbidden" || finished?.kind === "claims-unsupported";

  return (
    <main className={theme === "dark" ? "hwc-read hwc-dark" : "hwc-read"} aria-labelledby="hwc-read-title">
      <style>{READ_PANE_CSS}</style>
      <h1 id="hwc-read-title">{t.paneTitle}</h1>
      {opened.kind !== "signal" ? (
        <OpenedNotice locale={locale} opened={opened} />
      ) : (
        <>
          {done ? null : (
            <>
              <dl>
                <dt>{t.childNameCaption}</dt>
                <dd>{opened.signal.childName}</dd>
                <dt>{t.birthDateCaption}</dt>
                <dd>{formatBirthDate(opened.signal.birthDate)}</dd>
              </dl>
              <p>{t.passOn}</p>
            </>
          )}
          {settled ? null : (
            <div className="hwc-actions">
              <Checkbox
                className="hwc-confirm"
                checked={confirmed}
                required
                disabled={progress.kind === "working"}
                label={t.confirmLabel}
                onChange={(_event, data) => setConfirmed(data.checked === true)}
              />
              <button type="button" disabled={!confirmed || progress.kind === "working"} aria-describedby={hintId} onClick={() => void run()}>
                {finished ? t.retry : t.actionButton}
              </button>
              <p id={hintId} className="hwc-hint">
                {confirmed ? t.actionHint : t.confirmRequired}
              </p>
            </div>
          )}
          <div aria-live="polite">
            {progress.kind === "working" ? <p>{t.working}</p> : null}
            {finished ? <ResultNotice locale={locale} result={finished} /> : null}
          </div>
        </>
      )}
    </main>
  );
}

function Notice({ intent, children }: { intent: Intent; children: string }) {
  return (
    <p className={`hwc-notice hwc-${intent}`} role={intent === "error" ? "alert" : undefined} data-intent={intent}>
      {children}
    </p>
  );
}

/** Anything but a recognised signal: what it is and what to do, never a button. */
function OpenedNotice({ locale, opened }: { locale: Locale; opened: Exclude<OpenedItem, { kind: "signal" }> }) {
  const t = readpaneMessages[locale];
  switch (opened.kind) {
    case "not-a-signal":
      return <Notice intent="info">{t.notSignal}</Notice>;
    case "imitation":
      return <Notice intent="error">{t.imitation}</Notice>;
    case "not-verified":
      return <Notice intent="warning">{opened.onPhone ? t.notVerifiedPhone : t.notVerified}</Notice>;
    case "phone-shared-mailbox":
      return <Notice intent="warning">{t.phoneSharedMailbox}</Notice>;
    case "unreadable":
      return <Notice intent="warning">{t.readFailed}</Notice>;
  }
}

function ResultNotice({ locale, result }: { locale: Locale; result: AcknowledgeResult }) {
  const t = readpaneMessages[locale];
  switch (result.kind) {
    case "done":
      return <Notice intent="success">{result.status === "already-deleted" ? t.alreadyDeleted : t.done}</Notice>;
    case "not-a-signal":
      return <Notice intent="info">{t.notSignalServer}</Notice>;
    case "unavailable":
      return <Notice intent="warning">{result.retryAfterSeconds === undefined ? t.unavailable : t.unavailableRetryAfter(result.retryAfterSeconds)}</Notice>;
    case "network":
      return <Notice intent="warning">{t.network}</Notice>;
    case "unauthorized":
    case "claims-challenge":
      return <Notice intent="error">{t.unauthorized}</Notice>;
    case "claims-unsupported":
      return <Notice intent="error">{t.claimsUnsupported}</Notice>;
    case "forbidden":
      return <Notice intent="error">{t.forbidden}</Notice>;
    case "sign-in-failed":
      return <Notice intent="error">{t.signInFailed}</Notice>;
    case "failed":
      return <Notice intent="error">{t.failed}</Notice>;
  }
}
