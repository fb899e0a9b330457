import { describe, expect, it } from 'vitest';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import {
  bandwidthCsv,
  bandwidthEmail,
  bandwidthNoteCounts,
  bandwidthObjectKey,
  bandwidthRows,
  bandwidthWindow,
  directionFigures,
  mbps,
  peakTime,
  type LinkSeriesOfLink,
} from '../../src/reports/bandwidth-report.js';
import { reportTicket, troubleNoteText } from './tickets.js';

const BW = 'Bandwidth Over Utilization';

describe('bandwidthWindow (spec §3.8: today 05:00 UTC − 24 h → 05:00 UTC)', () => {
  it.each([
    [
      'after 05:00 UTC',
      '2026-11-22T06:30:00Z',
      '2026-11-21T05:00:00.000Z',
      '2026-11-22T05:00:00.000Z',
    ],
    [
      'at 05:00 UTC',
      '2026-11-22T05:00:00Z',
      '2026-11-21T05:00:00.000Z',
      '2026-11-22T05:00:00.000Z',
    ],
    [
      'before 05:00 UTC: still today 05:00 (as the original)',
      '2026-11-22T04:59:00Z',
      '2026-11-21T05:00:00.000Z',
      '2026-11-22T05:00:00.000Z',
    ],
  ])('%s', (...[, now, start, end]) => {
    const window = bandwidthWindow(new Date(now), 86_400);
    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([start, end]);
  });
});

describe('bandwidthNoteCounts (spec §3.8, quirk §6.7 fixed: both spellings)', () => {
  it.each([
    ['an older Transfer note counts up', ['Transfer: 90 %'], 1, 0],
    ['an older Receive note counts down', ['Receive: 90 %'], 0, 1],
    [
      'a current Download (Tx) note counts up',
      ['Download Throughput: 9 Mbps', 'Download Bandwidth: 10 Mbps'],
      1,
      0,
    ],
    [
      'a current Upload (Rx) note counts down',
      ['Upload Throughput: 9 Mbps', 'Upload Bandwidth: 10 Mbps'],
      0,
      1,
    ],
    [
      'a note with both directions counts for both',
      ['Upload Throughput: 9 Mbps', 'Download Throughput: 9 Mbps'],
      1,
      1,
    ],
    ['a note with no direction counts for none', ['Interval for Scan: 30 minutes'], 0, 0],
  ])('%s', (...[, lines, up, down]) => {
    const counts = bandwidthNoteCounts(
      [reportTicket({ id: 1, serial: 'VC1', notes: [troubleNoteText(BW, 'GE1', lines)] })],
      new Set(['VC1']),
    );
    expect(counts.get('VC1')?.get('GE1')?.up.notes).toBe(up);
    expect(counts.get('VC1')?.get('GE1')?.down.notes).toBe(down);
  });

  it('counts notes, lists distinct tickets, and ignores other troubles and serials', () => {
    const note = troubleNoteText(BW, 'GE1', ['Download Throughput: 9 Mbps']);
    const counts = bandwidthNoteCounts(
      [
        reportTicket({ id: 1, serial: 'VC1', notes: [note, note] }),
        reportTicket({
          id: 2,
          serial: 'VC1',
          notes: [note, troubleNoteText('Latency', 'GE1', ['Transfer: 200 ms'])],
        }),
        reportTicket({ id: 3, serial: 'VC9', notes: [note] }),
      ],
      new Set(['VC1']),
    );
    const entry = counts.get('VC1')?.get('GE1');
    expect(entry?.up.notes).toBe(3);
    expect([...(entry?.up.tickets ?? [])]).toEqual([1, 2]);
    expect(counts.has('VC9')).toBe(false);
  });
});

const series = (metric: string, data: number[], extra: Record<string, unknown> = {}) => ({
  metric,
  startTime: Date.parse('2026-11-21T05:00:00Z'),
  tickInterval: 300_000,
  data,
  min: Math.min(...data),
  max: Math.max(...data),
  ...extra,
});

describe('directionFigures', () => {
  it('takes min/max available bps, the peak bytes tick as bps and time, and the peak % of the minimum', () => {
    const figures = directionFigures(
      series('bytesRx', [0, 37_500_000, 1_000]),
      series('bpsOfBestPathRx', [2_000_000, 1_000_000]),
    );
    // 37.5 MB in 300 s = 1 Mbps, 100 % of the 1 Mbps minimum.
    expect(figures).toEqual({
      minBps: 1_000_000,
      maxBps: 2_000_000,
      peakBps: 1_000_000,
      peakAt: new Date('2026-11-21T05:05:00Z'),
      peakPercent: 100,
    });
  });

  it('gives 0 % when the minimum available bandwidth is 0', () => {
    expect(
      directionFigures(series('bytesRx', [10]), series('bpsOfBestPathRx', [0]))?.peakPercent,
    ).toBe(0);
  });

  it('rounds the peak % to 2 decimals', () => {
    expect(
      directionFigures(series('bytesRx', [1_000_000]), series('bpsOfBestPathRx', [3_000_000]))
        ?.peakPercent,
    ).toBe(0.89);
  });

  it('is null when a series is missing or malformed', () => {
    expect(directionFigures(undefined, series('bpsOfBestPathRx', [1]))).toBeNull();
    expect(
      directionFigures(series('bytesRx', [1], { tickInterval: 0 }), series('bpsOfBestPathRx', [1])),
    ).toBeNull();
    expect(directionFigures(series('bytesRx', [1]), undefined)).toBeNull();
  });
});

