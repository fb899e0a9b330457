import { describe, expect, it } from 'vitest';
import {
  isReopenNote,
  isTriageNote,
  linkBlocksOfNote,
  outageTypeOfNote,
  renderTriageNote,
} from '../../src/notes/index.js';
import { link, monitoredEdge, vcoEvent } from './edges.js';

const now = new Date('2026-11-22T15:30:00.000Z');
const links =
  'Links: [Edge|https://mettel.velocloud.net/#!/operator/customer/1/monitor/edge/4206/] - ' +
  '[QoE|https://mettel.velocloud.net/#!/operator/customer/1/monitor/edge/4206/qoe/] - ' +
  '[Transport|https://mettel.velocloud.net/#!/operator/customer/1/monitor/edge/4206/links/] - ' +
  '[Events|https://mettel.velocloud.net/#!/operator/customer/1/monitor/events/]';

const events = [
  vcoEvent('EDGE_UP', '2026-11-20T10:00:00.000Z'),
  vcoEvent('EDGE_UP', '2026-11-21T10:00:00.000Z'),
  vcoEvent('EDGE_DOWN', '2026-11-21T09:00:00.000Z'),
  vcoEvent('LINK_DEAD', '2026-11-22T12:00:00.000Z', 'Link GE2 is now DEAD'),
  vcoEvent('LINK_ALIVE', '2026-11-22T11:00:00.000Z', 'Interface GE2 is up'),
  vcoEvent('LINK_DEAD', '2026-11-22T13:00:00.000Z', 'Link GE9 is now DEAD'),
];

const linkLines = [
  'Interface GE1',
  'Interface GE1 Label: Comcast',
  'Interface GE1 IP Address: 10.0.0.1',
  'Interface GE1 Type: Public Wired',
  'Interface GE1 Status: CONNECTED',
  'Last GE1 Interface Online: Unknown',
  'Last GE1 Interface Offline: Unknown',
  '',
  'Interface GE2',
  'Interface GE2 Label: BYOB Verizon',
  'Interface GE2 IP Address: 10.0.0.1',
  'Interface GE2 Type: Private Wireless',
  'Interface GE2 Status: DISCONNECTED',
  'Last GE2 Interface Online: 2026-11-22 06:00:00-05:00',
  'Last GE2 Interface Offline: 2026-11-22 07:00:00-05:00',
];

