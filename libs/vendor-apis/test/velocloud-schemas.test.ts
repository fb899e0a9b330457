import { describe, expect, it } from 'vitest';
import {
  parseVcoEventInterface,
  vcoAggregatesResponse,
  vcoConfigurationModulesResponse,
  vcoEdgeLinkStatusRow,
  vcoEnterpriseEdgesResponse,
  vcoEventMessages,
  vcoEventsResponse,
  vcoGatewayStatusMetricsResponse,
  vcoGatewaysResponse,
  vcoLinkMetric,
  vcoLinkSeriesResponse,
  vcoNetworkEnterprisesResponse,
  vcoPaths,
} from '../src/index.js';

const row = {
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
  edgeLatitude: 41.824,
  edgeLongitude: -71.4128,
  displayName: 'Cox Business 100M',
  isp: 'Cox Communications',
  interface: 'GE1',
  internalId: '00000001-5c2e-4b1a-9d7f-3a1e8c0f2b11',
  linkState: 'DISCONNECTED',
  linkLastActive: '2023-04-11T13:02:10.000Z',
  linkVpnState: 'STABLE',
  linkId: 6120,
  linkIpAddress: '68.9.144.21',
};

describe('velocloud schemas - the spec examples parse', () => {
  it('V1 link status row, also with null edge state and no link', () => {
    expect(vcoEdgeLinkStatusRow.safeParse(row).success).toBe(true);
    const bare = {
      ...row,
      edgeState: null,
      displayName: null,
      isp: null,
      interface: null,
      internalId: null,
      linkState: null,
      linkLastActive: null,
      linkVpnState: null,
      linkId: null,
      linkIpAddress: null,
    };
    expect(vcoEdgeLinkStatusRow.safeParse(bare).success).toBe(true);
    expect(vcoEdgeLinkStatusRow.safeParse({ ...row, edgeState: 'ASLEEP' }).success).toBe(false);
    expect(
      vcoEdgeLinkStatusRow.safeParse({ ...row, edgeLastContact: '2023-04-11 13:14:58' }).success,
    ).toBe(false);
  });

  it('V2 metric with a full V1 row as link', () => {
    const metric = {
      linkId: 6121,
      name: 'GE2',
      bytesTx: 412003311,
      bytesRx: 1288100456,
      packetsTx: 2100321,
      packetsRx: 2988007,
      totalBytes: 1700103767,
      totalPackets: 5088328,
      bpsOfBestPathRx: 50000000,
      bpsOfBestPathTx: 10000000,
      bestJitterMsRx: 4,
      bestJitterMsTx: 3,
      bestLatencyMsRx: 182,
      bestLatencyMsTx: 95,
      bestLossPctRx: 2.5,
      bestLossPctTx: 0,
      scoreTx: 3.9,
      scoreRx: 3.1,
      signalStrength: -71,
      state: 0,
      link: row,
    };
    expect(vcoLinkMetric.safeParse(metric).success).toBe(true);
    expect(vcoLinkMetric.safeParse({ ...metric, bestLatencyMsRx: '182' }).success).toBe(false);
  });

  it('V3 events, V4 edges, V5 WAN module, V6 series', () => {
    expect(
      vcoEventsResponse.safeParse({
        metaData: { limit: null, more: false },
        data: [
          {
            id: 991200457,
            eventTime: '2023-04-11T13:02:10.000Z',
            event: 'LINK_DEAD',
            category: 'NETWORK',
            severity: 'ERROR',
            message: 'Link GE1 is now DEAD',
            edgeName: 'NWR-STORE-114',
            enterpriseUsername: null,
            segmentName: null,
            detail: null,
          },
        ],
      }).success,
    ).toBe(true);
    expect(
      vcoEnterpriseEdgesResponse.safeParse([
        {
          id: 2287,
          enterpriseId: 41,
          siteId: 2301,
          serialNumber: 'VC05200071234',
          modelNumber: 'edge520',
          name: 'NWR-STORE-114',
          edgeState: 'CONNECTED',
          activationState: 'ACTIVATED',
          serviceState: 'IN_SERVICE',
          haState: 'UNCONFIGURED',
          haSerialNumber: null,
          lastContact: '2023-04-11T13:14:58.000Z',
          isHub: false,
          links: [
            {
              id: 6120,
              edgeId: 2287,
              logicalId: '00:04:2d:7a:10:c2:0000',
              interface: 'GE1',
              ipAddress: '68.9.144.21',
              networkSide: 'WAN',
              networkType: 'ETHERNET',
              state: 'DISCONNECTED',
              vpnState: 'STABLE',
            },
          ],
        },
      ]).success,
    ).toBe(true);
    expect(
      vcoConfigurationModulesResponse.safeParse({
        WAN: {
          version: '1681200000000',
          schemaVersion: '4.2.0',
          type: 'ENTERPRISE',
          data: {
            networks: [],
            links: [
              {
                logicalId: 'a4:91:b1:03:5e:77:0000',
                internalId: 'x',
                discovery: 'AUTO_DISCOVERED',
                mode: 'PUBLIC',
                type: 'WIRELESS',
                name: 'LTE backup',
                isp: 'Verizon Wireless',
                publicIpAddress: '174.205.9.40',
                interfaces: ['GE2'],
              },
            ],
          },
        },
      }).success,
    ).toBe(true);
    expect(vcoConfigurationModulesResponse.safeParse({}).success).toBe(true);
    expect(
      vcoLinkSeriesResponse.safeParse([
        {
          linkId: 6120,
          link: { interface: 'GE1', displayName: 'Cox Business 100M' },
          series: [
            {
              metric: 'bytesRx',
              startTime: 1681218000000,
              tickInterval: 300000,
              data: [1822004, 1790550, 2011873],
              total: 5624427,
              min: 1790550,
              max: 2011873,
            },
          ],
        },
      ]).success,
    ).toBe(true);
  });

  it('V7, V8, V9, V10', () => {
    expect(
      vcoNetworkEnterprisesResponse.safeParse([
        {
          id: 41,
          name: 'Northwind Retail|30412|',
          edgeCount: 1,
          edges: [
            {
              id: 2287,
              serialNumber: 'VC05200071234',
              edgeState: 'CONNECTED',
              haState: 'READY',
              haSerialNumber: 'VC05200071240',
              enterpriseId: 41,
              name: 'x',
            },
          ],
        },
      ]).success,
    ).toBe(true);
    expect(
      vcoGatewaysResponse.safeParse([
        { id: 17, name: 'vcg-east-2', gatewayState: 'CONNECTED', ipAddress: '198.51.100.17' },
      ]).success,
    ).toBe(true);
    expect(
      vcoGatewayStatusMetricsResponse.safeParse({
        tunnelCount: { min: 1412, max: 1530, average: 1496.4 },
      }).success,
    ).toBe(true);
    expect(
      vcoAggregatesResponse.safeParse({
        edgeCount: 3120,
        enterprises: [{ id: 41, name: 'Northwind Retail|30412|' }],
      }).success,
    ).toBe(true);
  });
});

describe('velocloud event messages', () => {
  it('round-trips the interface through the exact message formats', () => {
    for (const make of Object.values(vcoEventMessages))
      expect(parseVcoEventInterface(make('INTERNET2'))).toBe('INTERNET2');
    expect(vcoEventMessages.linkDead('GE1')).toBe('Link GE1 is now DEAD');
    expect(parseVcoEventInterface('Edge is down')).toBeNull();
  });

  it('names every path once, all under /portal/rest/', () => {
    const paths = Object.values(vcoPaths);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => p.startsWith('/portal/rest/'))).toBe(true);
  });
});