function cachedEdge(serial: string): CustomerCacheEntry {
  return {
    edge: {
      host: 'mettel.velocloud.net',
      enterprise_id: 7,
      enterprise_name: 'Acme|100|',
      edge_id: 3,
    },
    edge_name: `edge-${serial}`,
    last_contact: null,
    serial_number: serial,
    ha_serial_number: null,
    logical_ids: [
      {
        interface_name: 'GE1',
        logical_id: 'x',
        access_type: 'Ethernet/T1/MPLS',
        service_number: 'C1',
      },
    ],
    bruin_client_info: { client_id: 100, client_name: 'Acme', site_id: 1 },
    site_details: { tzOffset: 0 },
    ticket_contact_details: null,
    ticket_contact_additional_subscribers: null,
    links_configuration: [],
  };
}

function link(iface: string, complete = true): LinkSeriesOfLink {
  return {
    linkId: 1,
    link: { interface: iface, displayName: `ISP ${iface}` },
    series: [
      series('bytesRx', [0, 37_500_000]),
      series('bytesTx', [75_000_000, 0]),
      series('bpsOfBestPathRx', [1_000_000, 2_000_000]),
      ...(complete ? [series('bpsOfBestPathTx', [4_000_000])] : []),
    ],
  };
}

describe('bandwidthRows', () => {
  const note = troubleNoteText(BW, 'GE1', ['Download Throughput: 9 Mbps']);
  const counts = bandwidthNoteCounts(
    [reportTicket({ id: 9, serial: 'VC2', notes: [note] })],
    new Set(['VC2']),
  );
  const result = bandwidthRows({
    edges: [
      { cached: cachedEdge('VC2'), links: [link('GE2'), link('GE1'), link('GE3', false)] },
      { cached: cachedEdge('VC1'), links: [link('GE1')] },
    ],
    counts,
  });

  it('makes one row per complete link, sorted by serial then interface', () => {
    expect(result.map((row) => `${row.serial}/${row.interface}`)).toEqual([
      'VC1/GE1',
      'VC2/GE1',
      'VC2/GE2',
    ]);
  });

  it('fills the edge, link and counts of a row', () => {
    expect(result[1]).toMatchObject({
      enterpriseId: 7,
      enterpriseName: 'Acme|100|',
      edgeName: 'edge-VC2',
      linkName: 'ISP GE1',
      accessType: 'Ethernet/T1/MPLS',
      exceededUp: 1,
      ticketsUp: [9],
      exceededDown: 0,
      ticketsDown: [],
      up: { peakBps: 2_000_000, peakPercent: 50 },
      down: { peakBps: 1_000_000, peakPercent: 100 },
    });
  });

  it('caps the exceeded count at 288', () => {
    const many = bandwidthNoteCounts(
      [reportTicket({ id: 1, serial: 'VC1', notes: Array.from({ length: 300 }, () => note) })],
      new Set(['VC1']),
    );
    const [row] = bandwidthRows({
      edges: [{ cached: cachedEdge('VC1'), links: [link('GE1')] }],
      counts: many,
    });
    expect(row?.exceededUp).toBe(288);
  });

  it('writes the CSV with Mbps, the peak time in the zone and the ticket lists', () => {
    const lines = bandwidthCsv(result.slice(1, 2), 'America/New_York').split('\r\n');
    expect(lines[0]).toContain('"Enterprise Id","Enterprise Name","Serial Number"');
    expect(lines[1]).toBe(
      '"7","Acme|100|","VC2","edge-VC2","GE1","ISP GE1","Ethernet/T1/MPLS","1.000 Mbps","2.000 Mbps","1.000 Mbps","12:05 AM EST","100","0",""," ","4.000 Mbps","4.000 Mbps","2.000 Mbps","12:00 AM EST","50","1","9"',
    );
  });

  it('e-mails with the client, the date and the CSV attachment', () => {
    const email = bandwidthEmail({
      clientId: 100,
      clientName: 'Acme',
      date: '2026-11-22',
      rows: result,
      timezone: 'UTC',
      recipients: ['x@example.com'],
    });
    expect(email.subject).toBe('Acme - Daily Bandwidth Report - 2026-11-22');
    expect(email.attachments.map((file) => file.name)).toEqual([
      'daily-bandwidth-report_2026-11-22.csv',
    ]);
    expect(email.html).toContain('2 edges');
    const empty = bandwidthEmail({
      clientId: 100,
      clientName: 'Acme',
      date: '2026-11-22',
      rows: [],
      timezone: 'UTC',
      recipients: ['x@example.com'],
    });
    expect(empty.attachments).toEqual([]);
  });
});

describe('formats', () => {
  it.each([
    [0, '0.000 Mbps'],
    [1_234_567, '1.235 Mbps'],
    [250_000_000, '250.000 Mbps'],
  ])('mbps(%d) = %s', (bps, text) => {
    expect(mbps(bps)).toBe(text);
  });

  it('writes peak times as hh:mm AM/PM EST in the zone', () => {
    expect(peakTime(new Date('2026-11-22T18:40:00Z'), 'America/New_York')).toBe('01:40 PM EST');
  });

  it('names the stored object per date and client', () => {
    expect(bandwidthObjectKey('2026-11-22', 100)).toBe('daily-bandwidth-report_2026-11-22_100.csv');
  });
});
