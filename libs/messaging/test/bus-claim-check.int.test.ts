import { connect } from '@nats-io/transport-node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newShortId } from '@automation-engine/contracts';
import {
  type Bus,
  ClaimCheckExpiredError,
  claimCheckToken,
  readClaimCheckToken,
} from '@automation-engine/messaging';
import { isolatedScope, sharedServers } from '@automation-engine/testing';
import { blobContract, metricValue, openBus } from './support.js';
import type { Registry } from 'prom-client';

const MB = 1_000_000;

describe('bus - claim-check for payloads over max_payload', () => {
  const scope = isolatedScope('cc');
  let server: Bus;
  let client: Bus;
  let clientRegistry: Registry;
  let redis: Redis;

  beforeAll(async () => {
    ({ bus: server } = await openBus(scope));
    ({ bus: client, registry: clientRegistry } = await openBus(scope));
    redis = new Redis(sharedServers().redisUrl);
    server.serve(blobContract, (body) => ({
      status: 200,
      body: { received_bytes: body.blob.length, blob: 'r'.repeat(body.reply_bytes) },
    }));
    await server.flush();
  });

  afterAll(async () => {
    await client.drain();
    await server.drain();
    redis.disconnect();
  });

  it('reads the limit from the server (1 MiB by default)', () => {
    expect(client.maxPayload).toBe(1_048_576);
  });

  it.each([5 * MB, 20 * MB])('carries a %i-byte request through Redis', async (bytes) => {
    const reply = await client.request(blobContract, { blob: 'q'.repeat(bytes), reply_bytes: 10 });
    expect(reply).toEqual({
      ok: true,
      status: 200,
      body: { received_bytes: bytes, blob: 'r'.repeat(10) },
    });
  });

  it.each([5 * MB, 20 * MB])('carries a %i-byte reply through Redis', async (bytes) => {
    const before =
      (await metricValue(clientRegistry, 'bus_claim_check_payloads_total', {
        operation: 'restored',
      })) ?? 0;
    const reply = await client.request(blobContract, { blob: 'small', reply_bytes: bytes });
    expect(reply.ok && reply.body.blob.length).toBe(bytes);
    expect(
      await metricValue(clientRegistry, 'bus_claim_check_payloads_total', {
        operation: 'restored',
      }),
    ).toBe(before + 1);
  });

  it('stores the payload under a shortuuid key with a 300 s TTL and sends the original token', async () => {
    const nc = await connect({ servers: sharedServers().natsUrl });
    const tokenScope = isolatedScope('token');
    const { bus } = await openBus(tokenScope);
    try {
      const sub = nc.subscribe(`${tokenScope}.test.blob.request`, { max: 1 });
      const seen = (async () => {
        for await (const msg of sub) {
          msg.respond(JSON.stringify({ body: { received_bytes: 0, blob: '' }, status: 200 }));
          return msg.data;
        }
        return new Uint8Array();
      })();
      await nc.flush();
      await bus.request(blobContract, { blob: 'z'.repeat(2 * MB), reply_bytes: 0 });
      const wire = new TextDecoder().decode(await seen);
      expect(wire).toMatch(/^\{"is_stored": true, "token": "[2-9A-HJ-NP-Za-km-z]{22}"\}$/);
      const key = readClaimCheckToken(new TextEncoder().encode(wire))!;
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(290);
      expect(ttl).toBeLessThanOrEqual(300);
      const stored = JSON.parse((await redis.get(key))!) as {
        request_id: string;
        body: { blob: string };
      };
      expect(stored.body.blob).toHaveLength(2 * MB);
      expect(stored.request_id).toHaveLength(22);
    } finally {
      await bus.drain();
      await nc.close();
    }
  });

  it('restores a token a Python service stored (the original format)', async () => {
    const key = newShortId();
    await redis.set(
      key,
      JSON.stringify({ request_id: 'py', body: { blob: 'from python', reply_bytes: 3 } }),
      'EX',
      300,
    );
    const nc = await connect({ servers: sharedServers().natsUrl });
    try {
      const raw = await nc.request(`${scope}.test.blob.request`, claimCheckToken(key), {
        timeout: 5_000,
      });
      expect(raw.json()).toEqual({ body: { received_bytes: 11, blob: 'rrr' }, status: 200 });
    } finally {
      await nc.close();
    }
  });

  it('answers an expired request token with a clear 400 and keeps serving', async () => {
    const nc = await connect({ servers: sharedServers().natsUrl });
    try {
      const raw = await nc.request(
        `${scope}.test.blob.request`,
        claimCheckToken('expiredTokenXXXXXXXXXX'),
        {
          timeout: 5_000,
        },
      );
      const reply = raw.json<{ status: number; body: string }>();
      expect(reply.status).toBe(400);
      expect(reply.body).toContain('expiredTokenXXXXXXXXXX');
      expect(reply.body).toMatch(/no longer in Redis/);
    } finally {
      await nc.close();
    }
    expect((await client.request(blobContract, { blob: 'x', reply_bytes: 1 })).ok).toBe(true);
  });

  it('raises ClaimCheckExpiredError when a reply token has expired', async () => {
    const nc = await connect({ servers: sharedServers().natsUrl });
    const expiredScope = isolatedScope('expired');
    const { bus } = await openBus(expiredScope);
    try {
      const sub = nc.subscribe(`${expiredScope}.test.blob.request`, { max: 1 });
      void (async () => {
        for await (const msg of sub) msg.respond(claimCheckToken('goneTokenXXXXXXXXXXXXX'));
      })();
      await nc.flush();
      await expect(bus.request(blobContract, { blob: 'x', reply_bytes: 1 })).rejects.toBeInstanceOf(
        ClaimCheckExpiredError,
      );
    } finally {
      await bus.drain();
      await nc.close();
    }
  });

  it('honours a max_payload override and a custom TTL', async () => {
    const smallScope = isolatedScope('small');
    const { bus } = await openBus(smallScope, { maxPayloadBytes: 1_000, claimCheckTtlSeconds: 30 });
    bus.serve(blobContract, (body) => ({
      status: 200,
      body: { received_bytes: body.blob.length, blob: '' },
    }));
    await bus.flush();
    try {
      expect(bus.maxPayload).toBe(1_000);
      const reply = await bus.request(blobContract, { blob: 'y'.repeat(5_000), reply_bytes: 0 });
      expect(reply.ok && reply.body.received_bytes).toBe(5_000);
    } finally {
      await bus.drain();
    }
  });
});

describe('bus - claim-check threshold from the server', () => {
  it('reads a smaller max_payload from the server it is connected to', async () => {
    const { startNatsServer } = await import('@automation-engine/testing');
    const nats = await startNatsServer({ maxPayload: 65_536 });
    const scope = isolatedScope('small-server');
    const { bus } = await openBus(scope, { servers: nats.url });
    try {
      expect(bus.maxPayload).toBe(65_536);
      bus.serve(blobContract, (body) => ({
        status: 200,
        body: { received_bytes: body.blob.length, blob: 'r'.repeat(body.reply_bytes) },
      }));
      await bus.flush();
      const reply = await bus.request(blobContract, {
        blob: 'y'.repeat(100_000),
        reply_bytes: 100_000,
      });
      expect(reply.ok && [reply.body.received_bytes, reply.body.blob.length]).toEqual([
        100_000, 100_000,
      ]);
    } finally {
      await bus.drain();
      await nats.stop();
    }
  });
});
