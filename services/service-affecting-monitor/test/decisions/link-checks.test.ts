import { describe, expect, it } from 'vitest';
import { checkLink, type CheckContext } from '../../src/decisions/detect-trouble.js';
import {
  bandwidthChecked,
  bandwidthTrouble,
  jitterTrouble,
  latencyTrouble,
  linkKindOf,
  packetLossTrouble,
  usagePercent,
} from '../../src/decisions/link-checks.js';
import type { Trouble } from '../../src/model.js';
import {
  cachedEdge,
  linkDeadEvent,
  linkMetrics,
  WIRED_LOOKUP,
  WIRED_THRESHOLDS,
  WIRELESS_LOOKUP,
  WIRELESS_THRESHOLDS,
} from '../support/samples.js';

const wired: CheckContext = {
  thresholds: WIRED_THRESHOLDS,
  lookupMinutes: WIRED_LOOKUP,
  bandwidthChecked: true,
};
const wireless: CheckContext = {
  thresholds: WIRELESS_THRESHOLDS,
  lookupMinutes: WIRELESS_LOOKUP,
  bandwidthChecked: true,
};

/** Bytes that use `percent` of `bps` over `minutes`. */
const bytesFor = (percent: number, bps: number, minutes: number) =>
  ((percent / 100) * bps * minutes * 60) / 8;

describe('metric checks (spec §3.3)', () => {
  const rows: {
    name: string;
    trouble: Trouble;
    metrics: Parameters<typeof linkMetrics>[0];
    context: CheckContext;
    expected: boolean;
  }[] = [
    {
      name: 'latency Rx below the wired threshold is within',
      trouble: 'Latency',
      metrics: { bestLatencyMsRx: 139 },
      context: wired,
      expected: false,
    },
    {
      name: 'latency Rx at the wired threshold is a trouble',
      trouble: 'Latency',
      metrics: { bestLatencyMsRx: 140 },
      context: wired,
      expected: true,
    },
    {
      name: 'latency Tx above the wired threshold is a trouble',
      trouble: 'Latency',
      metrics: { bestLatencyMsTx: 141 },
      context: wired,
      expected: true,
    },
    {
      name: 'latency Tx below the wireless threshold is within',
      trouble: 'Latency',
      metrics: { bestLatencyMsTx: 139.9 },
      context: wireless,
      expected: false,
    },
    {
      name: 'packet loss Rx at the wired threshold (8) is a trouble',
      trouble: 'Packet Loss',
      metrics: { bestLossPctRx: 8 },
      context: wired,
      expected: true,
    },
    {
      name: 'packet loss Tx at 8 is within the wireless threshold (10)',
      trouble: 'Packet Loss',
      metrics: { bestLossPctTx: 8 },
      context: wireless,
      expected: false,
    },
    {
      name: 'packet loss Tx at the wireless threshold (10) is a trouble',
      trouble: 'Packet Loss',
      metrics: { bestLossPctTx: 10 },
      context: wireless,
      expected: true,
    },
    {
      name: 'packet loss above on both directions is a trouble',
      trouble: 'Packet Loss',
      metrics: { bestLossPctRx: 20, bestLossPctTx: 20 },
      context: wired,
      expected: true,
    },
    {
      name: 'jitter Rx below the threshold is within',
      trouble: 'Jitter',
      metrics: { bestJitterMsRx: 49 },
      context: wired,
      expected: false,
    },
    {
      name: 'jitter Tx at the threshold is a trouble',
      trouble: 'Jitter',
      metrics: { bestJitterMsTx: 50 },
      context: wired,
      expected: true,
    },
    {
      name: 'jitter Rx above the wireless threshold is a trouble',
      trouble: 'Jitter',
      metrics: { bestJitterMsRx: 51 },
      context: wireless,
      expected: true,
    },
    {
      name: 'bandwidth Rx below 80 % is within',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bpsOfBestPathRx: 1e6, bytesRx: bytesFor(79.9, 1e6, 30) },
      context: wired,
      expected: false,
    },
    {
      name: 'bandwidth Rx at 80 % is a trouble',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bpsOfBestPathRx: 1e6, bytesRx: bytesFor(80, 1e6, 30) },
      context: wired,
      expected: true,
    },
    {
      name: 'bandwidth Tx above 80 % is a trouble',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bpsOfBestPathTx: 2e6, bytesTx: bytesFor(95, 2e6, 30) },
      context: wired,
      expected: true,
    },
    {
      name: 'bandwidth over the wireless window (90 min) is within at 30-min bytes',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bpsOfBestPathTx: 2e6, bytesTx: bytesFor(95, 2e6, 30) },
      context: wireless,
      expected: false,
    },
    {
      name: 'bandwidth with both bps at 0 does not apply',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bytesRx: 1e12, bytesTx: 1e12 },
      context: wired,
      expected: false,
    },
    {
      name: 'bandwidth with only Tx bps valid evaluates Tx alone (Rx bytes ignored)',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bytesRx: 1e12, bpsOfBestPathTx: 1e6, bytesTx: bytesFor(10, 1e6, 30) },
      context: wired,
      expected: false,
    },
    {
      name: 'bandwidth with only Rx bps valid evaluates Rx alone',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bpsOfBestPathRx: 1e6, bytesRx: bytesFor(85, 1e6, 30), bytesTx: 1e12 },
      context: wired,
      expected: true,
    },
    {
      name: 'bandwidth of a disabled client or host is skipped',
      trouble: 'Bandwidth Over Utilization',
      metrics: { bpsOfBestPathRx: 1e6, bytesRx: bytesFor(99, 1e6, 30) },
      context: { ...wired, bandwidthChecked: false },
      expected: false,
    },
  ];
  it.each(rows)('$name', ({ trouble, metrics, context, expected }) => {
    expect(checkLink(trouble, { metrics: linkMetrics(metrics), events: [] }, context).trouble).toBe(
      expected,
    );
  });

  it('tells why a bandwidth check does not apply', () => {
    expect(
      checkLink('Bandwidth Over Utilization', { metrics: linkMetrics(), events: [] }, wired),
    ).toEqual({
      trouble: false,
      reason: 'no direction with bps > 0',
    });
    expect(
      checkLink(
        'Bandwidth Over Utilization',
        { metrics: linkMetrics(), events: [] },
        {
          ...wired,
          bandwidthChecked: false,
        },
      ),
    ).toEqual({ trouble: false, reason: 'bandwidth checks disabled for this host or client' });
  });

  it('reports each direction of a check', () => {
    const metrics = linkMetrics({
      bestLatencyMsRx: 200,
      bestLatencyMsTx: 10,
      bestLossPctRx: 1,
      bestLossPctTx: 9,
      bestJitterMsRx: 50,
      bestJitterMsTx: 50,
    });
    expect(latencyTrouble(metrics, WIRED_THRESHOLDS)).toEqual({ rx: true, tx: false });
    expect(packetLossTrouble(metrics, WIRED_THRESHOLDS)).toEqual({ rx: false, tx: true });
    expect(jitterTrouble(metrics, WIRED_THRESHOLDS)).toEqual({ rx: true, tx: true });
    expect(bandwidthTrouble(metrics, WIRED_THRESHOLDS, 30)).toBeNull();
  });

  it('computes usage as bytes × 8 ÷ (minutes × 60) ÷ bps × 100', () => {
    expect(usagePercent(225_000_000, 1_000_000, 30)).toBe(100);
    expect(usagePercent(112_500_000, 1_000_000, 30)).toBe(50);
  });
});

