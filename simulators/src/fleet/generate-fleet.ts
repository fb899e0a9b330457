import type { VcoEdgeState } from '@automation-engine/vendor-apis';
import { hashString } from '../random/hash-mix.js';
import { createSeededRandom, type SeededRandom } from '../random/seeded-random.js';
import { buildFleetIndex } from './build-fleet-index.js';
import {
  BUSINESS_HOURS,
  CITIES,
  EDGE_MODELS,
  FIRST_NAMES,
  LAST_NAMES,
  MANAGEMENT_STATUSES,
  SITE_KINDS,
  SOFTWARE_VERSIONS,
  STREET_NAMES,
} from './fleet-catalog.js';
import { resolveFleetOptions } from './fleet-options.js';
import type {
  Fleet,
  FleetClient,
  FleetEdge,
  FleetEnterprise,
  FleetGateway,
  FleetInventoryDocument,
  FleetOptions,
  FleetSite,
  ResolvedFleetOptions,
} from './fleet-types.js';
import { collectDigiDevices } from './collect-digi-devices.js';
import { generateClients } from './generate-clients.js';
import { generateLinks } from './generate-links.js';
import { generateProbes } from './generate-probes.js';
import { inventoryForEdge, inventoryForPhoneLines } from './fleet-inventory.js';
import { pad, IdAllocator } from './id-allocator.js';

const DAY_MS = 86_400_000;

/**
 * Generates the lab's fleet from a seed: clients, sites, VCO enterprises and edges (with links
 * and HA partners), Hawkeye probes at the sites, the DiGi routers behind DiGi links, and the Bruin
 * inventory that names every edge serial, circuit and probe. Same
 * options → deep-equal fleet. Linear in the number of edges.
 */
export function generateFleet(options: FleetOptions): Fleet {
  const opts = resolveFleetOptions(options);
  const random = createSeededRandom(opts.seed);
  const ids = new IdAllocator();
  const clients = generateClients({ random, ids, count: opts.clients, hosts: opts.hostNames });
  const builder = new FleetBuilder(opts, random, ids);
  for (let i = 0; i < opts.edges; i += 1) {
    const client =
      i < clients.length ? clients[i] : clients[Math.floor(random.next() ** 1.5 * clients.length)];
    if (client !== undefined) builder.addEdge(client, i);
  }
  builder.inventory.push(...inventoryForPhoneLines(clients, builder.firstSiteOf));
  const probes = generateProbes({
    seed: opts.seed,
    ratio: opts.probeRatio,
    edgeCount: opts.edges,
    clients,
    sites: builder.sites,
    ids,
    epoch: opts.epoch,
  });
  for (const doc of probes.inventory) builder.inventory.push(doc);
  const gateways = generateGateways(opts);
  const fleet = {
    options: opts,
    hosts: opts.hostNames,
    clients,
    sites: builder.sites,
    enterprises: builder.enterprises,
    edges: builder.edges,
    inventory: builder.inventory,
    gateways,
    probes: probes.probes,
    digiDevices: collectDigiDevices(builder.edges),
  };
  return { ...fleet, index: buildFleetIndex(fleet) };
}

class FleetBuilder {
  readonly sites: FleetSite[] = [];
  readonly enterprises: FleetEnterprise[] = [];
  readonly edges: FleetEdge[] = [];
  readonly inventory: FleetInventoryDocument[] = [];
  readonly #enterpriseByClientHost = new Map<string, FleetEnterprise>();
  readonly #sitesByClient = new Map<number, FleetSite[]>();
  readonly #siteKindByClient = new Map<number, string>();
  readonly #namesByEnterprise = new Map<FleetEnterprise, Set<string>>();

  constructor(
    readonly opts: ResolvedFleetOptions,
    readonly random: SeededRandom,
    readonly ids: IdAllocator,
  ) {}

  readonly firstSiteOf = (clientId: number): number =>
    this.#sitesByClient.get(clientId)?.[0]?.siteId ?? 0;

  addEdge(client: FleetClient, index: number): void {
    const { random, ids, opts } = this;
    const host =
      client.hosts.length > 1 && random.chance(0.5)
        ? (client.hosts[1] ?? '')
        : (client.hosts[0] ?? '');
    const enterprise = this.#enterprise(client, host);
    const site = this.#site(client);
    const activated = !random.chance(opts.neverActivatedRatio);
    const initialState: VcoEdgeState | null = !activated
      ? 'NEVER_ACTIVATED'
      : random.chance(opts.nullStateRatio)
        ? null
        : 'CONNECTED';
    const serialBase = 200_000_000 + index * 10;
    const serial = `VC05${pad(serialBase + random.int(0, 4), 9)}`;
    const linkRoll = random.next();
    const linkCount = activated ? (linkRoll < 0.2 ? 1 : linkRoll < 0.8 ? 2 : 3) : 0;
    const links = generateLinks({ random, ids, seed: opts.seed, host, count: linkCount });
    const ha =
      activated && random.chance(opts.haRatio)
        ? {
            serial: `VC05${pad(serialBase + 5 + random.int(0, 4), 9)}`,
            inventoryId: ids.next('inventory', 18_800_000),
          }
        : null;
    const edgeId = ids.next(`edge:${host}`, 2200);
    const createdAt = opts.epoch - random.int(30, 1000) * DAY_MS - random.int(0, DAY_MS);
    const edge: FleetEdge = {
      key: `${host}#${String(edgeId)}`,
      host,
      enterpriseId: enterprise.enterpriseId,
      edgeId,
      vcoSiteId: ids.next(`vco-site:${host}`, 2300),
      serial,
      name: this.#edgeName({ client, enterprise, site }),
      modelNumber: random.pick(EDGE_MODELS),
      softwareVersion: random.pick(SOFTWARE_VERSIONS),
      activated,
      initialState,
      ha,
      clientId: client.clientId,
      siteId: site.siteId,
      inventoryId: ids.next('inventory', 18_800_000),
      managementStatus: weighted(random, MANAGEMENT_STATUSES),
      createdAt,
      links,
      hash: hashString(opts.seed, `${host}#edge#${String(edgeId)}`),
    };
    this.edges.push(edge);
    const duplicateInventoryId = random.chance(opts.duplicateInventoryRatio)
      ? ids.next('inventory', 18_800_000)
      : null;
    this.inventory.push(...inventoryForEdge({ edge, duplicateInventoryId }));
  }

