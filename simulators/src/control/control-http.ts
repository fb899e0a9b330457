import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LabError } from '../errors.js';

/** Parses control-API input with zod; failure → LabError BAD_REQUEST carrying the reason. */
export function parseControl<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new LabError('BAD_REQUEST', z.prettifyError(parsed.error));
  return parsed.data;
}

/** Control-API errors: `{error: <code>, message}` with the code's status. */
export function controlErrorHandler(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof LabError)
    return reply.code(error.status).send({ error: error.code, message: error.message });
  if (error instanceof RangeError)
    return reply.code(400).send({ error: 'BAD_REQUEST', message: error.message });
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.code(status).send({ error: 'BAD_REQUEST', message: (error as Error).message });
  }
  request.log.error({ err: error }, 'control API failure');
  return reply
    .code(500)
    .send({ error: 'INTERNAL', message: 'unexpected failure, see the lab log' });
}

/** Lab time from an ISO string or epoch ms. */
export const labTimeInput = z.union([
  z.number().int(),
  z.iso.datetime({ offset: true }).transform((s) => Date.parse(s)),
]);
