// The caseworker's task pane (covenant art. 2.1, Bijlage 1.2/1.3). Everything typed lives in React state
// only: nothing is stored, and closing the pane forgets it. Office is reached only through `actions`.
import { Button, Checkbox, Field, Input, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { School } from "../../shared/register/school";
import { parseSignalInput } from "../../shared/signal/parse-signal-input";
import { amsterdamToday } from "../../shared/dates/amsterdam-time";
import { domainMessages } from "../../shared/messages/domain";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";
import { Notice } from "../theme/Notice";
import { BirthDateField } from "./BirthDateField";
import type { ComposeActions } from "./compose-actions";
import { DeadlineNotice } from "./DeadlineNotice";
import { fieldErrorText } from "./field-error-text";
import type { InsertSignalOutcome } from "./insert-signal";
import type { SenderCheck } from "./sender-check";
import { schoolDeadline } from "./school-deadline";
import { SchoolPicker } from "./SchoolPicker";
import { SignalPreview } from "./SignalPreview";

export interface ComposePaneProps {
  schools: readonly School[];
  locale: Locale;
  senderAddress: string;
  now: () => Date;
  actions: ComposeActions;
  /** While From is not the Veilig Thuis HwC mailbox, how often to look again (Outlook has no From-changed event before Mailbox 1.13). */
  senderRecheckIntervalInMs?: number;
}

type Status = { kind: "editing" } | { kind: "inserting" } | { kind: "inserted"; outcome: InsertSignalOutcome } | { kind: "failed" };

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "40rem" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export function ComposePane({ schools, locale, senderAddress, now, actions, senderRecheckIntervalInMs = 2_000 }: ComposePaneProps) {
  const t = composeMessages[locale];
  const styles = useStyles();
  const [school, setSchool] = useState<School | undefined>();
  const [childName, setChildName] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [touched, setTouched] = useState({ childName: false, birthDate: false, school: false });
  const [status, setStatus] = useState<Status>({ kind: "editing" });
  const nameInput = useRef<HTMLInputElement>(null);
  const [openedAt] = useState(now);
  const [sender, setSender] = useState<SenderCheck>("ok");
  useEffect(() => {
    let current = true;
    actions.checkSender(senderAddress).then(
      (check) => current && setSender(check),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [actions, senderAddress]);
  // The From warning stands until From is right: look again now and then, so it goes as soon as it is fixed.
  useEffect(() => {
    if (sender !== "wrong") return undefined;
    let current = true;
    const timer = setInterval(() => {
      actions.checkSender(senderAddress).then(
        (check) => {
          if (current && check !== sender) setSender(check);
        },
        () => undefined,
      );
    }, senderRecheckIntervalInMs);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [actions, senderAddress, sender, senderRecheckIntervalInMs]);
  const [, setTick] = useState(0);
  // Re-render every half minute so a deadline that passes while the pane is open is noticed.
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 30_000);
    return () => clearInterval(timer);
  }, []);

  const current = now();
  const today = amsterdamToday(current.getTime());
  const parsed = parseSignalInput({ childName, birthDate }, { today });
  const errorFor = (field: "childName" | "birthDate") =>
    touched[field] && !parsed.ok ? parsed.errors.find((error) => error.field === field) : undefined;
  const nameError = errorFor("childName");
  const dateError = errorFor("birthDate");
  const dateWarning = parsed.ok && parsed.warnings.length > 0 ? domainMessages[locale]["younger-than-four"] : undefined;
  const signal = parsed.ok ? parsed.value : undefined;

  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    if (status.kind !== "inserting") setStatus({ kind: "editing" });
  };

  async function insert() {
    setTouched({ childName: true, birthDate: true, school: true });
    if (!school || !signal || !confirmed) {
      if (!signal) nameInput.current?.focus();
      return;
    }
    setStatus({ kind: "inserting" });
    try {
      const outcome = await actions.insertSignal({ school, signal, senderAddress });
      setStatus({ kind: "inserted", outcome });
      setSender(outcome.from);
    } catch {
      setStatus({ kind: "failed" });
    }
  }

  return (
    <main>
    <form
      className={styles.pane}
      noValidate
      autoComplete="off"
      aria-labelledby="hwc-compose-title"
      onSubmit={(event) => {
        event.preventDefault();
        void insert();
      }}
    >
      <h1 id="hwc-compose-title" className={styles.title}>
        {t.paneTitle}
      </h1>

      {sender === "wrong" && status.kind !== "inserted" ? <Notice intent="warning">{t.wrongFrom(senderAddress)}</Notice> : null}

      <SchoolPicker
        schools={schools}
        today={today}
        locale={locale}
        selected={school}
        onSelect={edited(setSchool)}
        error={touched.school && !school ? t.schoolRequired : undefined}
      />
      {school ? <DeadlineNotice locale={locale} deadline={schoolDeadline(openedAt, current, school.region)} /> : null}

      <Field
        label={t.childNameLabel}
        required
        validationState={nameError ? "error" : "none"}
        validationMessage={nameError ? fieldErrorText(nameError.code, locale) : undefined}
      >
        <Input
          ref={nameInput}
          value={childName}
          autoComplete="off"
          spellCheck={false}
          onChange={(_event, data) => edited(setChildName)(data.value)}
          onBlur={() => setTouched((previous) => ({ ...previous, childName: true }))}
        />
      </Field>

      <BirthDateField
        locale={locale}
        value={birthDate}
        today={today}
        onChange={edited(setBirthDate)}
        onBlur={() => setTouched((previous) => ({ ...previous, birthDate: true }))}
        error={dateError ? fieldErrorText(dateError.code, locale) : undefined}
        warning={dateWarning}
      />

      <Checkbox checked={confirmed} required label={t.confirmLabel} onChange={(_event, data) => edited(setConfirmed)(data.checked === true)} />

      <SignalPreview locale={locale} school={school} signal={signal} />

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!confirmed || status.kind === "inserting"} aria-describedby={confirmed ? undefined : "hwc-confirm-hint"}>
          {t.insertButton}
        </Button>
        {!confirmed ? (
          <Text id="hwc-confirm-hint" size={200}>
            {t.confirmRequired}
          </Text>
        ) : null}
      </div>

      <div aria-live="polite">
        <StatusMessages locale={locale} status={status} sender={sender} senderAddress={senderAddress} onNextChild={actions.openNewMessage} />
      </div>
    </form>
    </main>
  );
}

