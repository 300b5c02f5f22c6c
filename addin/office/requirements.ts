// Feature checks by requirement set, as Microsoft recommends, rather than by client or version sniffing.
export function isRequirementSupported(name: string, version: string): boolean {
  return Office.context.requirements?.isSetSupported(name, version) ?? false;
}

/** Smart Alerts with SendMode="Block" (OnMessageSend) need Mailbox 1.12: only there does the send guard run. */
export function canRunSendGuard(): boolean {
  return isRequirementSupported("Mailbox", "1.12");
}
