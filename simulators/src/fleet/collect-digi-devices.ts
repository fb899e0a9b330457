import type { FleetDigiDevice, FleetEdge } from './fleet-types.js';
import { pad } from './id-allocator.js';

const DIGI_MODELS = ['WR21', 'WR44', 'IX20'] as const;

/**
 * The DiGi routers of the fleet: one behind each DiGi link (a logical id with a DiGi OUI). Pure
 * function of the links, so it adds nothing to the seeded random stream.
 */
export function collectDigiDevices(edges: readonly FleetEdge[]): FleetDigiDevice[] {
  const devices: FleetDigiDevice[] = [];
  for (const edge of edges) {
    for (const link of edge.links) {
      if (!link.digi) continue;
      const model = DIGI_MODELS[link.hash % DIGI_MODELS.length] ?? 'WR21';
      devices.push({
        mac: link.logicalId,
        edgeKey: edge.key,
        edgeSerial: edge.serial,
        interface: link.interface,
        deviceSerial: `${model}-${pad(link.hash % 100_000, 5)}`,
        model,
      });
    }
  }
  return devices;
}
