import type { SeededRandom } from '../random/seeded-random.js';
import {
  CITIES,
  CLIENT_NAME_FIRST,
  CLIENT_NAME_SECOND,
  FIRST_NAMES,
  LAST_NAMES,
} from './fleet-catalog.js';
import type { FleetClient, FleetContact, FleetPhoneLine } from './fleet-types.js';
import { pad, type IdAllocator } from './id-allocator.js';

export interface GenerateClientsInput {
  random: SeededRandom;
  ids: IdAllocator;
  count: number;
  hosts: readonly string[];
}

/** Bruin clients with their contacts, DID lines and the VCO hosts they live on. */
export function generateClients(input: GenerateClientsInput): FleetClient[] {
  const { random, ids, count, hosts } = input;
  const usedNames = new Set<string>();
  const clients: FleetClient[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = 30000 + i * 13 + random.int(0, 12);
    const clientName = uniqueName(random, usedNames);
    const domain = `${slug(clientName)}.example`;
    const home = hosts[i % hosts.length] ?? hosts[0] ?? '';
    const clientHosts = [home];
    if (hosts.length > 1 && random.chance(0.1)) {
      clientHosts.push(hosts[(i + 1) % hosts.length] ?? home);
    }
    const contactCount = random.int(1, 3);
    const contacts: FleetContact[] = [];
    for (let c = 0; c < contactCount; c += 1) {
      contacts.push(contact({ random, ids, clientId, domain }));
    }
    const city = random.pick(CITIES);
    const phoneLines: FleetPhoneLine[] = [];
    for (let l = 0; l < 2; l += 1) {
      const digits = `${city.areaCode}${pad(2_000_000 + ids.next('phone', 0), 7)}`;
      phoneLines.push({
        phoneNumber: `+1${digits}`,
        inventoryId: ids.next('inventory', 18_800_000),
        clientId,
        btn: phoneLines[0]?.btn ?? digits,
      });
    }
    clients.push({
      clientId,
      clientName,
      accountNumber: String(88_000 + i),
      domain,
      hosts: clientHosts,
      contacts,
      phoneLines,
    });
  }
  return clients;
}

function uniqueName(random: SeededRandom, used: Set<string>): string {
  const base = `${random.pick(CLIENT_NAME_FIRST)} ${random.pick(CLIENT_NAME_SECOND)}`;
  let name = base;
  for (let n = 2; used.has(name); n += 1) name = `${base} ${String(n)}`;
  used.add(name);
  return name;
}

function contact(input: {
  random: SeededRandom;
  ids: IdAllocator;
  clientId: number;
  domain: string;
}): FleetContact {
  const { random, ids, clientId, domain } = input;
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const email = `${firstName}.${lastName}@${domain}`.toLowerCase();
  return {
    userID: `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-9${random.hex(3)}-${random.hex(12)}`,
    dirID: ids.next('dir', 310_000),
    clientId,
    username: email.toUpperCase(),
    email,
    firstName,
    lastName,
    phone: random.chance(0.8)
      ? `${random.pick(CITIES).areaCode}555${pad(random.int(0, 9999), 4)}`
      : null,
  };
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24);
}
