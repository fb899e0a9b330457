import { z } from 'zod';
import { parseEnv } from '@automation-engine/config';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { serviceEnv, settingsOf } from '../../src/config.js';
import type { EdgeStatus, LinkStatus, MonitoredEdge, OutageSettings } from '../../src/model.js';

/** Production settings (the defaults) for host `mettel.velocloud.net`, with overrides. */
export function prodSettings(overrides: Partial<OutageSettings> = {}): OutageSettings {
  const config = parseEnv(z.object(serviceEnv), {
    MONITORING__VELOCLOUD_HOST: 'mettel.velocloud.net',
  });
  return { ...settingsOf({ ...config, ENVIRONMENT_NAME: 'test' }), ...overrides };
}

export function link(
  iface: string,
  linkState: string | null,
  displayName: string | null = `${iface} ISP`,
): LinkStatus {
  return { interface: iface, displayName, linkState, linkIpAddress: '10.0.0.1' };
}

export function status(overrides: Partial<EdgeStatus> = {}): EdgeStatus {
  return {
    host: 'mettel.velocloud.net',
    enterpriseName: 'Acme',
    enterpriseId: 1,
    edgeId: 10,
    edgeName: 'edge-10',
    edgeState: 'CONNECTED',
    edgeSerialNumber: 'VC01',
    edgeHASerialNumber: null,
    edgeHAState: null,
    edgeIsHAPrimary: null,
    links: [link('GE1', 'STABLE'), link('GE2', 'STABLE')],
    ...overrides,
  };
}

export function cached(
  serial: string,
  overrides: Partial<CustomerCacheEntry> = {},
): CustomerCacheEntry {
  return {
    edge: { host: 'mettel.velocloud.net', enterprise_id: 1, enterprise_name: 'Acme', edge_id: 10 },
    edge_name: 'edge-10',
    last_contact: '2026-11-22T10:00:00Z',
    serial_number: serial,
    ha_serial_number: null,
    logical_ids: [
      {
        interface_name: 'GE1',
        logical_id: 'aa:bb:cc:00:00:01',
        access_type: 'Wireless',
        service_number: 'LINE-1',
      },
      {
        interface_name: 'GE2',
        logical_id: '00:04:2d:00:00:02',
        access_type: 'Wireless',
        service_number: 'LINE-2',
      },
    ],
    bruin_client_info: { client_id: 9994, client_name: 'RSI', site_id: 1 },
    site_details: { tzOffset: -5 },
    ticket_contact_details: null,
    ticket_contact_additional_subscribers: null,
    links_configuration: [
      { interfaces: ['GE1'], mode: 'PUBLIC', type: 'WIRED' },
      { interfaces: ['GE2'], mode: 'PUBLIC', type: 'WIRELESS' },
    ],
    ...overrides,
  };
}

export function monitored(
  edgeStatus: Partial<EdgeStatus> = {},
  cache: Partial<CustomerCacheEntry> = {},
): MonitoredEdge {
  const s = status(edgeStatus);
  return { status: s, cached: cached(s.edgeSerialNumber, { ...cache }) };
}
