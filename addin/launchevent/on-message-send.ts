// The OnMessageSend handler (Smart Alerts, SendMode="Block"). Whatever happens, the event is completed in
// `finally`: an uncompleted event leaves the caseworker's message stuck in Outlook. When the guard cannot
// check a message it applies to, it blocks: a signal must never leave unchecked. When it cannot even tell
// whether a message is signal-like, it lets ordinary mail go (guardApplies): SendMode="Block" must never
// stop a caseworker's other mail.
import { localeFor } from "../../shared/messages/define";
import type { School } from "../../shared/register/school";
import type { EvaluateSendOptions, SendDecision } from "./evaluate-send";
import { guardErrorMessage, guardFailureMessage } from "./guard-message";
import type { SendSnapshot } from "./send-snapshot";
import { guardApplies, type EnvelopeReading } from "./signal-like";

export interface SendGuardDependencies {
  /** Never rejects: parts Outlook cannot give are undefined (see readSendEnvelope). */
  readEnvelope: () => Promise<EnvelopeReading>;
  readSnapshot: (envelope: EnvelopeReading) => Promise<SendSnapshot>;
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
    // An envelope that cannot be read at all is an envelope of unknowns: ordinary mail still goes.
    const envelope = await deps.readEnvelope().catch((): EnvelopeReading => ({}));
    if (!guardApplies(envelope, deps.schools)) {
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
