/** A fault that retrying will not fix (bad payload, page that can never be parsed). */
export class PermanentError extends Error {
  override name = 'PermanentError';
}

/** Input refused by policy (SSRF guard, content type, size cap). Never retried. */
export class RefusedError extends PermanentError {
  override name = 'RefusedError';
}

/** A host asked us to wait; the job should be delayed without spending an attempt. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

/** A shared resource (the database file) is held by someone else; wait and try again, attempt unspent. */
export class ResourceBusyError extends RateLimitedError {
  override name = 'ResourceBusyError';
}
