// Birth date: typed as DD-MM-JJJJ, or picked from the browser's own calendar, which fills the typed field.
// A visible <input type="date"> writes the date in the browser's format (03/14/2016 in an English Outlook), beside a
// label that says DD-MM-JJJJ. So the calendar is opened from a button (showPicker) and its input stays out of
// sight: the only date on screen is the typed field's. Where a webview lacks showPicker, the input is shown.
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";
import { isoToTyped, typedToIso } from "./birth-date-text";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The calendar on its own line: a task pane is too narrow to put it beside the text.
  picker: { alignSelf: "flex-start", position: "relative" },
  // Out of sight but laid out under the button, so the browser anchors its calendar there.
  hiddenDate: { position: "absolute", left: 0, bottom: 0, width: "1px", height: "1px", opacity: 0, pointerEvents: "none", border: 0, padding: 0 },
});

export interface BirthDateFieldProps {
  locale: Locale;
  value: string;
  today: string;
  onChange: (typed: string) => void;
  onBlur: () => void;
  error: string | undefined;
  warning: string | undefined;
}

/** Whether this webview can open the calendar of a date input that is not shown (Chromium 99+, Safari 16+). */
export function canShowDatePicker(): boolean {
  return typeof HTMLInputElement !== "undefined" && typeof HTMLInputElement.prototype.showPicker === "function";
}

export function BirthDateField({ locale, value, today, onChange, onBlur, error, warning }: BirthDateFieldProps) {
  const t = composeMessages[locale];
  const styles = useStyles();
  const dateInput = useRef<HTMLInputElement>(null);
  const picked = (iso: string) => {
    if (iso) onChange(isoToTyped(iso));
  };
  return (
    <div className={styles.group}>
      <Field
        label={t.birthDateLabel}
        required
        validationState={error ? "error" : warning ? "warning" : "none"}
        validationMessage={error ?? warning}
      >
        <Input
          value={value}
          placeholder={t.birthDatePlaceholder}
          inputMode="numeric"
          autoComplete="off"
          onChange={(_event, data) => onChange(data.value)}
          onBlur={onBlur}
        />
      </Field>
      {canShowDatePicker() ? (
        <div className={styles.picker}>
          <Button
            size="small"
            onClick={() => {
              try {
                dateInput.current?.showPicker();
              } catch {
                // No user activation or not allowed here: the typed field still works.
              }
            }}
          >
            {t.birthDatePickerLabel}
          </Button>
          <input
            ref={dateInput}
            type="date"
            className={styles.hiddenDate}
            tabIndex={-1}
            aria-hidden="true"
            value={typedToIso(value)}
            max={today}
            autoComplete="off"
            onChange={(event) => picked(event.target.value)}
          />
        </div>
      ) : (
        <Field className={styles.picker} label={t.birthDatePickerLabel} size="small">
          <Input type="date" size="small" value={typedToIso(value)} max={today} autoComplete="off" onChange={(_event, data) => picked(data.value)} onBlur={onBlur} />
        </Field>
      )}
    </div>
  );
}
