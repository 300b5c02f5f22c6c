// The Graph client: the SDK's own middleware chain — authentication → retry (429/503/504, honouring
// Retry-After) → request policy (ImmutableId, in-flight limit, timeout) → HTTP. The base URL may be the
// stand-in's; `customHosts` lets the SDK attach the token there as it does for graph.microsoft.com.
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
} from "@microsoft/microsoft-graph-client";
import type { InFlightLimit } from "./in-flight-limit";
import { RequestPolicyMiddleware } from "./request-policy-middleware";

export interface GraphClientOptions {
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0. */
  graphBaseUrl: string;
  authProvider: AuthenticationProvider;
  limit: InFlightLimit;
  timeoutInMs: number;
  maxRetries: number;
  retryDelayInSeconds: number;
}

export function createGraphClient(options: GraphClientOptions): Client {
  const url = new URL(options.graphBaseUrl);
  const segments = url.pathname.split("/").filter(Boolean);
  const version = segments.pop() ?? "v1.0";
  const baseUrl = `${url.origin}${segments.length ? `/${segments.join("/")}` : ""}/`;

  const authentication = new AuthenticationHandler(options.authProvider);
  const retry = new RetryHandler(new RetryHandlerOptions(options.retryDelayInSeconds, options.maxRetries));
  const policy = new RequestPolicyMiddleware({ limit: options.limit, timeoutInMs: options.timeoutInMs });
  const http = new HTTPMessageHandler();
  authentication.setNext(retry);
  retry.setNext(policy);
  policy.setNext(http);

  return Client.initWithMiddleware({
    middleware: authentication,
    baseUrl,
    defaultVersion: version,
    customHosts: new Set([url.hostname]),
  });
}
