// Graph (Outlook) allows 4 concurrent requests per app and mailbox; a fifth is answered 429 MailboxConcurrency.
// One limit per mailbox, shared by every client the process makes for that mailbox.

export class InFlightLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}

export class InFlightLimits {
  private readonly limits = new Map<string, InFlightLimit>();

  constructor(private readonly maxPerMailbox: number) {}

  for(mailbox: string): InFlightLimit {
    const key = mailbox.toLowerCase();
    let limit = this.limits.get(key);
    if (!limit) {
      limit = new InFlightLimit(this.maxPerMailbox);
      this.limits.set(key, limit);
    }
    return limit;
  }
}
