import { describe, expect, it } from 'vitest';
import { forEachLimited } from '../../src/dispatch/for-each-limited.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('forEachLimited', () => {
  it('runs every item with at most `limit` at once', async () => {
    let active = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachLimited({
      items: [1, 2, 3, 4, 5, 6, 7],
      limit: 3,
      task: async (item) => {
        active += 1;
        peak = Math.max(peak, active);
        await tick();
        active -= 1;
        done.push(item);
      },
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(3);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await forEachLimited({ items: [], limit: 4, task: () => Promise.resolve(void (calls += 1)) });
    expect(calls).toBe(0);
  });

  it('stops taking items once the signal aborts', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    await forEachLimited({
      items: [1, 2, 3, 4],
      limit: 1,
      signal: controller.signal,
      task: async (item) => {
        done.push(item);
        if (item === 2) controller.abort();
        await tick();
      },
    });
    expect(done).toEqual([1, 2]);
  });
});
