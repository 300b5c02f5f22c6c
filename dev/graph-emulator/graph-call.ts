// One Graph request, resolved to a mailbox and a caller, as the route handlers see it.
import type { StandInState } from "../stand-in-state";
import type { Caller } from "./caller";
import type { IdView } from "./message-json";
import type { Mailbox } from "./model";

export interface GraphCall {
  state: StandInState;
  method: string;
  query: URLSearchParams;
  body: unknown;
  caller: Caller;
  mailbox: Mailbox;
  view: IdView;
  /** https://host:port/v1.0 — for @odata.context and nextLink. */
  graphBaseUrl: string;
  /** The request URL without its query, for nextLink. */
  requestUrl: string;
  /** The `users/{ref}` segment as the caller wrote it, for @odata.context. */
  userRef: string;
}

export interface GraphResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const json = (status: number, body: unknown): GraphResult => ({ status, body });
export const noContent = (): GraphResult => ({ status: 204 });
export const accepted = (): GraphResult => ({ status: 202 });
