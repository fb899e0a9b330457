import { describe, expect, it } from 'vitest';
import {
  humanizeBps,
  renderAsrNote,
  renderReminderNote,
  renderTroubleNote,
  type TroubleNoteSpec,
} from '../../src/notes/render-notes.js';
import { pythonFloat, pythonTimestamp } from '../../src/notes/python-format.js';
import { isTroubleNote, troubleOfNote } from '../../src/model.js';
import {
  cachedEdge,
  linkMetrics,
  WIRED_LOOKUP,
  WIRED_THRESHOLDS,
  WIRELESS_LOOKUP,
  WIRELESS_THRESHOLDS,
} from '../support/samples.js';

const now = new Date('2026-11-22T17:00:00.250Z');
const base = (overrides: Partial<TroubleNoteSpec>): TroubleNoteSpec => ({
  trouble: 'Latency',
  cached: cachedEdge(),
  metrics: linkMetrics(),
  eventCount: 0,
  thresholds: WIRED_THRESHOLDS,
  lookupMinutes: WIRED_LOOKUP,
  now,
  timezone: 'US/Eastern',
  ...overrides,
});

const SCAN = 'Scan Time: 2026-11-22 12:00:00.250000-05:00';
const EDGE = 'https://mettel.velocloud.net/#!/operator/customer/1/monitor/edge/20';
const LINKS = `Links: [Edge|${EDGE}/] - [QoE|${EDGE}/qoe/] - [Transport|${EDGE}/links/] - [Events|https://mettel.velocloud.net/#!/operator/customer/1/monitor/events/]`;
const head = (trouble: string, linkType = 'Public Wired', iface = 'GE1') => [
  "#*MetTel's IPA*#",
  `Trouble: ${trouble}`,
  '',
  'Edge Name: Acme-Edge-1',
  'Name: Comcast',
  `Interface: ${iface}`,
  'IP Address: 10.0.0.1',
  `Link Type: ${linkType}`,
  '',
];

