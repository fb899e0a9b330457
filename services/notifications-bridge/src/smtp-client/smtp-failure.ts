import { EngineError } from '@automation-engine/contracts';
import { RetryDecision } from '../delivery/retry-with-backoff.js';

/** The parts of a nodemailer error the bridge reads. */
export interface SmtpErrorFields {
  readonly code?: string;
  readonly responseCode?: number;
  readonly command?: string;
  readonly message: string;
}

export function smtpErrorFields(error: unknown): SmtpErrorFields {
  if (typeof error === 'string') return { message: error };
  if (typeof error !== 'object' || error === null) {
    return { message: error === null ? 'null' : `a thrown ${typeof error}` };
  }
  const { code, responseCode, command, message } = error as Record<string, unknown>;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof responseCode === 'number' ? { responseCode } : {}),
    ...(typeof command === 'string' ? { command } : {}),
    message: typeof message === 'string' ? message : JSON.stringify(error),
  };
}

/** A refused login: nodemailer's `EAUTH`, or the relay's 535. */
export function isAuthFailure(fields: SmtpErrorFields): boolean {
  return fields.code === 'EAUTH' || fields.responseCode === 535;
}

/**
 * Whether a failed send is tried again. A refused login is retried once (each attempt is a new
 * connection and a new login, the SMTP form of "re-login on 401"); a transient failure (no
 * connection, a timeout, a 4xx reply such as 421/451) is retried with backoff; a permanent 5xx
 * reply (a rejected recipient or message) is not.
 */
export function decideSmtpRetry(error: unknown): RetryDecision {
  const fields = smtpErrorFields(error);
  if (isAuthFailure(fields)) return RetryDecision.retryOnce;
  if (fields.responseCode !== undefined && fields.responseCode >= 500) return RetryDecision.stop;
  return RetryDecision.retry;
}

/** The reply for a mail given up on. */
export function mapSmtpFailure(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const fields = smtpErrorFields(error);
  const detail = `${fields.responseCode === undefined ? (fields.code ?? 'error') : String(fields.responseCode)}: ${fields.message}`;
  if (isAuthFailure(fields)) {
    return new EngineError(
      'VENDOR_UNAUTHORIZED',
      `The mail relay refused the sender's credentials (${detail})`,
      { cause: error },
    );
  }
  if (fields.responseCode !== undefined && fields.responseCode >= 500) {
    return new EngineError('BAD_REQUEST', `The mail relay rejected the e-mail (${detail})`, {
      cause: error,
    });
  }
  return new EngineError('VENDOR_DOWN', `The mail relay did not take the e-mail (${detail})`, {
    cause: error,
  });
}
