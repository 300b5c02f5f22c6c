// The OnMessageSend handler (Smart Alerts, SendMode="Block"). Whatever happens, the event is completed in
// `finally`: an uncompleted event leaves the caseworker's message stuck in Outlook. When the guard cannot
// check a message it may apply to, it blocks: a signal must never leave unchecked.
import { localeFor } from "../../shared/messages/define";
import type { School } from "../../shared/register/school";
import type { EvaluateSendOptions, SendDecision } from "./evaluate-send";
import { guardErrorMessage, guardFailureMessage } from "./guard-message";
import type { SendSnapshot } from "./send-snapshot";
import { isSignalLike, type SendEnvelope } from "./signal-like";

export interface SendGuardDependencies {
  readEnvelope: () => Promise<SendEnvelope>;
  readSnapshot: (envelope: SendEnvelope) => Promise<SendSnapshot>;
  /** The full decision (evaluate-send.ts), loaded only for signal-like mail. */
  evaluate: (snapshot: SendSnapshot, options: EvaluateSendOptions) => Promise<SendDecision>;
  schools: readonly School[];
  senderAddress: string;
  today: () => string;
  displayLanguage: () => string | undefined;
}

export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
}

export async function onMessageSend(event: { completed: (options: SendCompletion) => void }, deps: SendGuardDependencies): Promise<void> {
  const locale = localeFor(safely(deps.displayLanguage));
  let completion: SendCompletion = { allowEvent: false, errorMessage: guardFailureMessage(locale) };
  try {
    const envelope = await deps.readEnvelope();
    if (!isSignalLike(envelope, deps.schools)) {
      completion = { allowEvent: true };
    } else {
      const snapshot = await deps.readSnapshot(envelope);
      const decision = await deps.evaluate(snapshot, { schools: deps.schools, senderAddress: deps.senderAddress, today: deps.today() });
      completion = decision.allow
        ? { allowEvent: true }
        : { allowEvent: false, errorMessage: guardErrorMessage(decision.problems, locale, deps.senderAddress) };
    }
  } catch {
    // Deliberately silent: the error could quote the message, and the failure message above already tells
    // the caseworker what to do. The event still completes below.
  } finally {
    event.completed(completion);
  }
}

function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
