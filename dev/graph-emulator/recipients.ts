// Recipients as Graph writes them: { emailAddress: { name, address } }. Without a display name Exchange
// resolves one from the directory, else repeats the address.
import type { Recipient } from "./model";
import type { Store } from "./store";

export type RecipientInput = string | { name?: string; address: string };

export function toRecipient(store: Store, input: RecipientInput): Recipient {
  const address = typeof input === "string" ? input : input.address;
  const given = typeof input === "string" ? undefined : input.name;
  const name = given ?? store.findMailbox(address)?.displayName ?? address;
  return { emailAddress: { name, address } };
}

export const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();
