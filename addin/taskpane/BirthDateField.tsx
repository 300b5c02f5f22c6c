// Birth date: typed as DD-MM-JJJJ, or picked from the browser's own calendar (which fills the typed field).
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";
import { isoToTyped, typedToIso } from "./birth-date-text";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  typed: { flexGrow: 1 },
  // Level with the typed input, whose visible label sits above it.
  picker: { width: "3.25rem", flexShrink: 0, marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
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
    <div className={styles.row}>
      <Field
        className={styles.typed}
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
      <Field className={styles.picker} label={{ children: t.birthDatePickerLabel, className: styles.visuallyHidden }}>
        <Input
          type="date"
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
