import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from '@automation-engine/contracts';
import { type Bus, readClaimCheckToken } from '@automation-engine/messaging';
import { isolatedScope, sharedServers } from '@automation-engine/testing';
import { metricValue, openBus, ticketEvent } from './support.js';

/** An event of the original published without the request envelope. */
const bareEvent = defineEvent({
  subject: 'test.task.done',
  payload: z.looseObject({ ticket_id: z.number().int(), note: z.string().optional() }),
  envelope: false,
});

const open: Bus[] = [];
async function bus(scope: string, overrides = {}) {
  const opened = await openBus(scope, overrides);
  open.push(opened.bus);
  return opened;
}

let nc: NatsConnection;
beforeAll(async () => {
  nc = await connect({ servers: sharedServers().natsUrl });
});
afterAll(async () => {
  await nc.close();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.drain()));
});

/** The next raw message on `subject`, as text. */
async function nextRaw(subject: string): Promise<() => Promise<string>> {
  const sub = nc.subscribe(subject, { max: 1 });
  await nc.flush();
  return async () => {
    for await (const msg of sub) return new TextDecoder().decode(msg.data);
    throw new Error('no message');
  };
}

describe('bus - bare (unenveloped) events', () => {
  it('declares events enveloped unless told otherwise', () => {
    expect(ticketEvent.envelope).toBe(true);
    expect(bareEvent.envelope).toBe(false);
  });

  it('publishes the bare payload JSON, no request envelope', async () => {
    const scope = isolatedScope('bare-out');
    const { bus: publisher } = await bus(scope);
    const received = await nextRaw(`${scope}.test.task.done`);
    await publisher.publish(bareEvent, { ticket_id: 5, note: 'x' });
    expect(JSON.parse(await received())).toEqual({ ticket_id: 5, note: 'x' });
  });

  it('still wraps an enveloped event in {request_id, body}', async () => {
    const scope = isolatedScope('env-out');
    const { bus: publisher } = await bus(scope);
    const received = await nextRaw(`${scope}.test.ticket.created`);
    await publisher.publish(ticketEvent, { ticket_id: 6 });
    const message = JSON.parse(await received()) as Record<string, unknown>;
    expect(message['body']).toEqual({ ticket_id: 6 });
    expect(typeof message['request_id']).toBe('string');
  });

  it('reads a bare payload published by a plain NATS client (the original)', async () => {
    const scope = isolatedScope('bare-in');
    const { bus: listener, registry } = await bus(scope);
    const seen: unknown[] = [];
    listener.subscribe(
      bareEvent,
      (payload, context) => {
        seen.push(payload);
        expect(context.requestId).toHaveLength(22);
      },
      { queue: 'task_dispatcher' },
    );
    await listener.flush();
    nc.publish(`${scope}.test.task.done`, JSON.stringify({ ticket_id: 9, extra: [1] }));
    await expect.poll(() => seen).toEqual([{ ticket_id: 9, extra: [1] }]);
    expect(
      await metricValue(registry, 'bus_events_total', { direction: 'in', outcome: 'handled' }),
    ).toBe(1);
  });

  it('goes from bus to bus bare', async () => {
    const scope = isolatedScope('bare-rt');
    const { bus: listener } = await bus(scope);
    const { bus: publisher } = await bus(scope);
    const seen: number[] = [];
    listener.subscribe(bareEvent, (payload) => {
      seen.push(payload.ticket_id);
    });
    await listener.flush();
    await publisher.publish(bareEvent, { ticket_id: 1 });
    await publisher.publish(bareEvent, { ticket_id: 2 });
    await expect.poll(() => seen.sort()).toEqual([1, 2]);
  });

  it('drops a bare payload that is not JSON or breaks the schema, logged, and keeps serving', async () => {
    const scope = isolatedScope('bare-bad');
    const { bus: listener, lines, registry } = await bus(scope);
    const seen: number[] = [];
    listener.subscribe(bareEvent, (payload) => {
      seen.push(payload.ticket_id);
    });
    await listener.flush();
    const subject = `${scope}.test.task.done`;
    nc.publish(subject, '{{{');
    nc.publish(subject, JSON.stringify({ ticket_id: 'NaN' }));
    // An enveloped message is not the bare payload: its top level has no ticket_id.
    nc.publish(subject, JSON.stringify({ request_id: 'r', body: { ticket_id: 3 } }));
    nc.publish(subject, JSON.stringify({ ticket_id: 4 }));
    await nc.flush();
    await expect.poll(() => seen).toEqual([4]);
    const dropped = lines().filter((line) => String(line['msg']).startsWith('event dropped'));
    expect(dropped).toHaveLength(3);
    expect(dropped.map((line) => String(line['reason']))).toEqual([
      expect.stringMatching(/^event is not JSON/),
      expect.stringMatching(/^payload\.ticket_id:/),
      expect.stringMatching(/^payload\.ticket_id:/),
    ]);
    expect(
      await metricValue(registry, 'bus_events_total', { direction: 'in', outcome: 'invalid' }),
    ).toBe(3);
  });

  it('keeps serving after the handler throws', async () => {
    const scope = isolatedScope('bare-throw');
    const { bus: listener, lines } = await bus(scope);
    const { bus: publisher } = await bus(scope);
    const seen: number[] = [];
    listener.subscribe(bareEvent, (payload) => {
      if (payload.ticket_id === 13) throw new Error('unlucky');
      seen.push(payload.ticket_id);
    });
    await listener.flush();
    await publisher.publish(bareEvent, { ticket_id: 13 });
    await publisher.publish(bareEvent, { ticket_id: 14 });
    await expect.poll(() => seen).toEqual([14]);
    expect(lines().some((line) => line['msg'] === 'event handler failed')).toBe(true);
  });

  it('refuses to publish a payload that breaks the contract, naming the payload field', async () => {
    const { bus: publisher } = await bus(isolatedScope('bare-refuse'));
    await expect(
      publisher.publish(bareEvent, { ticket_id: 'x' as unknown as number }),
    ).rejects.toThrow(/payload\.ticket_id/);
  });

  it('claim-checks a bare payload over max_payload and restores it for the listener', async () => {
    const scope = isolatedScope('bare-cc');
    const { bus: publisher } = await bus(scope, { maxPayloadBytes: 2_048 });
    const { bus: listener } = await bus(scope);
    const note = 'n'.repeat(10_000);
    const seen: string[] = [];
    listener.subscribe(bareEvent, (payload) => {
      seen.push(payload.note ?? '');
    });
    await listener.flush();
    const received = await nextRaw(`${scope}.test.task.done`);
    await publisher.publish(bareEvent, { ticket_id: 1, note });
    const wire = await received();
    expect(readClaimCheckToken(new TextEncoder().encode(wire))).toBeDefined();
    await expect.poll(() => seen).toEqual([note]);
  });
});
