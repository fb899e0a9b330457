import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { Registry } from 'prom-client';
import { z } from 'zod';
import { defineContract, defineEvent } from '@automation-engine/contracts';
import { type Bus, connectBus, type BusOptions } from '@automation-engine/messaging';
import { sharedServers } from '@automation-engine/testing';

/** A pino logger whose lines are kept as parsed objects, so tests assert on fields. */
export function captureLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

export async function openBus(
  scope: string,
  overrides: Partial<BusOptions> = {},
): Promise<{ bus: Bus; registry: Registry; lines: Record<string, unknown>[] }> {
  const { natsUrl, redisUrl } = sharedServers();
  const { logger, lines } = captureLogger();
  const registry = new Registry();
  const bus = await connectBus({
    servers: natsUrl,
    name: `test-${scope}`,
    redis: redisUrl,
    logger,
    registry,
    subjectPrefix: scope,
    ...overrides,
  });
  return { bus, registry, lines };
}

export const echoContract = defineContract({
  subject: 'test.echo.request',
  request: z.object({ ticket_id: z.number().int(), note: z.string().min(1) }),
  response: z.object({ ticket_id: z.number().int(), note: z.string(), served_by: z.string() }),
  timeoutMs: 5_000,
});

export const blobContract = defineContract({
  subject: 'test.blob.request',
  request: z.object({ blob: z.string(), reply_bytes: z.number().int().nonnegative() }),
  response: z.object({ received_bytes: z.number().int(), blob: z.string() }),
  timeoutMs: 20_000,
});

export const echoIdContract = defineContract({
  subject: 'test.echo_id.request',
  request: z.object({}),
  response: z.null(),
  echoRequestId: true,
});

export const ticketEvent = defineEvent({
  subject: 'test.ticket.created',
  payload: z.object({ ticket_id: z.number().int() }),
});

export function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  return registry
    .getSingleMetric(name)!
    .get()
    .then((metric) =>
      metric.values
        .filter((value) => Object.entries(labels).every(([k, v]) => value.labels[k] === v))
        .reduce((sum, value) => sum + value.value, 0),
    );
}
