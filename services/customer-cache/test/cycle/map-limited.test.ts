import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/cycle/map-limited.js';

describe('mapLimited', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited({
      items: [5, 1, 4, 2, 3],
      limit: 2,
      task: async (n) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, n));
        running -= 1;
        return n * 10;
      },
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('rejects with the first failure, after the tasks in flight settle', async () => {
    const started: number[] = [];
    await expect(
      mapLimited({
        items: [1, 2, 3, 4],
        limit: 2,
        task: async (n) => {
          started.push(n);
          await Promise.resolve();
          if (n === 1) throw new Error('boom');
          return n;
        },
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });

  it('stops taking items once aborted, and rejects with the reason', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    await expect(
      mapLimited({
        items: [1, 2, 3],
        limit: 1,
        signal: controller.signal,
        task: (n) => {
          done.push(n);
          controller.abort(new Error('stopping'));
          return Promise.resolve(n);
        },
      }),
    ).rejects.toThrow('stopping');
    expect(done).toEqual([1]);
  });

  it('an empty list resolves at once', async () => {
    expect(await mapLimited({ items: [], limit: 3, task: () => Promise.resolve(1) })).toEqual([]);
  });
});