describe('triage note', () => {
  it('renders a Link Down (no HA) triage note line by line with the latest events of each kind', () => {
    const text = renderTriageNote({
      edge: monitoredEdge(),
      outageType: 'Link Down (no HA)',
      reopening: false,
      events,
      now,
    });
    expect(text.split('\n')).toEqual([
      "#*MetTel's IPA*#",
      'Triage (VeloCloud)',
      '',
      'Outage Type: Link Down (no HA)',
      '',
      'Orchestrator Instance: mettel.velocloud.net',
      'Edge Name: Big Boss',
      links,
      '',
      'Serial: VC05200026138',
      'Edge Status: CONNECTED',
      'Last Edge Online: 2026-11-21 05:00:00-05:00',
      'Last Edge Offline: 2026-11-21 04:00:00-05:00',
      '',
      ...linkLines,
    ]);
    expect(isTriageNote(text)).toBe(true);
    expect(outageTypeOfNote(text)).toBe('Link Down (no HA)');
  });

  it('starts a reopen note with "Re-opening ticket." and writes Unknown without events', () => {
    const text = renderTriageNote({
      edge: monitoredEdge({ status: { edgeState: 'OFFLINE', links: [], edgeName: null } }),
      outageType: 'Hard Down (no HA)',
      reopening: true,
      events: [],
      now,
    });
    expect(text.split('\n')).toEqual([
      "#*MetTel's IPA*#",
      'Re-opening ticket.',
      '',
      'Outage Type: Hard Down (no HA)',
      '',
      'Orchestrator Instance: mettel.velocloud.net',
      'Edge Name: None',
      links,
      '',
      'Serial: VC05200026138',
      'Edge Status: OFFLINE',
      'Last Edge Online: Unknown',
      'Last Edge Offline: Unknown',
    ]);
    expect(isReopenNote(text)).toBe(true);
    expect(isTriageNote(text)).toBe(false);
  });

  it('writes Soft Down (HA) of the offline primary with a ready standby', () => {
    const text = renderTriageNote({
      edge: monitoredEdge({
        status: {
          edgeState: 'OFFLINE',
          edgeIsHAPrimary: true,
          edgeHASerialNumber: 'VC-STANDBY',
          edgeHAState: 'CONNECTED',
          links: [],
        },
      }),
      outageType: 'Soft Down (HA)',
      reopening: false,
      events: [],
      now,
    });
    expect(text.split('\n').slice(3)).toEqual([
      'Outage Type: Soft Down (HA)',
      'High Availability - Edge Offline',
      '',
      'Orchestrator Instance: mettel.velocloud.net',
      'Edge Name: Big Boss',
      links,
      '',
      'Serial: VC05200026138',
      'Edge Status: OFFLINE',
      'HA Role: Primary',
      'Last Edge Online: Unknown',
      'Last Edge Offline: Unknown',
      '',
      'Serial: VC-STANDBY',
      'Edge Status: STANDBY READY',
      'HA Role: Standby',
    ]);
  });

  it('writes Soft Down (HA) of an offline standby copy with the primary first and a Timestamp', () => {
    const text = renderTriageNote({
      edge: monitoredEdge({
        status: {
          edgeSerialNumber: 'VC-STANDBY',
          edgeState: 'OFFLINE',
          edgeIsHAPrimary: false,
          edgeHASerialNumber: 'VC-PRIMARY',
          edgeHAState: 'CONNECTED',
          links: [],
        },
      }),
      outageType: 'Soft Down (HA)',
      reopening: false,
      events: [],
      now: new Date('2026-07-01T12:00:00.250Z'),
    });
    expect(text.split('\n').slice(10)).toEqual([
      'Serial: VC-PRIMARY',
      'Edge Status: CONNECTED',
      'HA Role: Primary',
      'Last Edge Online: Unknown',
      'Last Edge Offline: Unknown',
      '',
      'Serial: VC-STANDBY',
      'Edge Status: OFFLINE',
      'HA Role: Standby',
      // Summer time in US/Eastern, fraction printed as microseconds.
      'Timestamp: 2026-07-01 08:00:00.250000-04:00',
    ]);
  });

  it('writes Hard Down (HA) with the location line and the both-disconnected sentence', () => {
    const text = renderTriageNote({
      edge: monitoredEdge({
        status: {
          edgeState: 'OFFLINE',
          edgeIsHAPrimary: true,
          edgeHASerialNumber: 'VC-STANDBY',
          edgeHAState: 'OFFLINE',
          links: [link('GE1', 'DISCONNECTED', null)],
        },
      }),
      outageType: 'Hard Down (HA)',
      reopening: false,
      events: [],
      now,
    });
    const lines = text.split('\n');
    expect(lines.slice(3, 6)).toEqual([
      'Outage Type: Hard Down (HA)',
      'High Availability - Location Offline',
      '',
    ]);
    expect(lines.slice(9, 23)).toEqual([
      '',
      'Both primary and secondary edges are DISCONNECTED.',
      '',
      'Serial: VC05200026138',
      'Edge Status: OFFLINE',
      'HA Role: Primary',
      'Last Edge Online: Unknown',
      'Last Edge Offline: Unknown',
      '',
      'Serial: VC-STANDBY',
      'Edge Status: OFFLINE',
      'HA Role: Standby',
      'Timestamp: 2026-11-22 10:30:00-05:00',
      '',
    ]);
    expect(lines.slice(23, 25)).toEqual(['Interface GE1', 'Interface GE1 Label: None']);
    expect(linkBlocksOfNote(text)).toEqual([
      { interface: 'GE1', label: null, status: 'DISCONNECTED', type: 'Wired' },
    ]);
  });

  it('writes Link Down (HA) with primary and standby blocks and Unknown type for unconfigured links', () => {
    const text = renderTriageNote({
      edge: monitoredEdge({
        status: {
          edgeIsHAPrimary: true,
          edgeHASerialNumber: 'VC-STANDBY',
          edgeHAState: 'CONNECTED',
          links: [link('GE7', 'DISCONNECTED', 'DIA')],
        },
      }),
      outageType: 'Link Down (HA)',
      reopening: false,
      events: [],
      now,
    });
    expect(text).toContain('HA Role: Primary\nLast Edge Online: Unknown');
    expect(text).toContain('Edge Status: STANDBY READY\nHA Role: Standby\n\nInterface GE7');
    expect(text).not.toContain('High Availability -');
    expect(text).toContain('Interface GE7 Type: Unknown\n');
    expect(linkBlocksOfNote(text)).toEqual([
      { interface: 'GE7', label: 'DIA', status: 'DISCONNECTED', type: null },
    ]);
  });
});
