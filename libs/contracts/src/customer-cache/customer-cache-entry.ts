import { z } from 'zod';
import { bruinClientInfo, bruinSiteInfo, bruinTicketContact } from '../bruin/index.js';

/** An edge's identity in the cache: host, enterprise (id and name) and edge id. */
export const cachedEdgeIdentifier = z.object({
  host: z.string(),
  enterprise_id: z.number().int(),
  enterprise_name: z.string().nullable(),
  edge_id: z.number().int(),
});
export type CachedEdgeIdentifier = z.infer<typeof cachedEdgeIdentifier>;

/** A link of the edge with its Bruin circuit (`<iface> Access Type` / `<iface> Service Number`). */
export const cachedLogicalId = z.object({
  interface_name: z.string(),
  logical_id: z.string().nullable(),
  access_type: z.string().nullable(),
  service_number: z.string().nullable(),
});
export type CachedLogicalId = z.infer<typeof cachedLogicalId>;

export const cachedLinkConfiguration = z.object({
  interfaces: z.array(z.string()),
  mode: z.string(),
  type: z.string(),
});
export type CachedLinkConfiguration = z.infer<typeof cachedLinkConfiguration>;

/**
 * One edge serial of the customer cache (spec/bridges.md §10.2): the VeloCloud edge, its Bruin
 * client and site, contacts and links. An HA pair has two entries with the serials swapped.
 */
export const customerCacheEntry = z.object({
  edge: cachedEdgeIdentifier,
  edge_name: z.string().nullable(),
  last_contact: z.string().nullable(),
  serial_number: z.string(),
  ha_serial_number: z.string().nullable(),
  logical_ids: z.array(cachedLogicalId),
  bruin_client_info: bruinClientInfo,
  /** The Bruin site plus `tzOffset`, whole hours from UTC. */
  site_details: bruinSiteInfo.extend({ tzOffset: z.number().int() }),
  ticket_contact_details: bruinTicketContact.nullable(),
  ticket_contact_additional_subscribers: z.array(bruinTicketContact).nullable(),
  links_configuration: z.array(cachedLinkConfiguration),
});
export type CustomerCacheEntry = z.infer<typeof customerCacheEntry>;
