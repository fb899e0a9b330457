import { BRUIN_ATTRIBUTE_KEYS } from '@automation-engine/vendor-apis';
import { hashString, mixInts } from '../random/hash-mix.js';
import { createSeededRandom } from '../random/seeded-random.js';
import type { FleetClient, FleetInventoryDocument, FleetProbe, FleetSite } from './fleet-types.js';
import type { IdAllocator } from './id-allocator.js';

const DAY_MS = 86_400_000;

/** Raspberry Pi and appliance OUIs of the probes. */
const PROBE_OUIS = ['dc:a6:32', 'b8:27:eb', 'e4:5f:01'] as const;

/** Probe kinds: Hawkeye type number, type name, name suffix, OS. */
const PROBE_KINDS = [
  { type: '8', typeName: 'xr_pi', suffix: 'Pi', os: 'Linux ARM' },
  { type: '8', typeName: 'xr_pi', suffix: 'Pi', os: 'Linux ARM' },
  { type: '6', typeName: 'xr_lite', suffix: 'Lite', os: 'Linux' },
  { type: '4', typeName: 'xr_2000', suffix: 'XR', os: 'Linux x86' },
] as const;

/** Bruin product of a probe's inventory document (the HOM's hard-coded category). */
export const PROBE_PRODUCT_CATEGORY = 'Network Scout';

export interface GenerateProbesInput {
  seed: number;
  ratio: number;
  edgeCount: number;
  clients: readonly FleetClient[];
  sites: readonly FleetSite[];
  ids: IdAllocator;
  epoch: number;
}

/**
 * Hawkeye probes at the clients' sites (about `ratio` per edge), each with the Bruin inventory
 * document that makes its serial a service number of the client. Drawn from a PRNG stream of its
 * own, after the edges, so adding probes leaves every other seeded value unchanged.
 */
export function generateProbes(input: GenerateProbesInput): {
  probes: FleetProbe[];
  inventory: FleetInventoryDocument[];
} {
  const { seed, sites, ids, epoch } = input;
  const count = sites.length === 0 ? 0 : Math.round(input.edgeCount * input.ratio);
  const random = createSeededRandom(mixInts(seed, 0x1a1a));
  const clientById = new Map(input.clients.map((c) => [c.clientId, c]));
  const hubByClient = new Map<number, FleetProbe>();
  const names = new Set<string>();
  const probes: FleetProbe[] = [];
  const inventory: FleetInventoryDocument[] = [];
  for (let i = 0; i < count; i += 1) {
    // The first probes cover the first sites, so small fleets still spread over clients.
    const site = i < sites.length ? sites[i] : sites[random.int(0, sites.length - 1)];
    if (site === undefined) continue;
    const client = clientById.get(site.clientId);
    const kind = random.pick(PROBE_KINDS);
    const mac = ids.next('probe-mac', 0x4e0000 + random.int(0, 0xff) * 0x100);
    const uid = `${random.pick(PROBE_OUIS)}:${macTail(mac)}`;
    const hub = hubByClient.get(site.clientId);
    const siteNumber = site.label.split(' ')[1] ?? String(i);
    const clientName = client?.clientName ?? 'Lab';
    const group = clientName.split(' ')[0] ?? 'Lab';
    const baseName = `${initials(clientName)}-${siteNumber}-${kind.suffix}`;
    let name = baseName;
    for (let n = 2; names.has(name); n += 1) name = `${baseName}${String(n)}`;
    names.add(name);
    const probe: FleetProbe = {
      index: probes.length,
      probeId: ids.next('probe', 120),
      uid,
      serialNumber: uid.replaceAll(':', '').toUpperCase(),
      name,
      type: kind.type,
      typeName: kind.typeName,
      os: kind.os,
      probeGroup: group,
      clientId: site.clientId,
      siteId: site.siteId,
      inventoryId: ids.next('inventory', 18_800_000),
      active: !random.chance(0.04),
      neverReported: random.chance(0.02),
      peerIndex: hub?.index ?? null,
      ipAddress: `10.${String(40 + (i >> 16))}.${String((i >> 8) & 255)}.${String(i & 255)}`,
      lastRestart: epoch - random.int(1, 60) * DAY_MS - random.int(0, DAY_MS),
      hash: hashString(seed, `probe#${uid}`),
    };
    if (hub === undefined) hubByClient.set(site.clientId, probe);
    else if (hub.peerIndex === null) hub.peerIndex = probe.index;
    probes.push(probe);
    inventory.push({
      inventoryId: probe.inventoryId,
      serviceNumber: probe.serialNumber,
      clientId: probe.clientId,
      siteId: probe.siteId,
      status: 'A',
      kind: 'probe',
      productCategory: PROBE_PRODUCT_CATEGORY,
      productType: 'Ixia Probe',
      itemName: `Hawkeye ${kind.typeName}`,
      installedAt: probe.lastRestart - 30 * DAY_MS,
      attributes: [
        { key: BRUIN_ATTRIBUTE_KEYS.managementStatus, value: 'Active – Gold Monitoring' },
      ],
    });
  }
  return { probes, inventory };
}

/** `Northwind Retail` → `NWR`: first two letters of the first word, initials of the rest. */
function initials(name: string): string {
  const words = name.split(' ').filter((w) => /^[A-Za-z]/.test(w));
  const rest = words.slice(1).map((w) => w[0] ?? '');
  return `${(words[0] ?? 'LAB').slice(0, 2)}${rest.join('')}`.toUpperCase().slice(0, 4);
}

function macTail(value: number): string {
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join(':');
}
