// One configuration problem in both languages, and the Dutch and English words for what zod found wrong in
// HWC_MAILBOXES_FILE (zod's own messages are English only).
import type { z } from "zod";
import { configMessages, type ConfigMessages } from "../../shared/messages";

export interface ConfigProblem {
  nl: string;
  en: string;
}

export function configProblem(pick: (messages: ConfigMessages) => string): ConfigProblem {
  return { nl: pick(configMessages.nl), en: pick(configMessages.en as ConfigMessages) };
}

/** Error code a schema attaches with `{ error: "calendarDate" }`, so the problem can be said in both languages. */
export const CALENDAR_DATE_CODE = "calendarDate";

function fieldProblem(issue: z.core.$ZodIssue, messages: ConfigMessages): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? messages.fieldMissing : messages.fieldWrongType(issue.expected);
    case "too_small":
      return messages.fieldTooFew(Number(issue.minimum));
    case "invalid_format":
      if (issue.format === "email") return messages.fieldEmail;
      if (issue.format === "uuid" || issue.format === "guid") return messages.fieldGuid;
      return messages.fieldInvalid;
    case "custom":
      return issue.message === CALENDAR_DATE_CODE ? messages.fieldCalendarDate : messages.fieldInvalid;
    default:
      return messages.fieldInvalid;
  }
}

/** "HWC_MAILBOXES_FILE, veld mailboxes.0.functionaries.0: is geen geldige object-id …" and its English twin. */
export function mailboxesFileProblem(issue: z.core.$ZodIssue): ConfigProblem {
  const path = issue.path.map(String).join(".") || "(root)";
  return configProblem((messages) => messages.mailboxesField(path, fieldProblem(issue, messages)));
}
