// What "Signaal invoegen" changes in the draft, read before it changes anything, so that a failure halfway
// can put the draft back: insertion is all or nothing. Attachments are not part of it (Outlook cannot
// re-add a removed one); they are removed only after everything else succeeded.
import { getComposeBody, getComposeBodyType, setComposeBody, type MailBody } from "../office/body";
import { canUseInternetHeaders, readSignalMarkerHeader, removeSignalMarkerHeader } from "../office/internet-headers";
import { getRecipientAddresses, setRecipientAddresses } from "../office/recipients";
import { getComposeSubject, setComposeSubject } from "../office/subject";

export interface DraftBefore {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** In the draft's own format (getTypeAsync): a plain-text draft gets a plain-text signal. */
  body: MailBody;
  hadMarker: boolean;
}

export async function readDraft(): Promise<DraftBefore> {
  const contentType = await getComposeBodyType();
  const [to, cc, bcc, subject, body, hadMarker] = await Promise.all([
    getRecipientAddresses("to"),
    getRecipientAddresses("cc"),
    getRecipientAddresses("bcc"),
    getComposeSubject(),
    getComposeBody(contentType),
    canUseInternetHeaders() ? readSignalMarkerHeader().then((marker) => marker !== undefined) : Promise.resolve(false),
  ]);
  return { to, cc, bcc, subject, body, hadMarker };
}

/**
 * Puts every part back. The marker goes only when all the rest is back: a draft that may still hold part
 * of a signal stays marked, so the send guard keeps checking it.
 */
export async function restoreDraft(before: DraftBefore): Promise<void> {
  const results = await Promise.all(
    [
      () => setComposeBody(before.body),
      () => setComposeSubject(before.subject),
      () => setRecipientAddresses("to", before.to),
      () => setRecipientAddresses("cc", before.cc),
      () => setRecipientAddresses("bcc", before.bcc),
    ].map((restore) => restore().then(() => true, () => false)),
  );
  if (results.every(Boolean) && !before.hadMarker && canUseInternetHeaders()) await removeSignalMarkerHeader().catch(() => undefined);
}
