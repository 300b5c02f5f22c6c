// Birth date: typed as DD-MM-JJJJ, or picked from the browser's own calendar (which fills the typed field).
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";
import { isoToTyped, typedToIso } from "./birth-date-text";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The browser's own date picker, on its own line: a task pane is too narrow to put it beside the text.
  picker: { alignSelf: "flex-start" },
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

export function BirthDateField({ locale, value, today, onChange, onBlur, error, warning }: BirthDateFieldProps) {
  const t = composeMessages[locale];
  const styles = useStyles();
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
          placeholder="DD-MM-JJJJ"
          inputMode="numeric"
          autoComplete="off"
          onChange={(_event, data) => onChange(data.value)}
          onBlur={onBlur}
        />
      </Field>
      <Field className={styles.picker} label={t.birthDatePickerLabel} size="small">
        <Input
          type="date"
          size="small"
          value={typedToIso(value)}
          max={today}
          autoComplete="off"
          onChange={(_event, data) => {
            if (data.value) onChange(isoToTyped(data.value));
          }}
          onBlur={onBlur}
        />
      </Field>
    </div>
  );
}
