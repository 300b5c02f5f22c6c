// Turns the guard's findings into the one line Outlook shows when it blocks the send (max 500 characters).
import type { Locale } from "../../shared/messages/define";
import { guardMessages } from "../../shared/messages/guard";
import type { SendProblem } from "./evaluate-send";

const SMART_ALERTS_MAX_LENGTH = 500;

export function guardErrorMessage(problems: readonly SendProblem[], locale: Locale, senderAddress: string): string {
  const texts = guardMessages[locale];
  const lines = problems.map((problem) => (problem === "wrongFrom" ? texts.wrongFrom(senderAddress) : texts[problem]));
  const message = [texts.blocked, ...lines].join(" ");
  return message.length <= SMART_ALERTS_MAX_LENGTH ? message : `${message.slice(0, SMART_ALERTS_MAX_LENGTH - 1)}…`;
}

export function guardFailureMessage(locale: Locale): string {
  return guardMessages[locale].checkFailed;
}
