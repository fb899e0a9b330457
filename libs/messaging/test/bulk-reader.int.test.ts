import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedServers, startRedisServer, type LocalServer } from '@automation-engine/testing';
import {
  BulkReader,
  BulkReadTimeoutError,
  bulkReaderTarget,
  RedisReplyError,
  type BulkReaderTarget,
} from '../src/bulk-reader.js';
import { PayloadBufferPool } from '../src/payload-buffer-pool.js';

function readerFor(redisUrl: string, overrides: Partial<BulkReaderTarget> = {}) {
  const client = new Redis(redisUrl, { lazyConnect: true });
  const target = { ...bulkReaderTarget(client)!, ...overrides };
  client.disconnect();
  const pool = new PayloadBufferPool();
  return { reader: new BulkReader({ target, pool }), pool };
}

/** A fake Redis that answers every command with what `reply` writes. */
async function fakeRedis(
  reply: (socket: Socket) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    socket.once('data', () => reply(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

describe('bulk reader against Redis', () => {
  let redis: Redis;
  let reader: BulkReader;
  let pool: PayloadBufferPool;

  beforeAll(() => {
    redis = new Redis(sharedServers().redisUrl);
    ({ reader, pool } = readerFor(sharedServers().redisUrl));
  });

  afterAll(() => {
    reader.close();
    redis.disconnect();
  });

  it.each([
    ['an empty value', Buffer.alloc(0)],
    ['a short value', Buffer.from('{"body":1}')],
    ['a value holding RESP-looking bytes', Buffer.from('a\r\n$-1\r\n+OK\r\n-ERR\r\nz')],
    ['a 70 KB value (pooled)', Buffer.alloc(70_000, 'p')],
    ['a 5 MB value', Buffer.alloc(5_000_000, 'q')],
  ])('reads %s byte for byte', async (_name, value) => {
    await redis.set('bulk-reader:value', value);
    const read = await reader.get('bulk-reader:value');
    expect(read?.bytes.equals(value)).toBe(true);
    read?.release();
  });

  it('answers null for a key that is not there', async () => {
    expect(await reader.get('bulk-reader:missing')).toBeNull();
  });

  it('answers pipelined requests in order, each with its own value', async () => {
    const values = [Buffer.alloc(3_000_000, 'a'), Buffer.from('small'), Buffer.alloc(200_000, 'c')];
    await Promise.all(
      values.map((value, index) => redis.set(`bulk-reader:p${String(index)}`, value)),
    );
    const keys = ['bulk-reader:p0', 'bulk-reader:missing', 'bulk-reader:p1', 'bulk-reader:p2'];
    const read = await Promise.all(keys.map((key) => reader.get(key)));
    expect(read.map((entry) => entry?.bytes.toString('latin1') ?? null)).toEqual([
      values[0]?.toString('latin1'),
      null,
      'small',
      values[2]?.toString('latin1'),
    ]);
    for (const entry of read) entry?.release();
  });

  it('gives a pooled buffer back on release', async () => {
    await redis.set('bulk-reader:pooled', Buffer.alloc(100_000, 'r'));
    const before = pool.idleBytes;
    const read = await reader.get('bulk-reader:pooled');
    read?.release();
    read?.release();
    expect(pool.idleBytes).toBeGreaterThanOrEqual(before);
    expect(pool.idleBytes).toBeGreaterThan(0);
  });

  it('raises RedisReplyError for an error reply and keeps the connection', async () => {
    await redis.del('bulk-reader:list');
    await redis.rpush('bulk-reader:list', 'x');
    await expect(reader.get('bulk-reader:list')).rejects.toThrow(RedisReplyError);
    await expect(reader.get('bulk-reader:list')).rejects.toThrow(/WRONGTYPE/);
    await redis.set('bulk-reader:after', 'still here');
    const read = await reader.get('bulk-reader:after');
    expect(read?.bytes.toString()).toBe('still here');
  });
});

describe('bulk reader - logging in and losing Redis', () => {
  let server: LocalServer;
  let admin: Redis;

  beforeAll(async () => {
    server = await startRedisServer();
    admin = new Redis(server.url);
    await admin.call('ACL', 'SETUSER', 'claimcheck', 'on', '>s3cret', '~*', '+@all');
    await admin.select(3);
    await admin.set('in-db-3', 'three');
  });

  afterAll(async () => {
    admin.disconnect();
    await server.stop();
  });

  it('logs in as an ACL user and selects the database from REDIS_URL', async () => {
    const { reader } = readerFor(`redis://claimcheck:s3cret@127.0.0.1:${String(server.port)}/3`);
    try {
      const read = await reader.get('in-db-3');
      expect(read?.bytes.toString()).toBe('three');
    } finally {
      reader.close();
    }
  });

  it('says the login failed when the password is wrong', async () => {
    const { reader } = readerFor(`redis://claimcheck:wrong@127.0.0.1:${String(server.port)}/3`);
    try {
      await expect(reader.get('in-db-3')).rejects.toThrow(/AUTH failed/);
    } finally {
      reader.close();
    }
  });

  it('reconnects after Redis restarts, and says why when it cannot', async () => {
    const { reader } = readerFor(server.url);
    try {
      await admin.select(0);
      await admin.set('survives', 'no');
      expect((await reader.get('survives'))?.bytes.toString()).toBe('no');
      await server.restart();
      const fresh = new Redis(server.url);
      await fresh.set('after-restart', 'yes');
      fresh.disconnect();
      expect((await reader.get('after-restart'))?.bytes.toString()).toBe('yes');
      await server.stop();
      await expect(reader.get('after-restart')).rejects.toThrow(/ECONNREFUSED/);
      await server.restart();
    } finally {
      reader.close();
    }
  });

  it('fails requests once closed', async () => {
    const { reader } = readerFor(server.url);
    reader.close();
    await expect(reader.get('x')).rejects.toThrow(/closed/);
  });
});

describe('bulk reader - what a server may send', () => {
  const target = (port: number): BulkReaderTarget => ({ host: '127.0.0.1', port, db: 0 });

  it('reads a reply that arrives a few bytes at a time', async () => {
    const { server, port } = await fakeRedis((socket) => {
      const reply = Buffer.from('$11\r\nhello world\r\n');
      let at = 0;
      const drip = setInterval(() => {
        socket.write(reply.subarray(at, at + 3));
        at += 3;
        if (at >= reply.length) clearInterval(drip);
      }, 2);
    });
    const reader = new BulkReader({ target: target(port), pool: new PayloadBufferPool() });
    try {
      expect((await reader.get('k'))?.bytes.toString()).toBe('hello world');
    } finally {
      reader.close();
      server.close();
    }
  });

  it.each([
    ['an unexpected reply type', ':1\r\n', /unexpected reply from Redis: :1/],
    ['a bad bulk length', '$abc\r\n', /bad bulk length/],
    ['a bulk without its CRLF', '$2\r\nabXY', /did not end in CRLF/],
  ])('drops the connection on %s', async (_name, reply, message) => {
    const { server, port } = await fakeRedis((socket) => socket.write(reply));
    const reader = new BulkReader({ target: target(port), pool: new PayloadBufferPool() });
    try {
      await expect(reader.get('k')).rejects.toThrow(message);
    } finally {
      reader.close();
      server.close();
    }
  });

  it('gives up on a server that does not answer, with BulkReadTimeoutError', async () => {
    const { server, port } = await fakeRedis(() => undefined);
    const reader = new BulkReader({
      target: target(port),
      pool: new PayloadBufferPool(),
      timeoutMs: 100,
    });
    try {
      await expect(reader.get('k')).rejects.toBeInstanceOf(BulkReadTimeoutError);
    } finally {
      reader.close();
      server.close();
    }
  });
});

describe('bulk reader target', () => {
  it('takes host, port, credentials and database from the client', () => {
    const client = new Redis('redis://user:pw@redis.internal:6390/2', { lazyConnect: true });
    expect(bulkReaderTarget(client)).toEqual({
      host: 'redis.internal',
      port: 6390,
      path: undefined,
      username: 'user',
      password: 'pw',
      db: 2,
    });
    client.disconnect();
  });

  it.each([
    ['TLS', 'rediss://redis.internal:6390', {}],
    ['a key prefix', 'redis://redis.internal:6390', { keyPrefix: 'app:' }],
  ])('stands aside for %s', (_name, url, options) => {
    const client = new Redis(url, { lazyConnect: true, ...options });
    expect(bulkReaderTarget(client)).toBeUndefined();
    client.disconnect();
  });
});
