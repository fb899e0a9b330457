import { hashString } from '../random/hash-mix.js';
import type { SeededRandom } from '../random/seeded-random.js';
import {
  BUSINESS_GRADE_LABELS,
  BYOB_LABEL_PREFIXES,
  DIGI_OUIS,
  PLAIN_OUIS,
  WIRED_ISPS,
  WIRED_SPEEDS_MBPS,
  WIRELESS_ISPS,
  WIRELESS_SPEEDS_MBPS,
} from './fleet-catalog.js';
import type { FleetLink } from './fleet-types.js';
import { pad, type IdAllocator } from './id-allocator.js';

export const ACCESS_TYPE_WIRED = 'Ethernet/T1/MPLS';
export const ACCESS_TYPE_WIRELESS = 'Wireless';

export interface GenerateLinksInput {
  random: SeededRandom;
  ids: IdAllocator;
  seed: number;
  host: string;
  count: number;
}

/** The WAN links of one edge (1–3): GE1 wired, then wired or wireless ones. */
export function generateLinks(input: GenerateLinksInput): FleetLink[] {
  const { random, count } = input;
  const edgeSuffix = `${random.hex(4)}-4${random.hex(3)}-9${random.hex(3)}-${random.hex(12)}`;
  const links: FleetLink[] = [];
  for (let i = 0; i < count; i += 1) {
    const wireless = i === 1 ? random.chance(0.4) : i === 2 ? random.chance(0.6) : false;
    const iface = i === 0 ? 'GE1' : i === 1 ? 'GE2' : wireless ? 'INTERNET2' : 'GE3';
    links.push(
      wireless
        ? wirelessLink({ input, iface, index: i, edgeSuffix })
        : wiredLink({ input, iface, index: i, edgeSuffix }),
    );
  }
  return links;
}

interface LinkSlot {
  input: GenerateLinksInput;
  iface: string;
  index: number;
  edgeSuffix: string;
}

/** What a link's kind decides; the rest comes from `buildLink`. */
interface LinkTraits {
  wireless: boolean;
  oui: string;
  isp: string;
  label: (ipAddress: string) => string;
  mode: FleetLink['mode'];
  byob: boolean;
  digi: boolean;
  bpsRx: number;
  bpsTx: number;
}

function wiredLink(slot: LinkSlot): FleetLink {
  const { random } = slot.input;
  const isp = random.pick(WIRED_ISPS);
  const speed = random.pick(WIRED_SPEEDS_MBPS);
  const roll = random.next();
  const byob = roll < 0.08;
  const grade = roll >= 0.08 && roll < 0.18 ? random.pick(BUSINESS_GRADE_LABELS) : null;
  const ipLabel = roll >= 0.18 && roll < 0.21;
  const byobPrefix = random.pick(BYOB_LABEL_PREFIXES);
  const plain = `${isp.label} ${String(speed)}M`;
  return buildLink(slot, {
    wireless: false,
    oui: random.pick(PLAIN_OUIS),
    isp: isp.isp,
    label: (ip) =>
      byob ? `${byobPrefix} ${plain}` : grade !== null ? `${grade} ${plain}` : ipLabel ? ip : plain,
    mode: grade === 'MPLS' ? 'PRIVATE' : 'PUBLIC',
    byob,
    digi: false,
    bpsRx: speed * 1_000_000,
    bpsTx: grade !== null ? speed * 1_000_000 : Math.round((speed * 1_000_000) / random.int(5, 10)),
  });
}

function wirelessLink(slot: LinkSlot): FleetLink {
  const { random } = slot.input;
  const isp = random.pick(WIRELESS_ISPS);
  const speed = random.pick(WIRELESS_SPEEDS_MBPS);
  const digi = random.chance(0.5);
  return buildLink(slot, {
    wireless: true,
    oui: digi ? random.pick(DIGI_OUIS) : random.pick(PLAIN_OUIS),
    isp: isp.isp,
    label: () => `${digi ? 'DiGi ' : ''}LTE ${isp.label}`,
    mode: 'PUBLIC',
    byob: false,
    digi,
    bpsRx: speed * 1_000_000,
    bpsTx: Math.round((speed * 1_000_000) / 4),
  });
}

const IP_FIRST_OCTETS = [24, 68, 71, 73, 96, 98, 174] as const;

/** One object literal with every field (no spreads: this runs for every link of the fleet). */
function buildLink(slot: LinkSlot, traits: LinkTraits): FleetLink {
  const { random, ids, host, seed } = slot.input;
  const linkId = ids.next(`link:${host}`, 6100);
  const serial = ids.next('circuit', 0);
  const mac = ids.next('mac', 0x100000);
  const ip = ids.next('ip', 0x010101);
  const letters = random.int(0, 456_975);
  const ipAddress = `${String(random.pick(IP_FIRST_OCTETS))}.${String((ip >> 16) & 255)}.${String((ip >> 8) & 255)}.${String(ip & 255)}`;
  return {
    linkId,
    internalId: `${pad(slot.index + 1, 8)}-${slot.edgeSuffix}`,
    logicalId: `${traits.oui}:${macTail(mac)}:0000`,
    interface: slot.iface,
    displayName: traits.label(ipAddress),
    isp: traits.isp,
    ipAddress,
    type: traits.wireless ? 'WIRELESS' : 'WIRED',
    mode: traits.mode,
    networkType: traits.wireless ? 'WIRELESS' : 'ETHERNET',
    byob: traits.byob,
    digi: traits.digi,
    bpsOfBestPathRx: traits.bpsRx,
    bpsOfBestPathTx: traits.bpsTx,
    circuit: {
      serviceNumber: `${pad(10 + (serial % 80), 2)}.${lettersOf(letters)}.${pad(100_000 + serial, 6)}`,
      circuitId: `CKT${pad(4_000_000 + serial, 7)}`,
      inventoryId: ids.next('inventory', 18_800_000),
      accessType: traits.wireless ? ACCESS_TYPE_WIRELESS : ACCESS_TYPE_WIRED,
      deviceSerial: traits.wireless ? `PB${pad(ids.next('device', 40_000_000), 8)}` : null,
    },
    hash: hashString(seed, `${host}#link#${String(linkId)}`),
  };
}

/** Four upper-case letters from a number below 26^4. */
function lettersOf(value: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < 4; i += 1) {
    out += String.fromCharCode(65 + (rest % 26));
    rest = Math.floor(rest / 26);
  }
  return out;
}

function macTail(value: number): string {
  const bytes = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
