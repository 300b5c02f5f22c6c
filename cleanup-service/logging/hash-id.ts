// Message and conversation ids identify a signal; the logs only ever see a keyed hash of them, so two log
// lines about the same signal can be correlated without the log holding the id itself.
import { createHmac } from "node:crypto";

export type IdHasher = (value: string) => string;

export function createIdHasher(key: string): IdHasher {
  return (value) => createHmac("sha256", key).update(value).digest("base64url").slice(0, 16);
}
