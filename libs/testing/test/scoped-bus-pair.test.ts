import { describe, expect, it } from 'vitest';
import {
  connectScopedBusPair,
  sharedServers,
  type ScopedBusOptions,
} from '@automation-engine/testing';

/** Stands in for messaging's connectBus: records what each bus was connected with. */
function recordingConnect(failOn?: string) {
  const connected: ScopedBusOptions[] = [];
  const drained: string[] = [];
  const connect = (options: ScopedBusOptions) => {
    if (options.name === failOn) return Promise.reject(new Error(`${options.name} refused`));
    connected.push(options);
    return Promise.resolve({
      options,
      drain: () => {
        drained.push(options.name);
        return Promise.resolve();
      },
    });
  };
  return { connect, connected, drained };
}

describe('connectScopedBusPair', () => {
  it('connects the bridge and a caller to the shared servers on one isolated scope', async () => {
    const { connect } = recordingConnect();
    const pair = await connectScopedBusPair({ label: 'pair', bridge: 'dri-bridge', connect });
    const { natsUrl, redisUrl } = sharedServers();
    expect(pair.scope).toMatch(/^t-pair-/);
    expect(pair.bridgeBus.options).toMatchObject({
      servers: natsUrl,
      redis: redisUrl,
      name: 'dri-bridge-pair',
      subjectPrefix: pair.scope,
    });
    expect(pair.caller.options).toMatchObject({
      servers: natsUrl,
      redis: redisUrl,
      name: 'caller-pair',
      subjectPrefix: pair.scope,
    });
  });

  it('gives the bridge the captured logger and the registry, the caller its own', async () => {
    const { connect } = recordingConnect();
    const pair = await connectScopedBusPair({ label: 'logs', bridge: 't7-bridge', connect });
    expect(pair.bridgeBus.options.logger).toBe(pair.logger);
    expect(pair.bridgeBus.options.registry).toBe(pair.registry);
    expect(pair.caller.options.registry).not.toBe(pair.registry);
    expect(pair.caller.options.logger.level).toBe('silent');
    pair.logger.info({ decision: 'kept' }, 'bridge line');
    pair.caller.options.logger.info('caller line');
    expect(pair.logLines()).toEqual([
      expect.objectContaining({ msg: 'bridge line', decision: 'kept' }),
    ]);
  });

  it('drains the bridge bus when the caller cannot connect', async () => {
    const { connect, drained } = recordingConnect('caller-fails');
    await expect(
      connectScopedBusPair({ label: 'fails', bridge: 'bruin-bridge', connect }),
    ).rejects.toThrow('caller-fails refused');
    expect(drained).toEqual(['bruin-bridge-fails']);
  });
});
