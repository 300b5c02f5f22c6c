// What the read pane was opened on: a signal (shown large, for the functionary to pass on orally) or
// anything else (explained, without the button). The cleanup service checks again, sender included.
import { matchSignalTemplate } from "../../shared/signal/match-signal-template";
import type { Signal } from "../../shared/signal/types";
import { getReadBody } from "../office/body";
import { getReadSubject } from "../office/subject";

export type OpenedItem = { kind: "signal"; signal: Signal } | { kind: "not-a-signal" } | { kind: "unreadable" };

export async function readOpenedItem(today: string): Promise<OpenedItem> {
  try {
    const match = matchSignalTemplate(getReadSubject(), await getReadBody("html"), { today });
    return match.ok ? { kind: "signal", signal: match.signal } : { kind: "not-a-signal" };
  } catch {
    return { kind: "unreadable" };
  }
}
