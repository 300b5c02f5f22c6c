// What the compose pane can ask of Outlook. The pane receives these as props, so its tests need no Office.
import type { InsertSignalOutcome, InsertSignalRequest } from "./insert-signal";

export interface ComposeActions {
  insertSignal: (request: InsertSignalRequest) => Promise<InsertSignalOutcome>;
  /** Opens a new, empty message for the next child's signal. */
  openNewMessage: () => void;
}
