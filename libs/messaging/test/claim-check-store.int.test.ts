import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, sharedServers } from '@automation-engine/testing';
import { ClaimCheck, ClaimCheckStoreError } from '../src/index.js';
import { encodeJson } from '../src/json-codec.js';
import { PayloadBufferPool } from '../src/payload-buffer-pool.js';

describe('claim-check store', () => {
  let redis: Redis;
  let claimCheck: ClaimCheck;

  beforeAll(() => {
    redis = new Redis(sharedServers().redisUrl);
    claimCheck = new ClaimCheck({ redis });
  });

  afterAll(() => {
    redis.disconnect();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stores a pooled payload framed in place, byte for byte what JSON.stringify writes', async () => {
    const pool = new PayloadBufferPool();
    const envelope = { request_id: 'abc', body: { blob: 'f'.repeat(2_000_000), n: 1 } };
    const plainSet = vi.spyOn(redis, 'set');
    const { key } = await claimCheck.store('test.subject', encodeJson(envelope, pool));
    expect(plainSet).not.toHaveBeenCalled();
    const stored = await redis.getBuffer(key);
    expect(stored?.equals(Buffer.from(JSON.stringify(envelope)))).toBe(true);
    expect(await redis.ttl(key)).toBeGreaterThan(290);
    expect(pool.idleBytes).toBeGreaterThan(0); // given back once Redis had it
  });

  it('keeps concurrent payloads apart while their buffers are in use', async () => {
    const pool = new PayloadBufferPool();
    const envelopes = ['a', 'b', 'c', 'd'].map((letter, index) => ({
      body: { blob: letter.repeat(1_500_000 + index) },
    }));
    const stored = await Promise.all(
      envelopes.map((envelope) => claimCheck.store('test.subject', encodeJson(envelope, pool))),
    );
    for (const [index, { key }] of stored.entries()) {
      expect(await redis.get(key)).toBe(JSON.stringify(envelopes[index]));
    }
  });

  it('stores an unpooled payload with a plain SET', async () => {
    const plainSet = vi.spyOn(redis, 'set');
    const { key } = await claimCheck.store('test.subject', encodeJson({ body: { n: 2 } }));
    expect(plainSet).toHaveBeenCalledTimes(1);
    expect(await redis.get(key)).toBe('{"body":{"n":2}}');
  });

  it('lets the client add its key prefix (plain SET) when one is configured', async () => {
    const prefixed = new Redis(sharedServers().redisUrl, { keyPrefix: 'cc-prefix:' });
    try {
      const envelope = { body: { blob: 'p'.repeat(100_000) } };
      const { key } = await new ClaimCheck({ redis: prefixed }).store(
        'test.subject',
        encodeJson(envelope),
      );
      expect(await redis.get(`cc-prefix:${key}`)).toBe(JSON.stringify(envelope));
    } finally {
      prefixed.disconnect();
    }
  });

  it('raises ClaimCheckStoreError and gives the buffer back when Redis is unreachable', async () => {
    const down = new Redis(`redis://127.0.0.1:${String(await freePort())}`, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    const pool = new PayloadBufferPool();
    try {
      await expect(
        new ClaimCheck({ redis: down }).store(
          'test.subject',
          encodeJson({ blob: 'u'.repeat(100_000) }, pool),
        ),
      ).rejects.toBeInstanceOf(ClaimCheckStoreError);
      expect(pool.idleBytes).toBeGreaterThan(0);
    } finally {
      down.disconnect();
    }
  });
});
