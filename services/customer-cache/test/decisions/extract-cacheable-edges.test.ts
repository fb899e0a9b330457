import { describe, expect, it } from 'vitest';
import { extractCacheableEdges } from '../../src/decisions/extract-cacheable-edges.js';
import { logicalIdsOf } from '../../src/decisions/logical-ids-of.js';
import { anyRow } from './support.js';

describe('extractCacheableEdges', () => {
  it('keeps one edge per serial, from its first link row', () => {
    const { edges } = extractCacheableEdges(
      [anyRow({ interface: 'GE1' }), anyRow({ interface: 'GE2', edgeName: 'later row' })],
      [],
    );
    expect(edges).toEqual([
      {
        edge: {
          host: 'mettel.velocloud.net',
          enterprise_id: 41,
          enterprise_name: 'Northwind Retail|30412|',
          edge_id: 2287,
        },
        edge_name: 'NWR-STORE-114',
        serial_number: 'VC05200071234',
        ha_serial_number: null,
        last_contact: '2023-04-11T13:14:58.000Z',
      },
    ]);
  });

  it.each([
    ['a null edgeState', anyRow({ edgeState: null }), 'null-state'],
    ['a NEVER_ACTIVATED edge', anyRow({ edgeState: 'NEVER_ACTIVATED' }), 'never-activated'],
    ['a blacklisted edge', anyRow({ edgeId: 9, enterpriseId: 41 }), 'blacklisted'],
  ] as const)('drops %s', (_case, row, reason) => {
    const result = extractCacheableEdges(
      [row],
      [{ host: 'mettel.velocloud.net', enterprise_id: 41, edge_id: 9 }],
    );
    expect(result.edges).toEqual([]);
    expect(result.skipped[reason]).toBe(1);
  });

  it.each(['CONNECTED', 'OFFLINE', 'DEGRADED'])('keeps an edge %s', (edgeState) => {
    expect(extractCacheableEdges([anyRow({ edgeState })], []).edges).toHaveLength(1);
  });

  it('the same edge id on another host or enterprise is not blacklisted', () => {
    const blacklist = [{ host: 'metvco02.mettel.net', enterprise_id: 41, edge_id: 2287 }];
    expect(extractCacheableEdges([anyRow()], blacklist).edges).toHaveLength(1);
  });
});

describe('logicalIdsOf', () => {
  it('maps each edge of the enterprise to its links and logical ids', () => {
    const byEdge = logicalIdsOf({ host: 'h', enterprise_id: 4 }, [
      { id: 7, serialNumber: 'S', links: [{ interface: 'GE1', logicalId: 'aa:0000' }] },
      { id: 8, serialNumber: 'T' },
    ]);
    expect(byEdge.get('h#4#7')).toEqual([{ interface_name: 'GE1', logical_id: 'aa:0000' }]);
    expect(byEdge.get('h#4#8')).toEqual([]);
  });
});
