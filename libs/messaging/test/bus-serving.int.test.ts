import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '@nats-io/nkeys';
import { type Bus, connectBus, type NatsCredentials } from '@automation-engine/messaging';
import { type Authorization, startNatsServerWithAuth } from './auth-server.js';
import { isolatedScope, startNatsServer, sharedServers } from '@automation-engine/testing';
import { captureLogger, echoContract, metricValue, openBus, ticketEvent } from './support.js';

const open: Bus[] = [];
async function bus(scope: string, overrides = {}) {
  const opened = await openBus(scope, overrides);
  open.push(opened.bus);
  return opened;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.drain()));
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('bus - serving', () => {
  it('spreads requests of one queue group across two replicas', async () => {
    const scope = isolatedScope('queue');
    const { bus: a } = await bus(scope);
    const { bus: b } = await bus(scope);
    const { bus: caller } = await bus(scope);
    for (const [replica, name] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      replica.serve(echoContract, (body) => ({ status: 200, body: { ...body, served_by: name } }), {
        queue: 'bruin_bridge',
      });
    }
    await Promise.all([a.flush(), b.flush()]);
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        caller.request(echoContract, { ticket_id: i, note: 'n' }),
      ),
    );
    const servedBy = replies.map((reply) => (reply.ok ? reply.body.served_by : 'failed'));
    const counts = {
      a: servedBy.filter((s) => s === 'a').length,
      b: servedBy.filter((s) => s === 'b').length,
    };
    expect(counts.a + counts.b).toBe(200);
    expect(counts.a).toBeGreaterThan(20);
    expect(counts.b).toBeGreaterThan(20);
  });

  it('handles requests of one subject concurrently, so a slow one does not hold up the rest', async () => {
    const scope = isolatedScope('concurrent');
    const { bus: server } = await bus(scope);
    const { bus: caller } = await bus(scope);
    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    server.serve(echoContract, async (body) => {
      if (body.note === 'slow') await slowGate;
      return { status: 200, body: { ...body, served_by: 'x' } };
    });
    await server.flush();
    const slow = caller.request(echoContract, { ticket_id: 1, note: 'slow' });
    const fast = await caller.request(echoContract, { ticket_id: 2, note: 'fast' });
    expect(fast.ok).toBe(true);
    releaseSlow();
    expect((await slow).ok).toBe(true);
  });

  it('never runs more handlers of a subject at once than its concurrency limit', async () => {
    const scope = isolatedScope('limit');
    const { bus: server } = await bus(scope);
    const { bus: caller } = await bus(scope);
    let running = 0;
    let peak = 0;
    server.serve(
      echoContract,
      async (body) => {
        running += 1;
        peak = Math.max(peak, running);
        await delay(10);
        running -= 1;
        return { status: 200, body: { ...body, served_by: 'x' } };
      },
      { concurrency: 3 },
    );
    await server.flush();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        caller.request(echoContract, { ticket_id: i, note: 'n' }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('lets requests in hand finish and reply when draining', async () => {
    const scope = isolatedScope('drain');
    const { bus: server } = await bus(scope);
    const { bus: caller } = await bus(scope);
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    server.serve(echoContract, async (body) => {
      started();
      await delay(200);
      return { status: 200, body: { ...body, served_by: 'draining' } };
    });
    await server.flush();
    const pending = caller.request(echoContract, { ticket_id: 1, note: 'n' });
    await handlerStarted;
    await server.drain();
    expect(await pending).toMatchObject({ ok: true, body: { served_by: 'draining' } });
    expect(server.connected).toBe(false);
  });

  it('reconnects after its NATS server restarts and serves again', async () => {
    const nats = await startNatsServer();
    const scope = isolatedScope('restart');
    try {
      const { bus: server, lines } = await bus(scope, {
        servers: nats.url,
        reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
      });
      const { bus: caller } = await bus(scope, {
        servers: nats.url,
        reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
      });
      server.serve(echoContract, (body) => ({ status: 200, body: { ...body, served_by: 'x' } }));
      await server.flush();
      expect((await caller.request(echoContract, { ticket_id: 1, note: 'before' })).ok).toBe(true);

      await nats.restart();
      await expect.poll(() => server.connected && caller.connected, { timeout: 10_000 }).toBe(true);
      await expect
        .poll(
          () =>
            caller
              .request(echoContract, { ticket_id: 2, note: 'after' }, { timeoutMs: 500 })
              .then((reply) => reply.ok)
              .catch(() => false),
          { timeout: 10_000 },
        )
        .toBe(true);
      expect(lines().some((line) => line['nats_status'] === 'disconnect')).toBe(true);
      expect(lines().some((line) => line['nats_status'] === 'reconnect')).toBe(true);
    } finally {
      await Promise.all(open.splice(0).map((b) => b.drain()));
      await nats.stop();
    }
  });

  it('reports not ready while disconnected and ready once back', async () => {
    const nats = await startNatsServer();
    try {
      const { bus: server } = await bus(isolatedScope('ready'), {
        servers: nats.url,
        reconnect: { initialDelayMs: 50, maxDelayMs: 100 },
      });
      await server.flush();
      await expect.poll(() => server.ready(), { timeout: 5_000 }).toBe(true);
      await nats.stop();
      await expect.poll(() => server.ready(), { timeout: 5_000 }).toBe(false);
      await nats.restart();
      await expect.poll(() => server.ready(), { timeout: 10_000 }).toBe(true);
    } finally {
      await Promise.all(open.splice(0).map((b) => b.drain()));
      await nats.stop();
    }
  });
});

describe('bus - events', () => {
  it('delivers a published event to a subscriber, validated', async () => {
    const scope = isolatedScope('events');
    const { bus: listener, registry } = await bus(scope);
    const { bus: publisher } = await bus(scope);
    const seen: number[] = [];
    listener.subscribe(ticketEvent, (payload) => {
      seen.push(payload.ticket_id);
    });
    await listener.flush();
    await publisher.publish(ticketEvent, { ticket_id: 42 });
    await expect.poll(() => seen).toEqual([42]);
    expect(
      await metricValue(registry, 'bus_events_total', { direction: 'in', outcome: 'handled' }),
    ).toBe(1);
  });

  it('drops an invalid event with a log line and keeps listening', async () => {
    const scope = isolatedScope('bad-events');
    const { bus: listener, lines } = await bus(scope);
    const seen: number[] = [];
    listener.subscribe(ticketEvent, (payload) => {
      seen.push(payload.ticket_id);
    });
    const { connect } = await import('@nats-io/transport-node');
    const nc = await connect({ servers: sharedServers().natsUrl });
    await listener.flush();
    try {
      nc.publish(
        `${scope}.test.ticket.created`,
        JSON.stringify({ request_id: 'x', body: { ticket_id: 'NaN' } }),
      );
      nc.publish(`${scope}.test.ticket.created`, '{{{');
      nc.publish(
        `${scope}.test.ticket.created`,
        JSON.stringify({ request_id: 'y', body: { ticket_id: 7 } }),
      );
      await nc.flush();
      await expect.poll(() => seen).toEqual([7]);
      expect(
        lines().filter((line) => String(line['msg']).startsWith('event dropped')),
      ).toHaveLength(2);
    } finally {
      await nc.close();
    }
  });

  it('rejects publishing a payload that breaks the event contract', async () => {
    const { bus: publisher } = await bus(isolatedScope('bad-publish'));
    await expect(
      publisher.publish(ticketEvent, { ticket_id: 'x' as unknown as number }),
    ).rejects.toThrow(/body\.ticket_id/);
  });
});

describe('bus - connection options', () => {
  const user = createUser();
  const cases: {
    name: string;
    auth: Authorization;
    good: NatsCredentials;
    bad: NatsCredentials;
  }[] = [
    {
      name: 'user and password',
      auth: { user: 'svc', password: 's3cret' },
      good: { user: 'svc', password: 's3cret' },
      bad: { user: 'svc', password: 'wrong' },
    },
    {
      name: 'a token',
      auth: { token: 't0ken' },
      good: { token: 't0ken' },
      bad: { token: 'other' },
    },
    {
      name: 'an nkey seed',
      auth: { nkeyPublicKey: user.getPublicKey() },
      good: { nkeySeed: new TextDecoder().decode(user.getSeed()) },
      bad: { nkeySeed: new TextDecoder().decode(createUser().getSeed()) },
    },
  ];

  it.each(cases)(
    'logs in with $name and is refused with wrong ones',
    async ({ auth, good, bad }) => {
      const nats = await startNatsServerWithAuth(auth);
      const { logger } = captureLogger();
      const options = {
        servers: nats.url,
        name: 'auth-test',
        redis: sharedServers().redisUrl,
        logger,
      };
      try {
        const authed = await connectBus({ ...options, credentials: good });
        expect(authed.connected).toBe(true);
        await authed.drain();
        await expect(
          connectBus({ ...options, credentials: bad, waitOnFirstConnect: false }),
        ).rejects.toThrow();
      } finally {
        await nats.stop();
      }
    },
  );
});
