import { describe, expect, it } from 'vitest';
import { newShortId, SHORT_ID_LENGTH } from '@automation-engine/contracts';

describe('newShortId', () => {
  it('makes 22-character ids in the base-57 alphabet of Python shortuuid', () => {
    for (let i = 0; i < 1_000; i += 1) {
      const id = newShortId();
      expect(id).toHaveLength(SHORT_ID_LENGTH);
      expect(id).toMatch(/^[2-9A-HJ-NP-Za-km-z]{22}$/);
    }
  });

  it('never repeats an id over many draws', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newShortId()));
    expect(ids.size).toBe(10_000);
  });
});
