import { describe, expect, it } from 'vitest';
import { isPortOpen, startLabProcess } from '@automation-engine/testing';

// t7's is `host:port` (gRPC), the others URLs.
function portOf(url: string): number {
  return Number(/:(\d+)/.exec(url)?.[1]);
}

describe('startLabProcess', () => {
  it('resolves with the URL of every simulator, each on a port of its own', async () => {
    const lab = await startLabProcess({ edges: 8, hosts: 2 });
    try {
      const { vco, ...single } = lab.urls;
      expect(Object.keys(vco)).toHaveLength(2);
      expect(Object.keys(single).sort()).toEqual(
        ['bruin', 'control', 'digi', 'dri', 'email', 'hawkeye', 'slack', 't7'].sort(),
      );
      const ports = [...Object.values(single), ...Object.values(vco)].map(portOf);
      expect(new Set(ports).size).toBe(ports.length);
      const answer = await fetch(`${lab.urls.control}/fleet/edges?limit=100`);
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { edges: unknown[] }).edges).toHaveLength(8);
    } finally {
      await lab.stop();
    }
    expect(await isPortOpen('127.0.0.1', portOf(lab.urls.control))).toBe(false);
  }, 90_000);

  it('rejects when the lab exits at start (its configuration refused)', async () => {
    await expect(startLabProcess({ edges: -1, hosts: 1 })).rejects.toThrow(/the lab exited with 1/);
  }, 90_000);

  it('rejects, and stops the lab, when it does not start in time', async () => {
    await expect(startLabProcess({ edges: 8, hosts: 1, timeoutMs: 1 })).rejects.toThrow(
      /the lab did not start in/,
    );
  });
});
