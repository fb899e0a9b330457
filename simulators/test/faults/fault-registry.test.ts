import { describe, expect, it } from 'vitest';
import { LabClock } from '../../src/clock/lab-clock.js';
import { LabError } from '../../src/errors.js';
import {
  compilePathPattern,
  FaultRegistry,
  type FaultTarget,
} from '../../src/faults/fault-registry.js';
import { faultSpec } from '../../src/faults/fault-spec.js';

const call = (overrides: Partial<FaultTarget> = {}): FaultTarget => ({
  simulator: 'bruin',
  method: 'GET',
  path: '/api/Ticket/123/details',
  query: {},
  ...overrides,
});

function registry() {
  const clock = new LabClock({ speed: 0, startAt: 0 });
  return { clock, faults: new FaultRegistry({ clock }) };
}

const error500 = { kind: 'error', status: 500 } as const;

describe('compilePathPattern', () => {
  it('matches one segment with *, {name} and :name, anything with **, case-insensitively', () => {
    expect(
      compilePathPattern('/api/Ticket/{ticketId}/details').test('/api/ticket/42/details'),
    ).toBe(true);
    expect(compilePathPattern('/api/Ticket/:id/details').test('/api/Ticket/42/details/')).toBe(
      true,
    );
    expect(compilePathPattern('/api/Ticket/*/details').test('/api/Ticket/42/x/details')).toBe(
      false,
    );
    expect(compilePathPattern('/api/**').test('/api/Ticket/42/details')).toBe(true);
    expect(compilePathPattern('/api/Ticket').test('/api/Ticket/basic')).toBe(false);
    expect(compilePathPattern('/api/Ticket/').test('/api/Ticket')).toBe(true);
    expect(compilePathPattern('/a.b(c)').test('/a.b(c)')).toBe(true);
  });
});

describe('FaultRegistry', () => {
  it('matches simulator, instance, method, path and query values', () => {
    const { faults } = registry();
    faults.add(
      faultSpec.parse({
        simulator: 'vco',
        instance: 'h1',
        method: 'post',
        path: '/portal/rest/**',
        action: error500,
      }),
    );
    faults.add(
      faultSpec.parse({
        simulator: 'bruin',
        path: '/api/Ticket/basic',
        query: { PageNumber: '2' },
        action: error500,
      }),
    );
    expect(
      faults.take(
        call({ simulator: 'vco', instance: 'h2', method: 'POST', path: '/portal/rest/x' }),
      ),
    ).toBeNull();
    expect(
      faults.take(
        call({ simulator: 'vco', instance: 'h1', method: 'GET', path: '/portal/rest/x' }),
      ),
    ).toBeNull();
    expect(
      faults.take(
        call({ simulator: 'vco', instance: 'h1', method: 'POST', path: '/portal/rest/x' }),
      )?.id,
    ).toBe('fault-1');
    expect(faults.take(call({ path: '/api/Ticket/basic', query: { pagenumber: '1' } }))).toBeNull();
    expect(faults.take(call({ path: '/api/Ticket/basic', query: { pagenumber: ['2'] } }))?.id).toBe(
      'fault-2',
    );
  });

  it('stops a fault after N calls', () => {
    const { faults } = registry();
    faults.add(
      faultSpec.parse({ simulator: 'bruin', path: '/api/**', action: error500, times: 2 }),
    );
    expect(faults.take(call())).not.toBeNull();
    expect(faults.take(call())).not.toBeNull();
    expect(faults.take(call())).toBeNull();
    expect(faults.list()).toEqual([]);
  });

  it('stops a fault after its period of lab time', () => {
    const { faults, clock } = registry();
    faults.add(
      faultSpec.parse({
        simulator: 'bruin',
        path: '/api/**',
        action: error500,
        durationMs: 60_000,
      }),
    );
    clock.advance(59_999);
    expect(faults.take(call())?.hits).toBe(1);
    clock.advance(1);
    expect(faults.take(call())).toBeNull();
  });

  it('lists, removes and clears faults', () => {
    const { faults } = registry();
    faults.add(faultSpec.parse({ simulator: 'bruin', path: '/a', action: { kind: 'timeout' } }));
    faults.add(faultSpec.parse({ simulator: 'vco', path: '/b', action: { kind: 'expire-auth' } }));
    faults.add(
      faultSpec.parse({ simulator: 'vco', path: '/c', action: { kind: 'delay', delayMs: 5 } }),
    );
    expect(faults.list('vco').map((f) => f.path)).toEqual(['/b', '/c']);
    expect(faults.remove('fault-1').path).toBe('/a');
    expect(() => faults.remove('fault-1')).toThrow(LabError);
    expect(faults.clear('vco')).toBe(2);
    faults.add(faultSpec.parse({ simulator: 'vco', path: '/d', action: { kind: 'timeout' } }));
    expect(faults.clear()).toBe(1);
    faults.reset();
    expect(
      faults.add(faultSpec.parse({ simulator: 'x', path: '/', action: { kind: 'timeout' } })).id,
    ).toBe('fault-1');
  });

  it('rejects malformed fault specs', () => {
    expect(faultSpec.safeParse({ simulator: 'bruin', path: 'api', action: error500 }).success).toBe(
      false,
    );
    expect(
      faultSpec.safeParse({ simulator: 'bruin', path: '/api', action: { kind: 'explode' } })
        .success,
    ).toBe(false);
    expect(
      faultSpec.safeParse({
        simulator: 'bruin',
        path: '/api',
        action: { kind: 'error', status: 99 },
      }).success,
    ).toBe(false);
    expect(
      faultSpec.safeParse({ simulator: 'bruin', path: '/api', action: error500, times: 0 }).success,
    ).toBe(false);
  });
});
