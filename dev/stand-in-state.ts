// What every part of the running stand-in reads: its own base URL, the current store (replaced on reset) and
// the identity provider's signing keys.
import type { Store } from "./graph-emulator/store";
import type { SigningKeys } from "./identity/signing-keys";

export interface StandInState {
  /** https://127.0.0.1:PORT, no trailing slash. */
  baseUrl: string;
  store: Store;
  keys: SigningKeys;
  /** How long a sent item's Sent Items copy stays invisible to Graph; 0 = at once. Set through the control API. */
  sentCopyDelayMs: number;
}