describe('circuit instability (spec §3.3)', () => {
  const events = (count: number) =>
    Array.from({ length: count }, (_, i) => linkDeadEvent('GE1', 'Acme-Edge-1', i));
  it('skips a link with no LINK_DEAD events', () => {
    expect(checkLink('Circuit Instability', { metrics: linkMetrics(), events: [] }, wired)).toEqual(
      {
        trouble: false,
        reason: 'no LINK_DEAD events',
      },
    );
  });
  it('leaves a link with 9 events (below 10) alone', () => {
    expect(
      checkLink('Circuit Instability', { metrics: linkMetrics(), events: events(9) }, wired)
        .trouble,
    ).toBe(false);
  });
  it('reports a link with 10 events (at the threshold)', () => {
    expect(
      checkLink('Circuit Instability', { metrics: linkMetrics(), events: events(10) }, wired)
        .trouble,
    ).toBe(true);
  });
});

describe('link kind and bandwidth applicability', () => {
  it('reads the kind from the links configuration holding the interface', () => {
    const edge = cachedEdge();
    expect(linkKindOf(edge, 'GE1')).toBe('WIRED');
    expect(linkKindOf(edge, 'GE2')).toBe('WIRELESS');
    expect(linkKindOf(edge, 'GE9')).toBeNull();
    expect(
      linkKindOf(
        cachedEdge({
          links_configuration: [{ interfaces: ['GE1'], mode: 'PUBLIC', type: 'OTHER' }],
        }),
        'GE1',
      ),
    ).toBeNull();
  });
  it('skips bandwidth on metvco04 and for disabled clients only', () => {
    expect(bandwidthChecked('metvco04.mettel.net', 1, [])).toBe(false);
    expect(bandwidthChecked('mettel.velocloud.net', 83109, [83109])).toBe(false);
    expect(bandwidthChecked('mettel.velocloud.net', 1, [83109])).toBe(true);
    expect(bandwidthChecked('mettel.velocloud.net', null, [83109])).toBe(true);
  });
});
