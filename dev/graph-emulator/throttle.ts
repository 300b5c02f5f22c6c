// Outlook's per app-and-mailbox limits: a number of concurrent requests (4) and a request budget per window
// (10,000 per 10 minutes). Over either: 429 with Retry-After in seconds.
// https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits
import { GraphHttpError } from "./errors";

export interface ThrottleOptions {
  concurrentPerAppMailbox?: number;
  requestsPerWindow?: number;
  windowMs?: number;
}

interface Counter {
  inFlight: number;
  windowStart: number;
  used: number;
}

export class Throttle {
  private readonly counters = new Map<string, Counter>();
  readonly concurrent: number;
  readonly budget: number;
  readonly windowMs: number;

  constructor(options: ThrottleOptions = {}) {
    this.concurrent = options.concurrentPerAppMailbox ?? 4;
    this.budget = options.requestsPerWindow ?? 10_000;
    this.windowMs = options.windowMs ?? 600_000;
  }

  /** Admits a request or throws 429; the returned function ends the request's concurrency slot. */
  admit(appId: string, mailbox: string, now = Date.now()): () => void {
    const key = `${appId.toLowerCase()}|${mailbox.toLowerCase()}`;
    let counter = this.counters.get(key);
    if (!counter || now - counter.windowStart >= this.windowMs) {
      counter = { inFlight: counter?.inFlight ?? 0, windowStart: now, used: 0 };
      this.counters.set(key, counter);
    }
    if (counter.used >= this.budget) {
      const retryAfter = Math.max(1, Math.ceil((counter.windowStart + this.windowMs - now) / 1000));
      throw new GraphHttpError(429, "ApplicationThrottled", "Application is over its MailboxRequestRate limit. Wait for Retry-After seconds, then retry.", {
        "Retry-After": String(retryAfter),
      });
    }
    if (counter.inFlight >= this.concurrent) {
      throw new GraphHttpError(429, "MailboxConcurrency", "Application is over its MailboxConcurrency limit. Wait for Retry-After seconds, then retry.", {
        "Retry-After": "1",
      });
    }
    counter.used++;
    counter.inFlight++;
    const slot = counter;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      slot.inFlight--;
    };
  }

  clear(): void {
    this.counters.clear();
  }
}
