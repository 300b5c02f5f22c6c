/** The subset of a Graph `message` the product reads when deciding what a message is. */
export interface InboundMessage {
  readonly from?: { readonly emailAddress?: { readonly address?: string | null; readonly name?: string | null } | null } | null;
  readonly subject?: string | null;
  readonly body?: { readonly contentType: "html" | "text"; readonly content: string } | null;
  readonly hasAttachments?: boolean | null;
  readonly internetMessageHeaders?: readonly { readonly name: string; readonly value: string }[] | null;
  readonly conversationId?: string | null;
  readonly internetMessageId?: string | null;
}

export type Recognition =
  | { kind: "signal"; childName: string; birthDate: string }
  | { kind: "acknowledgement" }
  | { kind: "unrelated"; reason: string };

export interface RecognitionTrust {
  /** The Veilig Thuis HwC addresses a signal may come from. */
  readonly senders: readonly string[];
  /** "YYYY-MM-DD"; defaults to today in Europe/Amsterdam. Feeds the birth-date rules. */
  readonly today?: string;
  /** What the receiving school's own mail flow adds to every external message, exactly as its admin configured it. */
  readonly tolerance?: TenantTolerance;
}

/**
 * The additions a school tenant's mail-flow rules make to mail from outside, named exactly by the school's admin
 * (never guessed): the recognizer removes exactly these, once, where the rule puts them, and nothing else.
 */
export interface TenantTolerance {
  /** Prepended to the subject, e.g. "[EXTERN] ". */
  readonly subjectTag?: string;
  /** HTML inserted at the top of an HTML body (an external-sender banner table). */
  readonly htmlBanner?: string;
  /** HTML appended at the end of an HTML body (a disclaimer). */
  readonly htmlDisclaimer?: string;
  /** Text put before a plain-text body. */
  readonly textBanner?: string;
  /** Text appended to a plain-text body. */
  readonly textDisclaimer?: string;
}
