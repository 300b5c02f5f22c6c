// @odata.context and collection envelopes as Graph writes them.
import type { GraphCall } from "./graph-call";

export function contextUrl(call: GraphCall, tail: string): string {
  return `${call.graphBaseUrl}/$metadata#users('${encodeURIComponent(call.userRef)}')/${tail}`;
}

export function collectionOf(context: string, value: unknown[], nextLink: string | null, count?: number): Record<string, unknown> {
  const body: Record<string, unknown> = { "@odata.context": context };
  if (count !== undefined) body["@odata.count"] = count;
  body.value = value;
  if (nextLink) body["@odata.nextLink"] = nextLink;
  return body;
}
