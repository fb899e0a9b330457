import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { velocloudGetLinksWithEdgeInfo } from '@automation-engine/contracts/velocloud';
import { metricValue } from '@automation-engine/testing';
import { startVelocloudFixture, type VelocloudFixture } from '../support/velocloud-fixture.js';

let fx: VelocloudFixture;

beforeAll(async () => {
  fx = await startVelocloudFixture({ lab: { seed: 21, edges: 10_000, hosts: 1 } });
}, 60_000);
afterAll(async () => {
  await fx.close();
});

describe('large answers', () => {
  it('get.links.with.edge.info for 10,000 edges crosses NATS through the claim-check', async () => {
    const host = fx.hosts[0]!;
    const reply = await fx.caller.request(velocloudGetLinksWithEdgeInfo, { host });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const edges = fx.lab.fleet.edges;
    expect(edges).toHaveLength(10_000);
    expect(reply.body).toHaveLength(edges.reduce((n, e) => n + Math.max(1, e.links.length), 0));
    expect(new Set(reply.body.map((row) => row.edgeSerialNumber)).size).toBe(
      new Set(edges.map((e) => e.serial)).size,
    );
    const stored = await metricValue(fx.bridge.kit.registry, 'bus_claim_check_payloads_total', {
      operation: 'stored',
    });
    expect(stored).toBe(1);
  }, 60_000);
});
