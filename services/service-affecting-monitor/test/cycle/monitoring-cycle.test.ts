import { describe, expect, it } from 'vitest';
import { runMonitoringCycle } from '../../src/cycle/monitoring-cycle.js';
import { mapLimited } from '../../src/cycle/map-limited.js';
import { fakeDeps, type BridgeAnswer } from '../support/fake-deps.js';
import { cachedEdge, linkDeadEvent, linkMetrics, SERIAL } from '../support/samples.js';

const CACHE = 'customer.cache.get';
const METRICS = 'get.links.metric.info';
const EVENTS = 'alert.request.event.enterprise';
const BASIC = 'bruin.ticket.basic.request';

const noTickets: BridgeAnswer = { status: 200, body: [] };

function run(
  bridges: Parameters<typeof fakeDeps>[0]['bridges'],
  mode: 'live' | 'would-have' = 'would-have',
  settings: Parameters<typeof fakeDeps>[0]['settings'] = {},
) {
  const fake = fakeDeps({
    bridges: { [BASIC]: noTickets, [EVENTS]: { status: 200, body: [] }, ...bridges },
    mode,
    settings,
  });
  return { fake, done: runMonitoringCycle(fake.deps) };
}

describe('monitoring cycle (spec §3.2)', () => {
  it.each([
    ['a failed cache call', { status: 500, body: 'boom' }],
    [
      'a cache still being built (202)',
      { status: 202, body: 'Cache is still being built for host(s): x' },
    ],
    ['an empty cache', { status: 200, body: [] }],
  ])('aborts on %s', async (_name, answer) => {
    const { fake, done } = run({ [CACHE]: answer });
    await done;
    expect(fake.calls.map((c) => c.subject)).toEqual([CACHE]);
  });

  it('asks the cache for this host only and reports a 202 to Slack', async () => {
    const { fake, done } = run({
      [CACHE]: { status: 202, body: 'Cache is still being built for host(s): x' },
    });
    await done;
    expect(fake.bodiesOf(CACHE)).toEqual([{ filter: { 'mettel.velocloud.net': [] } }]);
    expect(fake.slack).toEqual(['Cache is still being built for host(s): x']);
  });

  it('runs the wired checks, then the wireless ones, reading each window once per pass', async () => {
    const { fake, done } = run({
      [CACHE]: { status: 200, body: [cachedEdge()] },
      [METRICS]: { status: 200, body: [linkMetrics()] },
    });
    await done;
    const windows = fake.bodiesOf(METRICS).map((body) => {
      const interval = body['interval'] as { start: string; end: string };
      return (Date.parse(interval.end) - Date.parse(interval.start)) / 60_000;
    });
    // wired 30 and 60 (circuit instability), wireless 90; then auto-resolve's 20.
    expect(windows.slice(0, 3)).toEqual([30, 60, 90]);
    expect(fake.bodiesOf(EVENTS)[0]).toMatchObject({
      host: 'mettel.velocloud.net',
      enterprise_id: 1,
      filter: ['LINK_DEAD'],
    });
  });

  it('documents a trouble of each kind on the matching pass only, and skips unmonitored and inactive edges', async () => {
    const unmonitored = cachedEdge({
      serial_number: 'VC-OTHER',
      bruin_client_info: { client_id: 99, client_name: 'No', site_id: 1 },
    });
    const { fake, done } = run(
      {
        [CACHE]: { status: 200, body: [cachedEdge(), unmonitored] },
        [METRICS]: {
          status: 200,
          body: [
            linkMetrics({ bestLatencyMsRx: 500 }),
            linkMetrics({ bestJitterMsTx: 90 }, { interface: 'GE2', displayName: 'Verizon' }),
            linkMetrics({ bestLatencyMsRx: 500 }, { edgeSerialNumber: 'VC-OTHER' }),
            linkMetrics({ bestLatencyMsRx: 500 }, { edgeState: 'NEVER_ACTIVATED' }),
            linkMetrics({ bestLatencyMsRx: 500 }, { edgeState: null }),
            linkMetrics({ bestLatencyMsRx: 500 }, { edgeSerialNumber: 'NOT-CACHED' }),
          ],
        },
        [EVENTS]: {
          status: 200,
          body: Array.from({ length: 10 }, (_, i) => linkDeadEvent('GE2', 'Acme-Edge-1', i)),
        },
      },
      'would-have',
      { defaultContacts: { '30000': [{ email: 'noc@example.com', name: 'NOC', type: 'ticket' }] } },
    );
    await done;
    const documented = fake
      .decisions()
      .filter((d) => d['action'] === 'create')
      .map((d) => [d['serial'], d['interface'], d['trouble']]);
    // GE2 is wireless: its jitter is documented in the wireless pass, its events never count.
    expect(documented).toEqual([
      [SERIAL, 'GE1', 'Latency'],
      [SERIAL, 'GE2', 'Jitter'],
    ]);
  });

  it('keeps going when one link fails', async () => {
    let calls = 0;
    const { fake, done } = run(
      {
        [CACHE]: { status: 200, body: [cachedEdge(), cachedEdge({ serial_number: 'VC2' })] },
        [METRICS]: {
          status: 200,
          body: [
            linkMetrics({ bestLatencyMsRx: 500 }),
            linkMetrics({ bestLatencyMsRx: 500 }, { edgeSerialNumber: 'VC2' }),
          ],
        },
        'bruin.ticket.creation.request': { status: 200, body: { ticketIds: [5] } },
        [BASIC]: () => {
          calls += 1;
          if (calls === 1) throw new Error('a bug in one link');
          return noTickets;
        },
      },
      'live',
    );
    await done;
    expect(fake.logs().some((line) => line.msg === 'trouble processing failed for a link')).toBe(
      true,
    );
    expect(fake.decisions().some((d) => d['serial'] === 'VC2' && d['action'] === 'create')).toBe(
      true,
    );
  });
});

describe('mapLimited', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapLimited([1, 2, 3, 4, 5], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
    expect(await mapLimited([], 3, () => Promise.resolve(1))).toEqual([]);
  });
});
