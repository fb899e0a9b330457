import type { FastifyRequest } from 'fastify';

/** An answer the DiGi simulator gives instead of the normal one. */
export class DigiHttpError extends Error {
  override readonly name = 'DigiHttpError';
  readonly status: number;
  readonly body: unknown;

  constructor(status: number, body: unknown) {
    super(typeof body === 'string' ? body : JSON.stringify(body));
    this.status = status;
    this.body = body;
  }
}

export const DIGI_INVALID_TOKEN = {
  error: 'invalid_token',
  error_description: 'The access token is missing, invalid or expired',
} as const;

/** A request header by name (HTTP headers are case-insensitive; node lower-cases them). */
export function digiHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/** D2's `Error` answer (HTTP 200). */
export function digiLogsError(
  code: string,
  message: string,
): { Error: { Code: string; Message: string } } {
  return { Error: { Code: code, Message: message } };
}
