// "vóór de start van de eerstvolgende schooldag: maandag 30 november, 08:30" for the chosen school's region.
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { formatDeadline } from "../../shared/dates/format-deadline";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";
import type { SchoolDeadline } from "./school-deadline";

export function DeadlineNotice({ locale, deadline }: { locale: Locale; deadline: SchoolDeadline }) {
  const t = composeMessages[locale];
  if (!deadline.known) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t.deadlineUnknown}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div>
      <Text as="p" block data-testid="deadline">
        <Text weight="semibold">{t.deadlineLabel}: </Text>
        {t.deadline(formatDeadline(deadline.deadlineIso, locale))}
      </Text>
      {deadline.todayAlreadyStarted ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.deadlinePassed}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
