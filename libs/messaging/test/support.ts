import { Registry } from 'prom-client';
import { z } from 'zod';
import { defineContract, defineEvent } from '@automation-engine/contracts';
import { type Bus, connectBus, type BusOptions } from '@automation-engine/messaging';
import { captureLogger, type LogLine, sharedServers } from '@automation-engine/testing';

export { captureLogger, metricValue } from '@automation-engine/testing';

export async function openBus(
  scope: string,
  overrides: Partial<BusOptions> = {},
): Promise<{ bus: Bus; registry: Registry; lines: () => LogLine[] }> {
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

export const echoFieldsContract = defineContract({
  subject: 'test.echo_fields.request',
  request: z.object({}),
  response: z.null(),
  echoEnvelopeFields: ['igzID'],
});

export const ticketEvent = defineEvent({
  subject: 'test.ticket.created',
  payload: z.object({ ticket_id: z.number().int() }),
});
