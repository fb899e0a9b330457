import { describe, expect, it } from 'vitest';
import { runReadiness } from '@automation-engine/observability';

describe('runReadiness', () => {
  it('is ready when every check passes, sync or async', async () => {
    const report = await runReadiness([
      { name: 'nats', check: () => true },
      { name: 'redis', check: () => Promise.resolve(true) },
    ]);
    expect(report).toEqual({ ready: true, checks: { nats: true, redis: true }, reasons: {} });
  });

  it('is ready with no checks at all', async () => {
    expect((await runReadiness([])).ready).toBe(true);
  });

  it('counts false, a throw, a rejection and a slow check as not ready, with reasons', async () => {
    const report = await runReadiness(
      [
        { name: 'ok', check: () => true },
        { name: 'down', check: () => false },
        {
          name: 'throws',
          check: () => {
            throw new Error('no connection');
          },
        },
        { name: 'rejects', check: () => Promise.reject(new Error('refused')) },
        {
          name: 'odd',
          check: () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- a careless check
            throw 'plain text';
          },
        },
        {
          name: 'slow',
          check: () => new Promise((resolve) => setTimeout(() => resolve(true), 500)),
        },
      ],
      50,
    );
    expect(report.ready).toBe(false);
    expect(report.checks).toEqual({
      ok: true,
      down: false,
      throws: false,
      rejects: false,
      odd: false,
      slow: false,
    });
    expect(report.reasons).toEqual({
      down: 'returned false',
      throws: 'no connection',
      rejects: 'refused',
      odd: 'plain text',
      slow: 'timed out after 50 ms',
    });
  });
});
