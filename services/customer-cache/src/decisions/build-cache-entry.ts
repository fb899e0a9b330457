import type {
  BruinClientInfo,
  BruinSiteInfo,
  BruinTicketContact,
} from '@automation-engine/contracts/bruin';
import type {
  CachedLinkConfiguration,
  CachedLogicalId,
  CustomerCacheEntry,
} from '@automation-engine/contracts/customer-cache';
import { attributeValue } from './attribute-value.js';
import type { LogicalId } from './logical-ids-of.js';
import type { VeloEdge } from './velo-edge.js';

export interface EntryParts {
  edge: VeloEdge;
  logicalIds: readonly LogicalId[];
  linksConfiguration: readonly CachedLinkConfiguration[];
  clientInfo: BruinClientInfo;
  attributes: readonly { key: string; value: string | null }[];
  /** The Bruin site with its `tzOffset` already added. */
  site: BruinSiteInfo & { tzOffset: number };
  /** The client's ticket contacts; null when Bruin could not tell. */
  contacts: readonly BruinTicketContact[] | null;
}

/** Each link with its Bruin circuit: `<iface> Access Type` and `<iface> Service Number`. */
export function withCircuits(
  logicalIds: readonly LogicalId[],
  attributes: EntryParts['attributes'],
): CachedLogicalId[] {
  return logicalIds.map((link) => ({
    interface_name: link.interface_name,
    logical_id: link.logical_id,
    access_type: attributeValue(attributes, `${link.interface_name} Access Type`),
    service_number: attributeValue(attributes, `${link.interface_name} Service Number`),
  }));
}

/** One cache entry (spec §10.2) from what VeloCloud and Bruin said about an edge. */
export function buildCacheEntry(parts: EntryParts): CustomerCacheEntry {
  const { edge, contacts } = parts;
  return {
    edge: edge.edge,
    edge_name: edge.edge_name,
    last_contact: edge.last_contact,
    logical_ids: withCircuits(parts.logicalIds, parts.attributes),
    serial_number: edge.serial_number,
    ha_serial_number: edge.ha_serial_number,
    bruin_client_info: parts.clientInfo,
    site_details: parts.site,
    ticket_contact_details: contacts === null ? null : (contacts[0] ?? null),
    ticket_contact_additional_subscribers: contacts === null ? null : contacts.slice(1),
    links_configuration: [...parts.linksConfiguration],
  };
}
