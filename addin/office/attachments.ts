import { composeItem } from "./mailbox-item";
import { officeAsync } from "./office-async";
import { isRequirementSupported } from "./requirements";

export interface AttachmentSummary {
  id: string;
  isInline: boolean;
}

/** Mailbox 1.8. Returns only what the guard and the pane decide on: never names or content. */
export async function getComposeAttachments(): Promise<AttachmentSummary[]> {
  const item = composeItem();
  const details = await officeAsync<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (done) => item.getAttachmentsAsync(done));
  return details.map((detail) => ({ id: detail.id, isInline: detail.isInline }));
}

export function canListAttachments(): boolean {
  return isRequirementSupported("Mailbox", "1.8");
}

export async function removeComposeAttachment(id: string): Promise<void> {
  const item = composeItem();
  await officeAsync<void>("removeAttachmentAsync", (done) => item.removeAttachmentAsync(id, done));
}
