import { describe, expect, it } from 'vitest';
import { isBlacklisted } from '../../src/cycle/monitoring-cycle.js';
import { cached } from '../support/builders.js';

describe('blacklisted edges (§1.3)', () => {
  const blacklist = [{ host: 'mettel.velocloud.net', enterprise_id: 170, edge_id: 3195 }];
  const entry = (host: string, enterprise_id: number, edge_id: number) =>
    cached('VC01', { edge: { host, enterprise_id, edge_id, enterprise_name: 'Acme' } });

  it('ignores the edge whose host, enterprise and edge id all match', () => {
    expect(isBlacklisted(entry('mettel.velocloud.net', 170, 3195), blacklist)).toBe(true);
  });

  it('keeps an edge that differs in any of the three', () => {
    expect(isBlacklisted(entry('metvco02.mettel.net', 170, 3195), blacklist)).toBe(false);
    expect(isBlacklisted(entry('mettel.velocloud.net', 171, 3195), blacklist)).toBe(false);
    expect(isBlacklisted(entry('mettel.velocloud.net', 170, 3196), blacklist)).toBe(false);
  });
});
