// "vóór de start van de eerstvolgende schooldag: maandag 30 november, 08:30" for the chosen school's region;
// a warning when today's school day had already started when the pane opened (today's support: by phone), once
// the deadline passes while the pane is open, and when the calendar does not reach that far.
import { Text } from "@fluentui/react-components";
import { formatDeadline } from "../../shared/dates/format-deadline";
import { formatLongDate } from "../../shared/dates/format-long-date";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";
import { Notice } from "../theme/Notice";
import type { SchoolDeadline } from "./school-deadline";

export function DeadlineNotice({ locale, deadline }: { locale: Locale; deadline: SchoolDeadline }) {
  const t = composeMessages[locale];
  if (!deadline.known) {
    const text = deadline.coveredUntil ? t.deadlineBeyondCalendar(formatLongDate(deadline.coveredUntil, locale)) : t.deadlineUnknown;
    return (
      <Notice intent="warning">
        <span data-testid="deadline">{text}</span>
      </Notice>
    );
  }
  if (deadline.passed) {
    return (
      <Notice intent="warning">
        <span data-testid="deadline">{t.deadlinePassed(formatDeadline(deadline.deadlineIso, locale), formatDeadline(deadline.nextDeadlineIso, locale))}</span>
      </Notice>
    );
  }
  if (deadline.todayStarted) {
    return (
      <Notice intent="warning">
        <span data-testid="deadline">{t.deadlineTodayStarted(formatDeadline(deadline.deadlineIso, locale))}</span>
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
