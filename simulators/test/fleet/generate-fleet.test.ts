import { BRUIN_ATTRIBUTE_KEYS, VCO_HOST_NAMES } from '@automation-engine/vendor-apis';
import { describe, expect, it } from 'vitest';
import { generateFleet } from '../../src/fleet/generate-fleet.js';

describe('generateFleet - determinism', () => {
  it('generates a deep-equal fleet from the same seed', () => {
    const a = generateFleet({ seed: 11, edges: 300, hosts: 3 });
    const b = generateFleet({ seed: 11, edges: 300, hosts: 3 });
    expect(b).toEqual(a);
  });

  it('generates a different fleet from another seed', () => {
    const a = generateFleet({ seed: 11, edges: 300, hosts: 3 });
    const b = generateFleet({ seed: 12, edges: 300, hosts: 3 });
    expect(b.edges.map((e) => e.serial)).not.toEqual(a.edges.map((e) => e.serial));
    expect(b.clients.map((c) => c.clientName)).not.toEqual(a.clients.map((c) => c.clientName));
  });
});

describe('generateFleet - sizes', () => {
  it('spreads edges over the production host names', () => {
    const fleet = generateFleet({ seed: 1, edges: 400, hosts: 4 });
    expect(fleet.hosts).toEqual([...VCO_HOST_NAMES]);
    for (const host of fleet.hosts)
      expect(fleet.index.edgesByHost.get(host)?.length).toBeGreaterThan(0);
    expect(fleet.edges).toHaveLength(400);
  });

  it('builds a handful of edges on a single host', () => {
    const fleet = generateFleet({ seed: 3, edges: 3, hosts: 1 });
    expect(fleet.edges).toHaveLength(3);
    expect(fleet.hosts).toEqual(['mettel.velocloud.net']);
  });

  it('accepts an empty fleet', () => {
    const fleet = generateFleet({ seed: 3, edges: 0, hosts: 2 });
    expect(fleet.edges).toEqual([]);
    expect(fleet.clients).toHaveLength(1);
  });

  it('rejects impossible sizes', () => {
    expect(() => generateFleet({ seed: 1, edges: 10, hosts: 5 })).toThrow(RangeError);
    expect(() => generateFleet({ seed: 1, edges: -1, hosts: 1 })).toThrow(RangeError);
    expect(() => generateFleet({ seed: 1.5, edges: 1, hosts: 1 })).toThrow(RangeError);
    expect(() => generateFleet({ seed: 1, edges: 1, hosts: 1, haRatio: 2 })).toThrow(RangeError);
    expect(() => generateFleet({ seed: 1, edges: 1, hosts: 2, hostNames: ['a', 'a'] })).toThrow(
      RangeError,
    );
  });

  it('honours custom host names and ratios', () => {
    const fleet = generateFleet({
      seed: 5,
      edges: 50,
      hosts: 2,
      hostNames: ['vco-a.lab', 'vco-b.lab'],
      haRatio: 1,
      neverActivatedRatio: 0,
      nullStateRatio: 0,
    });
    expect(fleet.hosts).toEqual(['vco-a.lab', 'vco-b.lab']);
    expect(fleet.edges.every((e) => e.ha !== null)).toBe(true);
  });
});

