import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** An answer the Bruin simulator gives instead of the normal one. */
export class BruinHttpError extends Error {
  override readonly name = 'BruinHttpError';
  readonly status: number;
  readonly body: unknown;

  constructor(status: number, body: unknown) {
    super(typeof body === 'string' ? body : JSON.stringify(body));
    this.status = status;
    this.body = body;
  }
}

/** Bruin's standard error object. */
export function bruinErrorBody(args: { message: string; status?: number; type?: string }): {
  message: string;
  messageDetail: null;
  data: null;
  type: string;
  code: number;
} {
  const status = args.status ?? 400;
  return {
    message: args.message,
    messageDetail: null,
    data: null,
    type: args.type ?? (status === 404 ? 'NotFoundException' : 'ValidationException'),
    code: status,
  };
}

export function badRequest(message: string, type?: string): BruinHttpError {
  return new BruinHttpError(
    400,
    bruinErrorBody({ message, ...(type === undefined ? {} : { type }) }),
  );
}

export function notFound(message: string): BruinHttpError {
  return new BruinHttpError(404, bruinErrorBody({ message, status: 404 }));
}

export const UNAUTHORIZED_BODY = { message: 'Authorization has been denied for this request.' };

/** Parses a body with a vendor-apis schema; failure → Bruin's 400 error object. */
export function parseBruinBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    throw badRequest(`The request is invalid. ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** Query parameters with names matched case-insensitively (Bruin's are). */
export class BruinQuery {
  readonly #values = new Map<string, string[]>();

  constructor(request: FastifyRequest) {
    for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
      const list = Array.isArray(value) ? value.map(String) : [String(value)];
      this.#values.set(key.toLowerCase(), [
        ...(this.#values.get(key.toLowerCase()) ?? []),
        ...list,
      ]);
    }
  }

  keys(): string[] {
    return [...this.#values.keys()];
  }

  string(name: string): string | undefined {
    const value = this.#values.get(name.toLowerCase())?.[0];
    return value === undefined || value === '' ? undefined : value;
  }

  /** Every value of a repeated key, commas also splitting. */
  list(name: string): string[] | undefined {
    const values = this.#values.get(name.toLowerCase());
    if (values === undefined) return undefined;
    return values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }

  int(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw badRequest(`The value '${value}' is not valid for ${name}.`);
    return Number(value);
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw badRequest(`${name} is required.`);
    return value;
  }

  requiredInt(name: string): number {
    const value = this.int(name);
    if (value === undefined) throw badRequest(`${name} is required.`);
    return value;
  }
}

/** A numeric path parameter; anything else → 404 as an unmatched route. */
export function intParam(request: FastifyRequest, name: string): number {
  const value = (request.params as Record<string, string | undefined>)[name] ?? '';
  if (!/^\d+$/.test(value)) {
    throw notFound(`No HTTP resource was found that matches the request URI '${request.url}'.`);
  }
  return Number(value);
}

/** A bare JSON string answer (`"Success"`, `"OK"`…), as Bruin sends it. */
export function sendJsonString(reply: FastifyReply, value: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
}
