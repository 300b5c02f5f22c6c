// The request log: one entry per HTTP round trip to Graph or the identity provider (never the control API).
// Requests inside a $batch appear under their batch entry as `inner`, so the top-level count is round trips.
export interface RequestLogEntry {
  method: string;
  /** The URL path without the query string, e.g. /v1.0/users/x/messages. */
  path: string;
  /** The query string without "?", when there was one. */
  query?: string;
  status: number;
  /** ISO 8601 timestamps. */
  startedAt: string;
  endedAt: string;
  /** The mailbox address a Graph request touched. */
  mailbox?: string;
  /** The UPN for delegated calls, the client id for app-only calls and token requests. */
  caller?: string;
  /** Set when a fault rule answered or disturbed the request. */
  fault?: "status" | "reset" | "delay";
  /** For a $batch: its requests, each with its batch request id. */
  inner?: Array<RequestLogEntry & { id: string }>;
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
  }

  all(): RequestLogEntry[] {
    return structuredClone(this.entries);
  }

  clear(): void {
    this.entries = [];
  }
}
