import { describe, expect, it } from 'vitest';
import {
  freePort,
  isolatedScope,
  sharedServers,
  startServiceProcess,
} from '@automation-engine/testing';

// dri-bridge: a bridge whose readiness needs only NATS and Redis (its vendor is called on demand).
function driBridgeEnv(): Record<string, string> {
  const { natsUrl, redisUrl } = sharedServers();
  const scope = isolatedScope('service-process');
  return {
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    LOG_LEVEL: 'warn',
    DRI_BASE_URL: 'http://127.0.0.1:9',
    DRI_USERNAME: 'nobody',
    DRI_PASSWORD: 'nothing',
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startServiceProcess', () => {
  it('resolves once the service answers /readyz, and stop ends its process', async () => {
    const bridge = await startServiceProcess({
      name: 'dri-bridge',
      port: await freePort(),
      env: driBridgeEnv(),
      readyTimeoutMs: 60_000,
    });
    try {
      expect((await fetch(`${bridge.url}/readyz`)).status).toBe(200);
      expect(isRunning(bridge.pid)).toBe(true);
    } finally {
      await bridge.stop();
    }
    expect(isRunning(bridge.pid)).toBe(false);
    await bridge.stop();
  }, 90_000);

  it('rejects with the output of a service that exits at start', async () => {
    const env: Record<string, string> = { ...driBridgeEnv(), DRI_BASE_URL: 'not a url' };
    await expect(
      startServiceProcess({
        name: 'dri-bridge',
        port: await freePort(),
        env,
        readyTimeoutMs: 60_000,
      }),
    ).rejects.toThrow(/dri-bridge exited with 1 before ready:[\s\S]*DRI_BASE_URL/);
  }, 90_000);

  it('rejects, and kills the process, when it is not ready in time', async () => {
    await expect(
      startServiceProcess({
        name: 'dri-bridge',
        port: await freePort(),
        env: driBridgeEnv(),
        readyTimeoutMs: 1,
      }),
    ).rejects.toThrow(/dri-bridge was not ready within the deadline/);
  });
});
