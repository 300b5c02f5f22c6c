// Field errors come from the domain as stable codes; their words live in domainMessages. A code without
// words (a newer domain than this bundle) still gets a sentence that says what to do.
import { domainMessages } from "../../shared/messages/domain";
import { composeMessages } from "../../shared/messages/compose";
import type { Locale } from "../../shared/messages/define";

export function fieldErrorText(code: string, locale: Locale): string {
  const entry: unknown = (domainMessages[locale] as Record<string, unknown>)[code];
  return typeof entry === "string" ? entry : composeMessages[locale].fieldErrorFallback;
}
