// Two clicks on "Bevestigen en verwijderen" for the same signal (two Outlook windows, a double click, a client
// retry while the first call still runs) must do the work once. Within one process, the second caller joins
// the first one's promise. This does NOT cover two service instances (scaled-out Functions): there the
// marker header on the acknowledgement is the guard — each run first looks for an existing acknowledgement —
// which narrows but cannot close the window in which both create one before either sees the other's.
import { createHash } from "node:crypto";

export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  static keyOf(...parts: string[]): string {
    return createHash("sha256").update(parts.join("\u0000")).digest("base64url");
  }

  run(key: string, work: () => Promise<T>): Promise<T> {
    const existing = this.running.get(key);
    if (existing) return existing;
    const started = work().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  get size(): number {
    return this.running.size;
  }
}
