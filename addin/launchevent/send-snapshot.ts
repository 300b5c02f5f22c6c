// What the send guard decides on: the parts of the outgoing message a signal may or may not have.
// Plain data, so the decision (evaluate-send.ts) is a pure function that tests can feed any tampered message.
export interface SendSnapshot {
  subject: string;
  /**
   * The body as Outlook will send it, in `bodyFormat`: HTML coercion for an HTML draft (so images and links are
   * visible to the guard), the text itself for a plain-text draft.
   */
  htmlBody: string;
  /** The draft's format; absent means HTML. */
  bodyFormat?: "html" | "text";
  to: string[];
  cc: string[];
  bcc: string[];
  /** undefined when the client cannot tell (Mailbox < 1.7): treated as not the Veilig Thuis mailbox. */
  from: string | undefined;
  /** Inline images count: a signal carries none. */
  attachments: { isInline: boolean }[];
  /** The `x-handle-with-care` marker the compose pane sets. */
  hasMarker: boolean;
  /**
   * The HwC address of the school chosen in the pane: the marker's value. Undefined without a marker, or for
   * the content-free value "1" that earlier versions of the pane set (no choice recorded, nothing to compare).
   */
  chosenSchool?: string;
}
