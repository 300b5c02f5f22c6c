// The last link before the wire: every request asks for immutable ids (so an item keeps its id when it moves
// folder, and a sent draft's id finds its Sent Items copy), waits for a slot under the mailbox's in-flight
// limit, and gets its own timeout. It sits inside the RetryHandler, so each attempt is timed on its own and a
// request waiting out Retry-After holds no slot.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { InFlightLimit } from "./in-flight-limit";

export const IMMUTABLE_ID_PREFERENCE = 'IdType="ImmutableId"';

export interface RequestPolicyOptions {
  limit: InFlightLimit;
  timeoutInMs: number;
}

export class RequestPolicyMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly options: RequestPolicyOptions) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error("RequestPolicyMiddleware needs a next middleware");
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    const prefer = headers.get("Prefer");
    if (!prefer?.includes("IdType=")) headers.set("Prefer", prefer ? `${prefer}, ${IMMUTABLE_ID_PREFERENCE}` : IMMUTABLE_ID_PREFERENCE);
    options.headers = Object.fromEntries(headers.entries());
    const timeout = AbortSignal.timeout(this.options.timeoutInMs);
    options.signal = options.signal ? AbortSignal.any([options.signal as AbortSignal, timeout]) : timeout;
    const release = await this.options.limit.acquire();
    try {
      // The timeout signal stays attached to the body too: a body that stalls after the headers is aborted as well.
      await this.next.execute(context);
    } finally {
      release();
    }
  }
}
