import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { LinkMetricInfo, VcoEventRecord } from '@automation-engine/contracts/velocloud';
import type { AffectingSettings, LookupMinutes, Thresholds } from '../../src/model.js';

export const WIRED_THRESHOLDS: Thresholds = {
  latencyMs: 140,
  packetLoss: 8,
  jitterMs: 50,
  bandwidthPct: 80,
  circuitInstabilityEvents: 10,
};
export const WIRELESS_THRESHOLDS: Thresholds = { ...WIRED_THRESHOLDS, packetLoss: 10 };
export const WIRED_LOOKUP: LookupMinutes = {
  latency: 30,
  packetLoss: 30,
  jitter: 30,
  bandwidth: 30,
  circuitInstability: 60,
};
export const WIRELESS_LOOKUP: LookupMinutes = {
  latency: 90,
  packetLoss: 90,
  jitter: 90,
  bandwidth: 90,
  circuitInstability: 60,
};

export const HOST = 'mettel.velocloud.net';
export const SERIAL = 'VC05200028729';
export const CLIENT_ID = 30000;

export function settings(overrides: Partial<AffectingSettings> = {}): AffectingSettings {
  return {
    environment: 'test',
    host: HOST,
    wired: { thresholds: WIRED_THRESHOLDS, lookupMinutes: WIRED_LOOKUP },
    wireless: { thresholds: WIRELESS_THRESHOLDS, lookupMinutes: WIRELESS_LOOKUP },
    autoresolveLookupMinutes: 20,
    circuitInstabilityAutoresolveThreshold: 4,
    grace: { dayStartHour: 8, dayEndHour: 0, daySeconds: 5400, nightSeconds: 10800 },
    maxAutoresolvesPerTicket: 3,
    milestoneReminderWaitSeconds: 86_400,
    defaultContacts: { '*': [{ email: 'noc@example.com', name: 'NOC', type: 'ticket' }] },
    customersAlwaysUsingDefaultContacts: [83109],
    customersWithBandwidthDisabled: [83109],
    hnocBlacklistedLabels: [
      'byob',
      'customer owned',
      'client owned',
      'customer provided',
      'client provided',
    ],
    asrBlacklistedLabels: [
      'byob',
      'customer owned',
      'client owned',
      'customer provided',
      'client provided',
      'piab',
    ],
    umbrellaHosts: { 'metvco04.mettel.net': 'FIS' },
    relevantClients: ['RSI'],
    ipaSystemUsername: 'Intelygenz Ai',
    productCategory: 'SD-WAN',
    timezone: 'US/Eastern',
    concurrency: 4,
    ...overrides,
  };
}

export function cachedEdge(overrides: Partial<CustomerCacheEntry> = {}): CustomerCacheEntry {
  return {
    edge: { host: HOST, enterprise_id: 1, enterprise_name: 'Acme|30000|', edge_id: 20 },
    edge_name: 'Acme-Edge-1',
    last_contact: '2026-11-22T10:00:00Z',
    serial_number: SERIAL,
    ha_serial_number: null,
    logical_ids: [
      {
        interface_name: 'GE1',
        logical_id: 'aa:bb',
        access_type: 'Ethernet/T1/MPLS',
        service_number: 'C1',
      },
    ],
    bruin_client_info: { client_id: CLIENT_ID, client_name: 'Acme', site_id: 1 },
    site_details: {
      tzOffset: -5,
      primaryContactName: 'Site Person',
      primaryContactPhone: '555-0100',
      primaryContactEmail: 'site@acme.example',
    },
    ticket_contact_details: {
      firstName: 'Ticket',
      lastName: 'Person',
      email: 'ticket@acme.example',
      phone: '555-0101',
    },
    ticket_contact_additional_subscribers: [{ email: 'watcher@acme.example' }, { email: '' }],
    links_configuration: [
      { interfaces: ['GE1'], mode: 'PUBLIC', type: 'WIRED' },
      { interfaces: ['GE2'], mode: 'PUBLIC', type: 'WIRELESS' },
    ],
    ...overrides,
  };
}

export function linkMetrics(
  overrides: Partial<Omit<LinkMetricInfo, 'link'>> = {},
  link: Partial<LinkMetricInfo['link']> = {},
): LinkMetricInfo {
  return {
    linkId: 1,
    name: null,
    bytesTx: 0,
    bytesRx: 0,
    packetsTx: 0,
    packetsRx: 0,
    totalBytes: 0,
    totalPackets: 0,
    bpsOfBestPathRx: 0,
    bpsOfBestPathTx: 0,
    bestJitterMsRx: 0,
    bestJitterMsTx: 0,
    bestLatencyMsRx: 0,
    bestLatencyMsTx: 0,
    bestLossPctRx: 0,
    bestLossPctTx: 0,
    ...overrides,
    link: {
      host: HOST,
      enterpriseName: 'Acme|30000|',
      enterpriseId: 1,
      enterpriseProxyId: null,
      enterpriseProxyName: null,
      edgeName: 'Acme-Edge-1',
      edgeState: 'CONNECTED',
      edgeSystemUpSince: null,
      edgeServiceUpSince: null,
      edgeLastContact: null,
      edgeId: 20,
      edgeSerialNumber: SERIAL,
      edgeHASerialNumber: null,
      edgeModelNumber: null,
      edgeLatitude: null,
      edgeLongitude: null,
      displayName: 'Comcast',
      isp: null,
      interface: 'GE1',
      internalId: null,
      linkState: 'STABLE',
      linkLastActive: null,
      linkVpnState: null,
      linkId: 1,
      linkIpAddress: '10.0.0.1',
      ...link,
    },
  };
}

export function linkDeadEvent(iface: string, edgeName = 'Acme-Edge-1', id = 1): VcoEventRecord {
  return {
    id,
    eventTime: '2026-11-22T10:00:00Z',
    event: 'LINK_DEAD',
    category: 'NETWORK',
    severity: 'ERROR',
    message: `Link ${iface} is now DEAD`,
    edgeName,
  };
}
