// The send guard has no Office.onReady; Office.context is still populated in the event runtime.
export function displayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}