interface StatusMessagesProps {
  locale: Locale;
  status: Status;
  /** From as last seen: the inserted signal is "ready to send" only when it is the Veilig Thuis HwC mailbox. */
  sender: SenderCheck;
  senderAddress: string;
  onNextChild: () => void;
}

function StatusMessages({ locale, status, sender, senderAddress, onNextChild }: StatusMessagesProps) {
  const t = composeMessages[locale];
  const [nextFailed, setNextFailed] = useState(false);
  if (status.kind === "inserting") return <Spinner size="tiny" label={t.inserting} />;
  if (status.kind === "failed") {
    return (
      <Notice intent="error">{t.insertFailed}</Notice>
    );
  }
  if (status.kind !== "inserted") return null;
  const { outcome } = status;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" }}>
      {sender === "wrong" ? <Notice intent="warning">{t.insertedWrongFrom(senderAddress)}</Notice> : <Notice intent="success">{t.inserted}</Notice>}
      {sender === "unknown" ? <Notice intent="info">{t.fromUnknown(senderAddress)}</Notice> : null}
      {outcome.attachmentsLeft ? (
        <Notice intent="warning">{t.attachmentsLeft}</Notice>
      ) : null}
      <Button
        appearance="secondary"
        aria-describedby="hwc-next-child-hint"
        onClick={() => {
          try {
            onNextChild();
          } catch {
            setNextFailed(true);
          }
        }}
      >
        {t.nextChild}
      </Button>
      <Text id="hwc-next-child-hint" size={200}>
        {nextFailed ? t.nextChildFailed : t.nextChildHint(senderAddress)}
      </Text>
    </div>
  );
}
