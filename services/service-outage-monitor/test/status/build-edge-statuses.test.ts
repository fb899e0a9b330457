import { describe, expect, it } from 'vitest';
import type { LinkWithEdgeInfo } from '@automation-engine/contracts/velocloud';
import { buildEdgeStatuses } from '../../src/status/build-edge-statuses.js';
import { joinWithCache } from '../../src/status/join-edges.js';
import { cached } from '../support/builders.js';

function row(overrides: Partial<LinkWithEdgeInfo>): LinkWithEdgeInfo {
  return {
    host: 'mettel.velocloud.net',
    enterpriseName: 'Acme',
    enterpriseId: 1,
    enterpriseProxyId: null,
    enterpriseProxyName: null,
    edgeName: 'edge',
    edgeState: 'CONNECTED',
    edgeSystemUpSince: null,
    edgeServiceUpSince: null,
    edgeLastContact: null,
    edgeId: 10,
    edgeSerialNumber: 'VC01',
    edgeHASerialNumber: null,
    edgeModelNumber: null,
    edgeLatitude: null,
    edgeLongitude: null,
    displayName: 'ISP',
    isp: null,
    interface: 'GE1',
    internalId: null,
    linkState: 'STABLE',
    linkLastActive: null,
    linkVpnState: null,
    linkId: 1,
    linkIpAddress: '10.0.0.1',
    ...overrides,
  };
}

describe('edge statuses of a host (§2.2)', () => {
  it('groups the link rows of an edge under its serial', () => {
    const { statuses } = buildEdgeStatuses(
      [row({ interface: 'GE1' }), row({ interface: 'GE2', linkState: 'DISCONNECTED' })],
      [{ serialNumber: 'VC01', haState: 'UNCONFIGURED' }],
    );
    expect(statuses).toHaveLength(1);
    expect(statuses[0]?.links.map((l) => [l.interface, l.linkState])).toEqual([
      ['GE1', 'STABLE'],
      ['GE2', 'DISCONNECTED'],
    ]);
  });

  it('drops edges with a null or NEVER_ACTIVATED state', () => {
    const build = buildEdgeStatuses(
      [
        row({ edgeSerialNumber: 'VC01', edgeState: null }),
        row({ edgeSerialNumber: 'VC02', edgeState: 'NEVER_ACTIVATED' }),
        row({ edgeSerialNumber: 'VC03' }),
      ],
      ['VC01', 'VC02', 'VC03'].map((serialNumber) => ({ serialNumber, haState: null })),
    );
    expect(build.statuses.map((s) => s.edgeSerialNumber)).toEqual(['VC03']);
    expect(build.droppedWithoutState).toBe(2);
  });

  it('drops edges without an HA record, as the original did', () => {
    const build = buildEdgeStatuses(
      [row({ edgeSerialNumber: 'VC01' }), row({ edgeSerialNumber: 'VC02' })],
      [{ serialNumber: 'VC02', haState: null }],
    );
    expect(build.statuses.map((s) => s.edgeSerialNumber)).toEqual(['VC02']);
    expect(build.droppedWithoutHaRecord).toEqual(['VC01']);
  });

  it('keeps an edge row without an interface as an edge without links', () => {
    const { statuses } = buildEdgeStatuses(
      [row({ interface: null, edgeState: 'OFFLINE' })],
      [{ serialNumber: 'VC01' }],
    );
    expect(statuses[0]?.links).toEqual([]);
  });

  const haRows = [
    { haState: 'READY', partner: 'CONNECTED' },
    { haState: 'FAILED', partner: 'OFFLINE' },
  ];
  for (const { haState, partner } of haRows) {
    it(`HA state ${haState}: partner ${partner}, primary marked, standby copy with states and serials swapped`, () => {
      const { statuses } = buildEdgeStatuses(
        [row({ edgeHASerialNumber: 'VC01-B', edgeState: 'CONNECTED', linkState: 'DISCONNECTED' })],
        [{ serialNumber: 'VC01', haState }],
      );
      expect(statuses).toHaveLength(2);
      const [primary, standby] = statuses;
      expect(primary).toMatchObject({
        edgeSerialNumber: 'VC01',
        edgeHASerialNumber: 'VC01-B',
        edgeState: 'CONNECTED',
        edgeHAState: partner,
        edgeIsHAPrimary: true,
      });
      expect(standby).toMatchObject({
        edgeSerialNumber: 'VC01-B',
        edgeHASerialNumber: 'VC01',
        edgeState: partner,
        edgeHAState: 'CONNECTED',
        edgeIsHAPrimary: false,
      });
      expect(standby?.links).toEqual(primary?.links);
      expect(standby?.links).not.toBe(primary?.links);
    });
  }

  it('any other HA state: HA off (HA fields null), no standby copy', () => {
    const { statuses } = buildEdgeStatuses(
      [row({ edgeHASerialNumber: 'VC01-B' })],
      [{ serialNumber: 'VC01', haState: 'PENDING_INIT' }],
    );
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({
      edgeHASerialNumber: null,
      edgeHAState: null,
      edgeIsHAPrimary: null,
    });
  });

  it('joins cached edges with their status by serial; a cached edge without status is left out', () => {
    const { statuses } = buildEdgeStatuses(
      [row({ edgeSerialNumber: 'VC01' })],
      [{ serialNumber: 'VC01' }],
    );
    const joined = joinWithCache(statuses, [cached('VC01'), cached('VC09'), cached('VC01')]);
    expect(joined.map((e) => e.cached.serial_number)).toEqual(['VC01']);
    expect(joined[0]?.status.edgeSerialNumber).toBe('VC01');
  });
});
