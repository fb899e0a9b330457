import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { EdgeStatus, LinkStatus, MonitoredEdge } from '../../src/model.js';
import type { VcoEvent } from '../../src/notes/index.js';

/** A cached edge + status for note and auto-resolve tests; override what a test is about. */
export function monitoredEdge(
  overrides: {
    status?: Partial<EdgeStatus>;
    cached?: Partial<CustomerCacheEntry>;
  } = {},
): MonitoredEdge {
  const serial = overrides.status?.edgeSerialNumber ?? 'VC05200026138';
  const cached: CustomerCacheEntry = {
    edge: {
      host: 'mettel.velocloud.net',
      enterprise_id: 1,
      enterprise_name: 'ACME',
      edge_id: 4206,
    },
    edge_name: 'Big Boss',
    last_contact: '2026-11-22T10:00:00.000Z',
    serial_number: serial,
    ha_serial_number: null,
    logical_ids: [
      {
        interface_name: 'GE1',
        logical_id: 'aa:bb',
        access_type: 'Wireless',
        service_number: 'LINE-1',
      },
      {
        interface_name: 'GE2',
        logical_id: '00:04:2d:11',
        access_type: 'Ethernet/T1/MPLS',
        service_number: 'LINE-2',
      },
    ],
    bruin_client_info: { client_id: 9994, client_name: 'METTEL/NEW YORK' },
    site_details: { tzOffset: -5 },
    ticket_contact_details: null,
    ticket_contact_additional_subscribers: null,
    links_configuration: [
      { interfaces: ['GE1'], mode: 'PUBLIC', type: 'WIRED' },
      { interfaces: ['GE2'], mode: 'PRIVATE', type: 'WIRELESS' },
    ],
    ...overrides.cached,
  } as CustomerCacheEntry;
  const status: EdgeStatus = {
    host: cached.edge.host,
    enterpriseName: 'ACME',
    enterpriseId: cached.edge.enterprise_id,
    edgeId: cached.edge.edge_id,
    edgeName: 'Big Boss',
    edgeState: 'CONNECTED',
    edgeSerialNumber: serial,
    edgeHASerialNumber: null,
    edgeHAState: null,
    edgeIsHAPrimary: null,
    links: [link('GE1', 'CONNECTED', 'Comcast'), link('GE2', 'DISCONNECTED', 'BYOB Verizon')],
    ...overrides.status,
  };
  return { cached, status };
}

export function link(iface: string, linkState: string, displayName: string | null): LinkStatus {
  return { interface: iface, displayName, linkState, linkIpAddress: '10.0.0.1' };
}

let nextEventId = 1;
export function vcoEvent(
  event: string,
  eventTime: string,
  message: string | null = null,
): VcoEvent {
  nextEventId += 1;
  return {
    id: nextEventId,
    event,
    eventTime,
    category: event.startsWith('EDGE') ? 'EDGE' : 'NETWORK',
    severity: 'NOTICE',
    message,
    edgeName: 'Big Boss',
  };
}
