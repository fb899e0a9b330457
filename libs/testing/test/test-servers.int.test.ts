import { afterEach, describe, expect, it } from 'vitest';
import { freePort, resolveTestServers, sharedServers } from '@automation-engine/testing';

const saved = { nats: process.env['NATS_URL'], redis: process.env['REDIS_URL'] };
afterEach(() => {
  if (saved.nats === undefined) delete process.env['NATS_URL'];
  else process.env['NATS_URL'] = saved.nats;
  if (saved.redis === undefined) delete process.env['REDIS_URL'];
  else process.env['REDIS_URL'] = saved.redis;
});

describe('resolveTestServers', () => {
  it('uses NATS_URL and REDIS_URL when something answers there', async () => {
    const { natsUrl, redisUrl } = sharedServers();
    process.env['NATS_URL'] = natsUrl;
    process.env['REDIS_URL'] = redisUrl;
    const servers = await resolveTestServers();
    expect(servers).toMatchObject({ natsUrl, redisUrl, sources: { nats: 'env', redis: 'env' } });
    await servers.stop();
  });

  it('says which variable points nowhere instead of hanging', async () => {
    process.env['NATS_URL'] = `nats://127.0.0.1:${String(await freePort())}`;
    process.env['REDIS_URL'] = sharedServers().redisUrl;
    await expect(resolveTestServers()).rejects.toThrow(/NATS_URL=.* is set but nothing answers/);
  });

  it('starts local servers of its own when no URL is set', async () => {
    delete process.env['NATS_URL'];
    delete process.env['REDIS_URL'];
    const servers = await resolveTestServers();
    try {
      expect(servers.sources).toEqual({ nats: 'local-process', redis: 'local-process' });
      expect(servers.natsUrl).not.toBe(sharedServers().natsUrl);
    } finally {
      await servers.stop();
    }
  });
});
