import { VCO_SESSION_COOKIE, VCO_SESSION_EXPIRED_MESSAGE } from '@automation-engine/vendor-apis';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseLabTime } from '../clock/parse-lab-time.js';

/** An answer the VCO simulator gives instead of the normal one. */
export class VcoHttpError extends Error {
  override readonly name = 'VcoHttpError';
  readonly status: number;
  readonly body: unknown;

  constructor(status: number, body: unknown) {
    super(JSON.stringify(body));
    this.status = status;
    this.body = body;
  }
}

/** JSON-RPC style error body. */
export function vcoErrorBody(
  code: number,
  message: string,
): { error: { code: number; message: string } } {
  return { error: { code, message } };
}

export function invalidParams(message: string): VcoHttpError {
  return new VcoHttpError(400, vcoErrorBody(-32602, message));
}

/** Parses a body with a vendor-apis schema; failure → 400 `{error: {code: -32602, message}}`. */
export function parseVcoBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    throw invalidParams(`Invalid params: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** An interval's bounds in epoch ms; a bad or reversed interval → 400. */
export function intervalBounds(interval: { start: unknown; end: unknown }): {
  start: number;
  end: number;
} {
  const start = parseLabTime(interval.start);
  const end = parseLabTime(interval.end);
  if (start === null || end === null)
    throw invalidParams('Invalid params: interval start/end must be dates');
  if (end < start) throw invalidParams('Invalid params: interval end is before its start');
  return { start, end };
}

/** VeloCloud's date format: `YYYY-MM-DDTHH:MM:SS.000Z`. */
export function formatVcoDate(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}.000Z`;
}

export function sessionCookie(request: FastifyRequest): string | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === VCO_SESSION_COOKIE) return value.join('=');
  }
  return null;
}

/** The expired-session answer: HTTP 200, `Expires: 0`, tokenError body. */
export function sendExpiredSession(reply: FastifyReply): FastifyReply {
  return reply
    .code(200)
    .header('Expires', '0')
    .send(vcoErrorBody(-32000, VCO_SESSION_EXPIRED_MESSAGE));
}
