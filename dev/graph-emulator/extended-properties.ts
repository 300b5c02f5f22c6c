// Single-value extended properties (MAPI named properties) on messages: set when a message is created or with a
// PATCH, read only through `$expand=singleValueExtendedProperties($filter=id eq '…')`.
// https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties
// https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-get
import { badRequest } from "./errors";
import type { StoredMessage } from "./model";

// "String {guid} Name name", "String 0x1234" (tagged), and the other MAPI types Graph documents for the id.
const NAMED = /^(String|Integer|Boolean|SystemTime|Binary|Long|Double|Short|Float|Currency|CLSID|Object) \{([0-9a-fA-F-]{36})\} (Name|Id) (.+)$/;
const TAGGED = /^(String|Integer|Boolean|SystemTime|Binary|Long|Double|Short|Float|Currency|CLSID|Object) (0x[0-9a-fA-F]{4})$/;

/** The id with its GUID in lower case (Exchange compares GUIDs case-insensitively); 400 when it is no valid id. */
export function canonicalPropertyId(id: string): string {
  const named = NAMED.exec(id.trim());
  if (named) return `${named[1]} {${(named[2] ?? "").toLowerCase()}} ${named[3]} ${named[4]}`;
  const tagged = TAGGED.exec(id.trim());
  if (tagged) return `${tagged[1]} ${(tagged[2] ?? "").toLowerCase()}`;
  throw badRequest(`The extended property id '${id}' is not valid. Use "String {guid} Name name" or a tagged id like "String 0x0037".`, "ErrorInvalidExtendedPropertyValue");
}

export function setExtendedProperties(message: StoredMessage, properties: readonly { id: string; value: string }[]): void {
  for (const property of properties) message.extendedProperties[canonicalPropertyId(property.id)] = property.value;
}

/**
 * `$expand=singleValueExtendedProperties($filter=id eq '…' [or id eq '…'])`: the ids asked for, or null when the
 * query has no $expand. Any other $expand is refused, as before (the stand-in emulates no other).
 */
export function expandedPropertyIds(expand: string | null): string[] | null {
  if (expand === null) return null;
  const match = /^\s*singleValueExtendedProperties\s*\(\s*\$filter\s*=\s*(.+)\)\s*$/i.exec(expand);
  if (!match?.[1]) {
    throw badRequest("The stand-in emulates $expand only as singleValueExtendedProperties($filter=id eq '…'). Extend dev/graph-emulator (see FIDELITY.md).");
  }
  const ids: string[] = [];
  for (const clause of match[1].split(/\s+or\s+/i)) {
    const id = /^\s*id\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(clause)?.[1];
    if (id === undefined) throw badRequest("Invalid filter clause in $expand: use id eq '…', joined by or.");
    ids.push(canonicalPropertyId(id.replace(/''/g, "'")));
  }
  return ids;
}

/** The expanded properties the message has (Graph leaves the key out when it has none of them). */
export function expandedProperties(message: StoredMessage, ids: readonly string[]): { id: string; value: string }[] {
  return ids.filter((id) => message.extendedProperties[id] !== undefined).map((id) => ({ id, value: message.extendedProperties[id] ?? "" }));
}
