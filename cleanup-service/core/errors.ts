// The few failures a caller acts on differently. Each carries a stable code; none carries message content.

/** The message is not a signal this mailbox trusts: nothing was changed (HTTP 422). */
export class NotASignalError extends Error {
  override name = "NotASignalError";
  readonly code = "not-a-signal";
  constructor(readonly reason: string) {
    super(`not-a-signal: ${reason}`);
  }
}

/** Graph failed or the result could not be verified; nothing is lost and a retry finishes the job (HTTP 503). */
export class RetryableMailboxError extends Error {
  override name = "RetryableMailboxError";
  constructor(
    readonly code: string,
    readonly retryAfterInSeconds = 5,
  ) {
    super(`retryable: ${code}`);
  }
}

/** Graph refused the caller (403 from Exchange): the functionary lacks rights on the mailbox. */
export class MailboxAccessDeniedError extends Error {
  override name = "MailboxAccessDeniedError";
  readonly code = "mailbox-access-denied";
  constructor() {
    super("mailbox-access-denied");
  }
}