describe('generateFleet - identity coherence', () => {
  const fleet = generateFleet({ seed: 7, edges: 500, hosts: 4 });
  const { index } = fleet;

  it('makes every edge serial an active Bruin service number of the edge client', () => {
    for (const edge of fleet.edges) {
      const docs = index.inventoryByServiceNumber.get(edge.serial) ?? [];
      const active = docs.filter((d) => d.status === 'A');
      expect(active).toHaveLength(1);
      expect(active[0]?.clientId).toBe(edge.clientId);
      expect(active[0]?.siteId).toBe(edge.siteId);
    }
  });

  it('gives HA partners their own inventory record under the same client', () => {
    const ha = fleet.edges.filter((e) => e.ha !== null);
    expect(ha.length).toBeGreaterThan(0);
    for (const edge of ha) {
      const doc = index.inventoryByServiceNumber.get(edge.ha?.serial ?? '')?.[0];
      expect(doc?.clientId).toBe(edge.clientId);
      expect(index.edgeByHaSerial.get(edge.ha?.serial ?? '')).toBe(edge);
    }
  });

  it('names enterprises <client name>|<client id>| and keeps them on the client hosts', () => {
    for (const enterprise of fleet.enterprises) {
      const client = index.clientById.get(enterprise.clientId);
      expect(enterprise.name).toBe(`${client?.clientName ?? ''}|${String(enterprise.clientId)}|`);
      expect(client?.hosts).toContain(enterprise.host);
    }
    for (const edge of fleet.edges) {
      const enterprise = index.enterpriseByKey.get(`${edge.host}#${String(edge.enterpriseId)}`);
      expect(enterprise?.clientId).toBe(edge.clientId);
    }
  });

  it('keeps serials, edge keys and link ids per host unique', () => {
    const serials = fleet.edges.flatMap((e) => [e.serial, ...(e.ha === null ? [] : [e.ha.serial])]);
    expect(new Set(serials).size).toBe(serials.length);
    expect(new Set(fleet.edges.map((e) => e.key)).size).toBe(fleet.edges.length);
    const linkKeys = fleet.edges.flatMap((e) =>
      e.links.map((l) => `${e.host}#${String(l.linkId)}`),
    );
    expect(new Set(linkKeys).size).toBe(linkKeys.length);
    const logicalIds = fleet.edges.flatMap((e) => e.links.map((l) => l.logicalId));
    expect(new Set(logicalIds).size).toBe(logicalIds.length);
  });

  it('describes each link interface in the edge attributes and the circuit inventory', () => {
    for (const edge of fleet.edges) {
      const attributes = index.inventoryByServiceNumber.get(edge.serial)?.[0]?.attributes ?? [];
      const value = (key: string) => attributes.find((a) => a.key === key)?.value;
      expect(value(BRUIN_ATTRIBUTE_KEYS.managementStatus)).toBe(edge.managementStatus);
      for (const link of edge.links) {
        expect(value(`${link.interface} Access Type`)).toBe(
          link.type === 'WIRELESS' ? 'Wireless' : 'Ethernet/T1/MPLS',
        );
        expect(value(`${link.interface} Service Number`)).toBe(link.circuit.serviceNumber);
        expect(index.inventoryByServiceNumber.get(link.circuit.serviceNumber)?.[0]?.kind).toBe(
          'circuit',
        );
        expect(index.circuitById.get(link.circuit.circuitId)).toBe(link.circuit);
      }
    }
  });

  it('places sites, contacts and DID lines with their client', () => {
    for (const edge of fleet.edges)
      expect(index.siteById.get(edge.siteId)?.clientId).toBe(edge.clientId);
    for (const client of fleet.clients) {
      expect(client.contacts.length).toBeGreaterThanOrEqual(1);
      for (const line of client.phoneLines)
        expect(index.phoneLineByNumber.get(line.phoneNumber)?.clientId).toBe(client.clientId);
    }
  });

  it('draws the variety the monitors need: HA, wireless, DiGi, BYOB, business grade, shared sites, never activated', () => {
    const big = generateFleet({ seed: 9, edges: 2000, hosts: 2 });
    const links = big.edges.flatMap((e) => e.links);
    expect(links.some((l) => l.type === 'WIRELESS')).toBe(true);
    expect(links.some((l) => l.digi && /^(00:04:2d|00:27:04)/.test(l.logicalId))).toBe(true);
    expect(links.some((l) => l.byob)).toBe(true);
    expect(links.some((l) => /^(DIA|MPLS) /.test(l.displayName))).toBe(true);
    expect(
      big.edges.some((e) => e.initialState === 'NEVER_ACTIVATED' && e.links.length === 0),
    ).toBe(true);
    expect(big.edges.some((e) => e.initialState === null)).toBe(true);
    const perSite = new Map<number, number>();
    for (const e of big.edges) perSite.set(e.siteId, (perSite.get(e.siteId) ?? 0) + 1);
    expect([...perSite.values()].some((n) => n > 1)).toBe(true);
    expect(big.inventory.some((d) => d.status === 'D')).toBe(true);
  });
});
