// What the compose pane can ask of Outlook. The pane receives these as props, so its tests need no Office.
import type { InsertSignalOutcome, InsertSignalRequest } from "./insert-signal";
import type { SenderCheck } from "./sender-check";

export interface ComposeActions {
  insertSignal: (request: InsertSignalRequest) => Promise<InsertSignalOutcome>;
  /** Whether the draft's From is the Veilig Thuis HwC mailbox, checked when the pane opens. */
  checkSender: (senderAddress: string) => Promise<SenderCheck>;
  /** Opens a new, empty message for the next child's signal. */
  openNewMessage: () => void;
}
