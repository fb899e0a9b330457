import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { LinkWithEdgeInfo } from '@automation-engine/contracts/velocloud';

/** A link row as velocloud-bridge answers it; override what the case is about. */
export function anyRow(overrides: Partial<LinkWithEdgeInfo> = {}): LinkWithEdgeInfo {
  return {
    host: 'mettel.velocloud.net',
    enterpriseName: 'Northwind Retail|30412|',
    enterpriseId: 41,
    enterpriseProxyId: null,
    enterpriseProxyName: null,
    edgeName: 'NWR-STORE-114',
    edgeState: 'CONNECTED',
    edgeSystemUpSince: '2023-03-30T06:12:44.000Z',
    edgeServiceUpSince: '2023-03-30T06:13:31.000Z',
    edgeLastContact: '2023-04-11T13:14:58.000Z',
    edgeId: 2287,
    edgeSerialNumber: 'VC05200071234',
    edgeHASerialNumber: null,
    edgeModelNumber: 'edge520',
    edgeLatitude: 41.8,
    edgeLongitude: -71.4,
    displayName: 'Cox Business 100M',
    isp: 'Cox',
    interface: 'GE1',
    internalId: '00000001',
    linkState: 'STABLE',
    linkLastActive: '2023-04-11T13:02:10.000Z',
    linkVpnState: 'STABLE',
    linkId: 6120,
    linkIpAddress: '68.9.144.21',
    ...overrides,
  };
}

/** A cache entry; override what the case is about. */
export function anyEntry(overrides: Partial<CustomerCacheEntry> = {}): CustomerCacheEntry {
  return {
    edge: {
      host: 'mettel.velocloud.net',
      enterprise_id: 41,
      enterprise_name: 'NW|30412|',
      edge_id: 2287,
    },
    edge_name: 'NWR-STORE-114',
    last_contact: '2023-04-11T13:14:58.000Z',
    serial_number: 'VC05200071234',
    ha_serial_number: null,
    logical_ids: [],
    bruin_client_info: { client_id: 30412, client_name: 'Northwind Retail', site_id: 52207 },
    site_details: { siteID: '52207', timeZone: 'Eastern', tzOffset: -4 },
    ticket_contact_details: null,
    ticket_contact_additional_subscribers: null,
    links_configuration: [],
    ...overrides,
  };
}