  #enterprise(client: FleetClient, host: string): FleetEnterprise {
    const key = `${String(client.clientId)}@${host}`;
    const existing = this.#enterpriseByClientHost.get(key);
    if (existing !== undefined) return existing;
    const enterpriseId = this.ids.next(`enterprise:${host}`, 40);
    const enterprise: FleetEnterprise = {
      host,
      enterpriseId,
      name: `${client.clientName}|${String(client.clientId)}|`,
      clientId: client.clientId,
      logicalId: `${this.random.hex(8)}-${this.random.hex(4)}-4${this.random.hex(3)}-a${this.random.hex(3)}-${this.random.hex(12)}`,
      domain: client.domain,
      accountNumber: client.accountNumber,
    };
    this.#enterpriseByClientHost.set(key, enterprise);
    this.#namesByEnterprise.set(enterprise, new Set());
    this.enterprises.push(enterprise);
    return enterprise;
  }

  #site(client: FleetClient): FleetSite {
    const { random, ids, opts } = this;
    const known = this.#sitesByClient.get(client.clientId) ?? [];
    if (known.length > 0 && random.chance(opts.sharedSiteRatio)) return random.pick(known);
    const kind = this.#siteKindByClient.get(client.clientId) ?? random.pick(SITE_KINDS);
    this.#siteKindByClient.set(client.clientId, kind);
    const city = random.pick(CITIES);
    const siteNumber = ids.next(`site-number:${String(client.clientId)}`, 101);
    const counter = ids.next('site', 0);
    const contact = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const site: FleetSite = {
      siteId: 52_000 + counter,
      clientId: client.clientId,
      label: `${kind} ${String(siteNumber)}`,
      address: {
        addressId: 660_000 + counter,
        address: `${String(random.int(1, 9999))} ${random.pick(STREET_NAMES)}`,
        city: city.city,
        state: city.state,
        zip: `${city.zip}-${pad(random.int(1000, 9999), 4)}`,
        country: 'USA',
      },
      latitude: round4(city.latitude + (random.next() - 0.5) * 0.2),
      longitude: round4(city.longitude + (random.next() - 0.5) * 0.2),
      timeZone: random.chance(0.95) ? city.timeZone : null,
      ianaTimeZone: city.iana,
      businessHours: random.chance(0.9) ? random.pick(BUSINESS_HOURS) : null,
      addedAt: opts.epoch - random.int(1000, 1500) * DAY_MS,
      primaryContactName: contact,
      primaryContactPhone: `${city.areaCode}555${pad(random.int(0, 9999), 4)}`,
      primaryContactEmail: `${kind.toLowerCase()}${String(siteNumber)}@${client.domain}`,
    };
    known.push(site);
    this.#sitesByClient.set(client.clientId, known);
    this.sites.push(site);
    return site;
  }

  #edgeName(args: { client: FleetClient; enterprise: FleetEnterprise; site: FleetSite }): string {
    const { client, enterprise, site } = args;
    const [kind = 'SITE', number = '0'] = site.label.split(' ');
    const base = `${abbreviation(client.clientName)}-${kind.toUpperCase()}-${number}`;
    const names = this.#namesByEnterprise.get(enterprise) ?? new Set<string>();
    let name = base;
    for (let n = 2; names.has(name); n += 1) name = `${base}-${String(n)}`;
    names.add(name);
    return name;
  }
}

function generateGateways(opts: ResolvedFleetOptions): FleetGateway[] {
  const regions = ['east', 'central', 'west'] as const;
  return opts.hostNames.flatMap((host, h) =>
    regions.map((region, r) => {
      const id = 10 + h * 10 + r;
      return {
        host,
        id,
        name: `vcg-${region}-${String(h + 1)}`,
        ipAddress: `198.51.100.${String(id)}`,
        hash: hashString(opts.seed, `${host}#gateway#${String(id)}`),
      };
    }),
  );
}

function weighted(
  random: SeededRandom,
  options: readonly { value: string; weight: number }[],
): string {
  let roll = random.next();
  for (const option of options) {
    if (roll < option.weight) return option.value;
    roll -= option.weight;
  }
  return options[0]?.value ?? '';
}

function abbreviation(name: string): string {
  const words = name.split(' ').filter((w) => /^[A-Za-z]/.test(w));
  const first = words[0] ?? 'LAB';
  const rest = words.slice(1).map((w) => w[0] ?? '');
  return `${first.slice(0, 2)}${rest.join('')}`.toUpperCase().slice(0, 4);
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