describe('trouble notes (spec §3.7)', () => {
  it('documents a latency trouble with only the exceeded direction', () => {
    const note = renderTroubleNote(
      base({ metrics: linkMetrics({ bestLatencyMsRx: 210, bestLatencyMsTx: 20 }) }),
    );
    expect(note.split('\n')).toEqual([
      ...head('Latency'),
      'Interval for Scan: 30 minutes',
      'Threshold: 140 ms',
      'Receive: 210 ms',
      '',
      SCAN,
      LINKS,
    ]);
    expect(troubleOfNote(note)).toBe('Latency');
  });

  it('documents packet loss in packets, both directions', () => {
    const note = renderTroubleNote(
      base({
        trouble: 'Packet Loss',
        metrics: linkMetrics({ bestLossPctRx: 9, bestLossPctTx: 12.5 }),
      }),
    );
    expect(note.split('\n').slice(9, 13)).toEqual([
      'Interval for Scan: 30 minutes',
      'Threshold: 8 packets',
      'Receive: 9 packets',
      'Transfer: 12.5 packets',
    ]);
  });

  it('documents jitter of a wireless link with the wireless window and threshold', () => {
    const edge = cachedEdge();
    const note = renderTroubleNote(
      base({
        trouble: 'Jitter',
        cached: edge,
        metrics: linkMetrics({ bestJitterMsTx: 77 }, { interface: 'GE2' }),
        thresholds: WIRELESS_THRESHOLDS,
        lookupMinutes: WIRELESS_LOOKUP,
      }),
    );
    expect(note.split('\n')).toEqual([
      ...head('Jitter', 'Public Wireless', 'GE2'),
      'Interval for Scan: 90 minutes',
      'Threshold: 50 ms',
      'Transfer: 77 ms',
      '',
      SCAN,
      LINKS,
    ]);
  });

  it('documents bandwidth with upload (Rx) and download (Tx) lines in human units', () => {
    // 30 min: 225,000,000 bytes = 1 Mbps; Rx 90 % of 1 Mbps, Tx 85 % of 2.5 Gbps.
    const note = renderTroubleNote(
      base({
        trouble: 'Bandwidth Over Utilization',
        metrics: linkMetrics({
          bpsOfBestPathRx: 1_000_000,
          bytesRx: 202_500_000,
          bpsOfBestPathTx: 2_500_000_000,
          bytesTx: 478_125_000_000,
        }),
      }),
    );
    expect(note.split('\n').slice(9, 17)).toEqual([
      'Interval for Scan: 30 minutes',
      'Upload Throughput: 900.0 Kbps',
      'Upload Bandwidth: 1.0 Mbps',
      'Upload Threshold: 80% (800.0 Kbps)',
      'Download Throughput: 2.125 Gbps',
      'Download Bandwidth: 2.5 Gbps',
      'Download Threshold: 80% (2.0 Gbps)',
      '',
    ]);
  });

  it('leaves out a bandwidth direction within the threshold', () => {
    const note = renderTroubleNote(
      base({
        trouble: 'Bandwidth Over Utilization',
        metrics: linkMetrics({
          bpsOfBestPathRx: 1_000_000,
          bytesRx: 1,
          bpsOfBestPathTx: 900,
          bytesTx: 202_500,
        }),
      }),
    );
    expect(note.split('\n').slice(10, 13)).toEqual([
      'Download Throughput: 900.0 bps',
      'Download Bandwidth: 900 bps',
      'Download Threshold: 80% (720.0 bps)',
    ]);
  });

  it('documents circuit instability with events and links without Events', () => {
    const note = renderTroubleNote(base({ trouble: 'Circuit Instability', eventCount: 12 }));
    expect(note.split('\n')).toEqual([
      ...head('Circuit Instability'),
      'Interval for Scan: 60 minutes',
      'Threshold: 10 events',
      'Events: 12',
      '',
      SCAN,
      `Links: [Edge|${EDGE}/] - [QoE|${EDGE}/qoe/] - [Transport|${EDGE}/links/]`,
    ]);
  });

  it('writes the reopen variant, still read as a trouble note', () => {
    const note = renderTroubleNote(
      base({ reopen: true, metrics: linkMetrics({ bestLatencyMsTx: 150 }) }),
    );
    expect(note.split('\n').slice(0, 4)).toEqual([
      "#*MetTel's IPA*#",
      'Re-opening ticket.',
      '',
      'Trouble: Latency',
    ]);
    expect(isTroubleNote(note)).toBe(true);
    expect(troubleOfNote(note)).toBe('Latency');
  });

  it('writes Unknown link type and None for missing link fields', () => {
    const note = renderTroubleNote(
      base({
        cached: cachedEdge({ links_configuration: [] }),
        metrics: linkMetrics({ bestLatencyMsRx: 500 }, { displayName: null, linkIpAddress: null }),
      }),
    );
    expect(note.split('\n').slice(4, 8)).toEqual([
      'Name: None',
      'Interface: GE1',
      'IP Address: None',
      'Link Type: Unknown',
    ]);
  });
});

describe('other notes', () => {
  it('writes the ASR forwarding note', () => {
    expect(
      renderAsrNote({
        iface: 'GE1',
        label: 'Comcast',
        linkState: 'STABLE',
        now,
        timezone: 'US/Eastern',
      }).split('\n'),
    ).toEqual([
      "#*MetTel's IPA*#",
      'Status of Wired Link GE1 (Comcast) is STABLE.',
      'Moving task to: ASR Investigate',
      'TimeStamp: 2026-11-22 12:00:00.250000-05:00',
    ]);
  });

  it('writes the Client Reminder note', () => {
    expect(renderReminderNote()).toBe("#*MetTel's IPA*#\nClient Reminder");
  });
});

describe('Python formats', () => {
  it.each([
    [999, true, '999 bps'],
    [999.5, false, '999.5 bps'],
    [500, false, '500.0 bps'],
    [1_000, false, '1.0 Kbps'],
    [1_234_567, false, '1.235 Mbps'],
    [2_000_000_000, true, '2.0 Gbps'],
  ])('humanizes %d bps (integer %s) as %s', (bps, integer, text) => {
    expect(humanizeBps(bps, integer)).toBe(text);
  });

  it('rounds floats to 3 decimals keeping .0', () => {
    expect(pythonFloat(533.33333)).toBe('533.333');
    expect(pythonFloat(2)).toBe('2.0');
  });

  it('prints timestamps as str(datetime) in the zone', () => {
    expect(pythonTimestamp(new Date('2026-07-01T12:00:00Z'), 'US/Eastern')).toBe(
      '2026-07-01 08:00:00-04:00',
    );
    expect(pythonTimestamp(new Date('2026-07-01T12:00:00.001Z'), 'UTC')).toBe(
      '2026-07-01 12:00:00.001000+00:00',
    );
  });
});
