import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import {
  isPortOpen,
  sharedServers,
  startNatsServer,
  startRedisServer,
} from '@automation-engine/testing';

describe('local servers', () => {
  it('starts a nats-server of its own that can be restarted on the same port', async () => {
    const server = await startNatsServer();
    try {
      expect(await isPortOpen('127.0.0.1', server.port)).toBe(true);
      await server.restart();
      expect(await isPortOpen('127.0.0.1', server.port)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(await isPortOpen('127.0.0.1', server.port)).toBe(false);
  });

  it('starts a redis-server of its own that answers PING', async () => {
    const server = await startRedisServer();
    const redis = new Redis(server.url, { lazyConnect: true });
    try {
      await redis.connect();
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
      await server.stop();
    }
  });

  it('shares the run-wide servers through inject', () => {
    const { natsUrl, redisUrl } = sharedServers();
    expect(natsUrl).toMatch(/^nats:\/\//);
    expect(redisUrl).toMatch(/^redis:\/\//);
  });
});
