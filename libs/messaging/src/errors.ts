/**
 * Failures a caller of the bus can branch on with `instanceof`. Every one keeps the subject and
 * passes its `cause` on.
 */
export class BusError extends Error {
  override readonly name: string = 'BusError';
  readonly subject: string;

  constructor(subject: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.subject = subject;
  }
}

/** No reply came within the timeout. The original's callers answered this with status 503. */
export class RequestTimeoutError extends BusError {
  override readonly name = 'RequestTimeoutError';
  readonly timeoutMs: number;

  constructor(subject: string, timeoutMs: number, options?: ErrorOptions) {
    super(subject, `no reply on ${subject} within ${String(timeoutMs)} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** Nobody serves the subject right now. */
export class NoRespondersError extends BusError {
  override readonly name = 'NoRespondersError';

  constructor(subject: string, options?: ErrorOptions) {
    super(subject, `no service answers ${subject}`, options);
  }
}

/** The caller's own request body does not match the contract; nothing was sent. */
export class InvalidRequestError extends BusError {
  override readonly name = 'InvalidRequestError';
  readonly reason: string;

  constructor(subject: string, reason: string, options?: ErrorOptions) {
    super(subject, `invalid request for ${subject}: ${reason}`, options);
    this.reason = reason;
  }
}

/** The reply is not JSON, not an envelope, or a success body that breaks the contract. */
export class InvalidResponseError extends BusError {
  override readonly name = 'InvalidResponseError';
  readonly reason: string;

  constructor(subject: string, reason: string, options?: ErrorOptions) {
    super(subject, `invalid reply on ${subject}: ${reason}`, options);
    this.reason = reason;
  }
}

/** A claim-check token whose payload is gone from Redis (expired, or never stored). */
export class ClaimCheckExpiredError extends BusError {
  override readonly name = 'ClaimCheckExpiredError';
  readonly token: string;

  constructor(subject: string, token: string, options?: ErrorOptions) {
    super(
      subject,
      `the payload of claim-check token ${token} on ${subject} is no longer in Redis (expired or never stored)`,
      options,
    );
    this.token = token;
  }
}

/** Redis could not store or read a claim-checked payload. */
export class ClaimCheckStoreError extends BusError {
  override readonly name = 'ClaimCheckStoreError';

  constructor(subject: string, message: string, options?: ErrorOptions) {
    super(subject, `claim-check store failed on ${subject}: ${message}`, options);
  }
}

/** The bus is draining or closed; nothing more can be sent. */
export class BusClosedError extends BusError {
  override readonly name = 'BusClosedError';

  constructor(subject: string, options?: ErrorOptions) {
    super(subject, `the bus is closed; cannot use ${subject}`, options);
  }
}
