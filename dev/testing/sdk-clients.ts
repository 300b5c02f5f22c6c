// Real SDK clients pointed at a running stand-in, for tests in any folder. The Graph JS client needs the
// stand-in's origin as baseUrl and its host name in customHosts (the SDK compares host names without the port),
// or it will not attach the token to absolute URLs such as @odata.nextLink.
import { Client, type ClientOptions } from "@microsoft/microsoft-graph-client";
import type { StandIn } from "../stand-in";

/** The message fields the stand-in's tests read back from Graph. */
export interface GraphMessage {
  id: string;
  subject: string;
  parentFolderId: string;
  isDraft: boolean;
  conversationId: string;
  internetMessageId: string;
  internetMessageHeaders?: Array<{ name: string; value: string }>;
  toRecipients: Array<{ emailAddress: { address: string } }>;
}

/** One page of a Graph collection; follow `@odata.nextLink` as it is. */
export interface GraphPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

export interface GraphClientOptions {
  /** Extra headers on every request, e.g. { Prefer: 'IdType="ImmutableId"' }. */
  headers?: Record<string, string>;
  middleware?: ClientOptions["middleware"];
}

export function graphClientFor(standIn: Pick<StandIn, "url">, getToken: () => Promise<string>, options: GraphClientOptions = {}): Client {
  const host = new URL(standIn.url).hostname;
  const base: ClientOptions = {
    baseUrl: `${standIn.url}/`,
    defaultVersion: "v1.0",
    customHosts: new Set([host]),
    fetchOptions: options.headers ? { headers: options.headers } : undefined,
  };
  if (options.middleware) return Client.initWithMiddleware({ ...base, middleware: options.middleware });
  return Client.initWithMiddleware({ ...base, authProvider: { getAccessToken: getToken } });
}
