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
}
