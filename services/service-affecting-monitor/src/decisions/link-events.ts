import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { VcoEventRecord } from '@automation-engine/contracts/velocloud';

const EVENT_INTERFACE =
  /^(?:Interface (?<iface>[a-zA-Z0-9]+) is (?:up|down)|Link (?<link>[a-zA-Z0-9]+) is (?:no longer|now) DEAD)$/;

/** The interface an event message names (`Link GE1 is now DEAD`, `Interface GE1 is down`). */
export function interfaceOfEvent(message: string | null): string | null {
  if (message === null) return null;
  const groups = EVENT_INTERFACE.exec(message)?.groups;
  return groups?.['iface'] ?? groups?.['link'] ?? null;
}

/** `serial → interface → events`. */
export type EventsByLink = Map<string, Map<string, VcoEventRecord[]>>;

/**
 * Groups an enterprise's events by serial and interface (spec §3.3): an event belongs to the first
 * cached edge of that enterprise whose `edge_name` is the event's `edgeName`. Events of no cached
 * edge, or whose message names no interface, are left out.
 */
export function groupEventsByLink(
  events: readonly VcoEventRecord[],
  edgesOfEnterprise: readonly CustomerCacheEntry[],
  into: EventsByLink = new Map(),
): EventsByLink {
  const serialByName = new Map<string, string>();
  for (const edge of edgesOfEnterprise) {
    if (edge.edge_name !== null && !serialByName.has(edge.edge_name)) {
      serialByName.set(edge.edge_name, edge.serial_number);
    }
  }
  for (const event of events) {
    const serial = event.edgeName === null ? undefined : serialByName.get(event.edgeName);
    if (serial === undefined) continue;
    const iface = interfaceOfEvent(event.message);
    if (iface === null) continue;
    let byInterface = into.get(serial);
    if (byInterface === undefined) {
      byInterface = new Map();
      into.set(serial, byInterface);
    }
    const list = byInterface.get(iface);
    if (list === undefined) byInterface.set(iface, [event]);
    else list.push(event);
  }
  return into;
}

/** Cached edges by host and enterprise: the event look-ups go one per enterprise. */
export function edgesByEnterprise(
  edges: readonly CustomerCacheEntry[],
): Map<string, { host: string; enterpriseId: number; edges: CustomerCacheEntry[] }> {
  const groups = new Map<
    string,
    { host: string; enterpriseId: number; edges: CustomerCacheEntry[] }
  >();
  for (const edge of edges) {
    const key = `${edge.edge.host}|${String(edge.edge.enterprise_id)}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, {
        host: edge.edge.host,
        enterpriseId: edge.edge.enterprise_id,
        edges: [edge],
      });
    } else {
      group.edges.push(edge);
    }
  }
  return groups;
}
