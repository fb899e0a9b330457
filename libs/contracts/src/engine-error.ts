import { type ErrorCode, statusByErrorCode } from './error-codes.js';

export interface EngineErrorOptions {
  /** Envelope status when it is not the code's default (a vendor's own 4xx, Bruin's 471...). */
  status?: number;
  /** Reply body when it is not the message (a vendor's raw error body, validation details). */
  body?: unknown;
  cause?: unknown;
}

/**
 * A failure a handler reports on purpose. The bus replies with its status and body; anything else
 * thrown becomes a 500 with the error's message.
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly body: unknown;

  constructor(code: ErrorCode, message: string, options: EngineErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? statusByErrorCode[code];
    this.body = options.body ?? message;
  }
}
