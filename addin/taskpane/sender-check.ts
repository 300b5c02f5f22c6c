// Is the draft going out from the Veilig Thuis HwC mailbox (Bijlage 1.3)? There is no from.setAsync, so the
// pane can only tell the caseworker how to choose it; the send guard enforces it.
import { getFromAddress } from "../office/from";

export type SenderCheck = "ok" | "wrong" | "unknown";

export async function checkSender(senderAddress: string): Promise<SenderCheck> {
  const from = await getFromAddress().catch(() => undefined);
  if (from === undefined) return "unknown";
  return from.trim().toLowerCase() === senderAddress.trim().toLowerCase() ? "ok" : "wrong";
}
