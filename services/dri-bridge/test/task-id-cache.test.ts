import { describe, expect, it } from 'vitest';
import { TaskIdCache } from '../src/task-flow/task-id-cache.js';
import { driEndpointLabel } from '../src/dri-client/create-dri-http.js';

describe('TaskIdCache', () => {
  it('remembers a task id until its TTL runs out', () => {
    let now = 0;
    const cache = new TaskIdCache({ ttlMs: 1_000, now: () => now });
    cache.set('S1', 7);
    now = 999;
    expect(cache.get('S1')).toBe(7);
    now = 1_000;
    expect(cache.get('S1')).toBeUndefined();
  });

  it('forgets on delete', () => {
    const cache = new TaskIdCache({ ttlMs: 1_000 });
    cache.set('S1', 7);
    cache.delete('S1');
    expect(cache.get('S1')).toBeUndefined();
  });
});

describe('driEndpointLabel', () => {
  it.each([
    ['/acs/device/PB1/parameter_tid?transactionid=1', '/acs/device/{serial}/parameter_tid'],
    ['/auth/login', '/auth/login'],
    [undefined, ''],
  ])('%s → %s', (url, label) => {
    expect(driEndpointLabel(url)).toBe(label);
  });
});
