// Exactly what "Signaal invoegen" will put in the message: recipient, subject and the three body lines.
import { makeStyles, tokens } from "@fluentui/react-components";
import { renderSignal } from "../../shared/signal/render-signal";
import type { Signal } from "../../shared/signal/types";
import type { School } from "../../shared/register/school";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";

const useStyles = makeStyles({
  preview: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  fields: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  body: { margin: 0, whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyBase },
  empty: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export function SignalPreview({ locale, school, signal }: { locale: Locale; school: School | undefined; signal: Signal | undefined }) {
  const t = composeMessages[locale];
  const styles = useStyles();
  const rendered = signal ? renderSignal(signal) : undefined;
  return (
    <section className={styles.preview} aria-labelledby="hwc-preview-heading">
      <h2 id="hwc-preview-heading" className={styles.heading}>
        {t.previewTitle}
      </h2>
      {school && rendered ? (
        <>
          <dl className={styles.fields}>
            <dt className={styles.term}>{t.previewTo}</dt>
            <dd className={styles.value}>{school.hwcAddress}</dd>
            <dt className={styles.term}>{t.previewSubject}</dt>
            <dd className={styles.value}>{rendered.subject}</dd>
          </dl>
          <pre className={styles.body} data-testid="signal-preview-body">
            {rendered.text}
          </pre>
        </>
      ) : (
        <p className={styles.empty}>{t.previewEmpty}</p>
      )}
    </section>
  );
}
