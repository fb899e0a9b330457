import { describe, expect, it } from 'vitest';
import { assembleEnterpriseNames } from '../../src/handlers/assemble-enterprise-names.js';
import { eventsRequestBody } from '../../src/handlers/events-request-body.js';

describe('assembleEnterpriseNames', () => {
  const a = { host: 'a', ok: true as const, names: ['A1|1|', 'A2|2|'] };
  const b = { host: 'b', ok: true as const, names: ['B1|3|'] };
  const down = {
    host: 'c',
    ok: false as const,
    status: 500,
    error: 'Got internal error from Velocloud',
  };

  it('every host answered - all names in host order', () => {
    expect(assembleEnterpriseNames([a, b], [])).toEqual({
      kind: 'complete',
      names: ['A1|1|', 'A2|2|', 'B1|3|'],
    });
  });

  it('a filter keeps exact matches only', () => {
    expect(assembleEnterpriseNames([a, b], ['B1|3|', 'A1', 'A2|2|'])).toEqual({
      kind: 'complete',
      names: ['A2|2|', 'B1|3|'],
    });
  });

  it('a host failed - partial: the names that could be had and the failed host', () => {
    expect(assembleEnterpriseNames([a, down, b], [])).toEqual({
      kind: 'partial',
      body: {
        enterprise_names: ['A1|1|', 'A2|2|', 'B1|3|'],
        failed_hosts: [{ host: 'c', status: 500, error: 'Got internal error from Velocloud' }],
      },
    });
  });

  it('every host failed - partial with no names', () => {
    expect(assembleEnterpriseNames([down], [])).toMatchObject({
      kind: 'partial',
      body: { enterprise_names: [] },
    });
  });
});

describe('eventsRequestBody', () => {
  it('an edge query - limit always present, rules from the filter, edgeId as a list', () => {
    expect(
      eventsRequestBody({
        enterpriseId: 4,
        edgeId: 9,
        start: 's',
        end: 'e',
        filter: ['LINK_DEAD'],
        limit: 5,
      }),
    ).toEqual({
      enterpriseId: 4,
      interval: { start: 's', end: 'e' },
      filter: { limit: 5, rules: [{ field: 'event', op: 'is', values: ['LINK_DEAD'] }] },
      edgeId: [9],
    });
  });

  it('an enterprise query without filter nor limit', () => {
    expect(eventsRequestBody({ enterpriseId: 4, start: 1, end: 2, filter: null })).toEqual({
      enterpriseId: 4,
      interval: { start: 1, end: 2 },
      filter: { limit: null },
    });
  });
});
