// "vóór de start van de eerstvolgende schooldag: maandag 30 november, 08:30" for the chosen school's region,
// and a warning once that moment has passed while the pane was open.
import { Text } from "@fluentui/react-components";
import { formatDeadline } from "../../shared/dates/format-deadline";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";
import { Notice } from "../theme/Notice";
import type { SchoolDeadline } from "./school-deadline";

export function DeadlineNotice({ locale, deadline }: { locale: Locale; deadline: SchoolDeadline }) {
  const t = composeMessages[locale];
  if (!deadline.known) return <Notice intent="warning">{t.deadlineUnknown}</Notice>;
  if (deadline.passed) {
    return (
      <Notice intent="warning">
        <span data-testid="deadline">{t.deadlinePassed(formatDeadline(deadline.deadlineIso, locale), formatDeadline(deadline.nextDeadlineIso, locale))}</span>
      </Notice>
    );
  }
  return (
    <Text as="p" block data-testid="deadline">
      <Text weight="semibold">{t.deadlineLabel}: </Text>
      {t.deadline(formatDeadline(deadline.deadlineIso, locale))}
    </Text>
  );
}
