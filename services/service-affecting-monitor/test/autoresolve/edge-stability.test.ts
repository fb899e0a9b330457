import { describe, expect, it } from 'vitest';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { LinkMetricInfo, VcoEventRecord } from '@automation-engine/contracts/velocloud';
import {
  countEventsBySerialAndInterface,
  eventInterface,
  instabilityOf,
  type StabilitySettings,
} from '../../src/autoresolve/edge-stability.js';

const thresholds = (latencyMs: number) => ({
  latencyMs,
  packetLoss: 8,
  jitterMs: 50,
  bandwidthPct: 80,
  circuitInstabilityEvents: 10,
});
const lookup = { latency: 30, packetLoss: 30, jitter: 30, bandwidth: 30, circuitInstability: 60 };
const settings: StabilitySettings = {
  wired: { thresholds: thresholds(140), lookupMinutes: lookup },
  wireless: { thresholds: thresholds(300), lookupMinutes: lookup },
  autoresolveLookupMinutes: 20,
  circuitInstabilityAutoresolveThreshold: 4,
  customersWithBandwidthDisabled: [83109],
};

function cached(host = 'mettel.velocloud.net', clientId = 100): CustomerCacheEntry {
  return {
    edge: { host, enterprise_id: 1, enterprise_name: 'E', edge_id: 2 },
    edge_name: 'edge-1',
    last_contact: null,
    serial_number: 'VC1',
    ha_serial_number: null,
    logical_ids: [],
    bruin_client_info: { client_id: clientId, client_name: 'Client', site_id: 1 },
    site_details: { tzOffset: 0 },
    ticket_contact_details: null,
    ticket_contact_additional_subscribers: null,
    links_configuration: [
      { interfaces: ['GE1'], mode: 'PUBLIC', type: 'WIRED' },
      { interfaces: ['GE2'], mode: 'PUBLIC', type: 'WIRELESS' },
    ],
  };
}

// 20 minutes at 1 Mbps of a 10 Mbps path: 10 % use.
const TEN_PERCENT_BYTES = (1_000_000 * 20 * 60) / 8;

function metrics(iface: string, extra: Partial<LinkMetricInfo> = {}): LinkMetricInfo {
  return {
    linkId: 1,
    name: null,
    bytesTx: TEN_PERCENT_BYTES,
    bytesRx: TEN_PERCENT_BYTES,
    packetsTx: 0,
    packetsRx: 0,
    totalBytes: 0,
    totalPackets: 0,
    bpsOfBestPathRx: 10_000_000,
    bpsOfBestPathTx: 10_000_000,
    bestJitterMsRx: 1,
    bestJitterMsTx: 1,
    bestLatencyMsRx: 10,
    bestLatencyMsTx: 10,
    bestLossPctRx: 0,
    bestLossPctTx: 0,
    link: { interface: iface } as LinkMetricInfo['link'],
    ...extra,
  };
}

describe('instabilityOf (spec §3.6 step 2)', () => {
  it.each<
    [string, LinkMetricInfo[], Map<string, number> | undefined, RegExp | null, CustomerCacheEntry?]
  >([
    ['stable when every link is within', [metrics('GE1'), metrics('GE2')], undefined, null],
    [
      'latency Rx at the wired threshold',
      [metrics('GE1', { bestLatencyMsRx: 140 })],
      undefined,
      /GE1: latency/,
    ],
    [
      'latency Tx at the wired threshold',
      [metrics('GE1', { bestLatencyMsTx: 140 })],
      undefined,
      /GE1: latency/,
    ],
    [
      'a wireless link uses its own thresholds',
      [metrics('GE2', { bestLatencyMsRx: 200 })],
      undefined,
      null,
    ],
    [
      'packet loss at the threshold',
      [metrics('GE1', { bestLossPctTx: 8 })],
      undefined,
      /packet loss/,
    ],
    ['jitter at the threshold', [metrics('GE1', { bestJitterMsRx: 50 })], undefined, /jitter/],
    ['3 LINK_DEAD events are below 4', [metrics('GE1')], new Map([['GE1', 3]]), null],
    [
      '4 LINK_DEAD events reach the threshold',
      [metrics('GE1')],
      new Map([['GE1', 4]]),
      /4 LINK_DEAD events/,
    ],
    [
      'bandwidth at 80 % over 20 minutes',
      [metrics('GE1', { bytesTx: TEN_PERCENT_BYTES * 8 })],
      undefined,
      /bandwidth/,
    ],
    [
      'bandwidth not checked with one bps missing',
      [metrics('GE1', { bytesTx: TEN_PERCENT_BYTES * 9, bpsOfBestPathRx: 0 })],
      undefined,
      null,
    ],
    [
      'bandwidth not checked on metvco04',
      [metrics('GE1', { bytesTx: TEN_PERCENT_BYTES * 9 })],
      undefined,
      null,
      cached('metvco04.mettel.net'),
    ],
    [
      'bandwidth not checked for a disabled client',
      [metrics('GE1', { bytesTx: TEN_PERCENT_BYTES * 9 })],
      undefined,
      null,
      cached('mettel.velocloud.net', 83109),
    ],
  ])('%s', (...[, links, events, expected, edge]) => {
    const reason = instabilityOf({ cached: edge ?? cached(), links, events, settings });
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe('LINK_DEAD events per serial and interface', () => {
  it.each([
    ['Link GE1 is now DEAD', 'GE1'],
    ['Link GE3 is no longer DEAD', 'GE3'],
    ['Interface GE2 is down', 'GE2'],
    ['Interface GE2 is up', 'GE2'],
    ['Edge is down', null],
    [null, null],
  ])('%s → %s', (message, iface) => {
    expect(eventInterface(message)).toBe(iface);
  });

  it('counts events by the cached edge of the same name, ignoring unknown edges', () => {
    const event = (edgeName: string, message: string): VcoEventRecord => ({
      id: 1,
      eventTime: '2026-11-22T11:00:00Z',
      event: 'LINK_DEAD',
      category: null,
      severity: null,
      message,
      edgeName,
    });
    const counts = countEventsBySerialAndInterface(
      [
        event('edge-1', 'Link GE1 is now DEAD'),
        event('edge-1', 'Link GE1 is now DEAD'),
        event('edge-1', 'Link GE2 is now DEAD'),
        event('edge-9', 'Link GE1 is now DEAD'),
      ],
      [{ edge_name: 'edge-1', serial_number: 'VC1' }],
    );
    expect(counts).toEqual(
      new Map([
        [
          'VC1',
          new Map([
            ['GE1', 2],
            ['GE2', 1],
          ]),
        ],
      ]),
    );
  });
});
