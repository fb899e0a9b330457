import { BRUIN_ATTRIBUTE_KEYS } from '@automation-engine/vendor-apis';
import { describe, expect, it } from 'vitest';
import { generateFleet } from '../../src/fleet/generate-fleet.js';
import { PROBE_PRODUCT_CATEGORY } from '../../src/fleet/generate-probes.js';

const fleet = generateFleet({ seed: 7, edges: 800, hosts: 3 });

describe('generateFleet - Hawkeye probes', () => {
  it('places about one probe per eight edges at the clients sites', () => {
    expect(fleet.probes).toHaveLength(100);
    const sites = new Map(fleet.sites.map((s) => [s.siteId, s]));
    for (const probe of fleet.probes)
      expect(sites.get(probe.siteId)?.clientId).toBe(probe.clientId);
    expect(new Set(fleet.probes.map((p) => p.clientId)).size).toBeGreaterThan(10);
  });

  it('makes every probe serial an active Network Scout service number of its client', () => {
    for (const probe of fleet.probes) {
      const docs = fleet.index.inventoryByServiceNumber.get(probe.serialNumber) ?? [];
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({
        clientId: probe.clientId,
        siteId: probe.siteId,
        status: 'A',
        kind: 'probe',
        productCategory: PROBE_PRODUCT_CATEGORY,
      });
      expect(docs[0]?.attributes[0]?.key).toBe(BRUIN_ATTRIBUTE_KEYS.managementStatus);
    }
  });

  it('derives the serial from the uid and keeps both unique', () => {
    for (const probe of fleet.probes) {
      expect(probe.serialNumber).toBe(probe.uid.replaceAll(':', '').toUpperCase());
      expect(probe.serialNumber).toMatch(/^[0-9A-F]{12}$/);
      expect(fleet.index.probeByUid.get(probe.uid)).toBe(probe);
    }
    expect(new Set(fleet.probes.map((p) => p.name)).size).toBe(fleet.probes.length);
  });

  it('meshes each probe with a probe of its own client when the client has two', () => {
    for (const probe of fleet.probes) {
      if (probe.peerIndex === null) continue;
      expect(fleet.probes[probe.peerIndex]?.clientId).toBe(probe.clientId);
      expect(fleet.probes[probe.peerIndex]).not.toBe(probe);
    }
    expect(fleet.probes.some((p) => p.peerIndex !== null)).toBe(true);
  });

  it('seeds a few inactive and never-reporting probes', () => {
    const big = generateFleet({ seed: 3, edges: 4000, hosts: 2 });
    expect(big.probes.some((p) => !p.active)).toBe(true);
    expect(big.probes.some((p) => p.neverReported)).toBe(true);
  });

  it('adds probes without changing anything else of the seeded fleet', () => {
    const without = generateFleet({ seed: 7, edges: 800, hosts: 3, probeRatio: 0 });
    expect(without.probes).toEqual([]);
    expect(without.edges).toEqual(fleet.edges);
    expect(without.clients).toEqual(fleet.clients);
    expect(fleet.inventory.slice(0, without.inventory.length)).toEqual(without.inventory);
  });
});

describe('generateFleet - DiGi and PIAB devices', () => {
  it('puts one DiGi router behind every DiGi link, under the link logical id', () => {
    const digiLinks = fleet.edges.flatMap((e) =>
      e.links.filter((l) => l.digi).map((l) => ({ e, l })),
    );
    expect(fleet.digiDevices).toHaveLength(digiLinks.length);
    for (const { e, l } of digiLinks) {
      const device = fleet.index.digiDeviceByMac.get(l.logicalId);
      expect(device).toMatchObject({ edgeSerial: e.serial, interface: l.interface });
      expect(l.logicalId).toMatch(/^(00:04:2d|00:27:04):/);
      expect(device?.deviceSerial).toMatch(/^(WR21|WR44|IX20)-\d{5}$/);
    }
  });

  it('indexes each wireless circuit device serial as a PIAB device with its edge and link', () => {
    for (const edge of fleet.edges) {
      for (const link of edge.links) {
        const serial = link.circuit.deviceSerial;
        if (serial === null) continue;
        const device = fleet.index.piabBySerial.get(serial);
        expect(device?.edge).toBe(edge);
        expect(device?.link).toBe(link);
        const circuitDoc = fleet.index.inventoryByServiceNumber.get(
          link.circuit.serviceNumber,
        )?.[0];
        expect(circuitDoc?.attributes).toContainEqual({
          key: BRUIN_ATTRIBUTE_KEYS.serialNumber,
          value: serial,
        });
      }
    }
    expect(fleet.index.piabBySerial.size).toBeGreaterThan(0);
  });

  it('has no probes or devices in an empty fleet', () => {
    const empty = generateFleet({ seed: 1, edges: 0, hosts: 1 });
    expect([empty.probes.length, empty.digiDevices.length]).toEqual([0, 0]);
  });
});
