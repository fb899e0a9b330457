import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import type { FleetEdge } from '@automation-engine/simulators';
import { engineOutput, startEngine, type Engine } from '../src/engine-harness.js';
import { EdgePicker, isPlainLink } from '../src/fleet-picks.js';
import {
  detailOf,
  edgeDown,
  edgeUp,
  notesStartingWith,
  ticketsFor,
  waitForTicket,
} from '../src/flow-helpers.js';
import {
  CYCLE_SECONDS,
  MONITORED_HOST,
  outageMonitor,
  QUARANTINE_SECONDS,
} from '../src/monitor-profiles.js';
import { sleep } from '@automation-engine/testing';

const OTHER_HOST = 'metvco02.mettel.net';

/**
 * Vendor faults in the middle of service-outage-monitor cycles (issue #7): one monitor per VCO
 * host, as in production. A failing host or a refused Bruin call must not stop the rest of the
 * cycle, and nothing may be written twice once the vendor is back.
 */
describe('service-outage-monitor under vendor faults', () => {
  let engine: Engine;
  let mainHost: EdgePicker;
  let otherHost: EdgePicker;
  const SETTLE_MS = (2 * CYCLE_SECONDS + QUARANTINE_SECONDS + 2) * 1000;
  const allPlain = (edge: FleetEdge) => edge.links.every(isPlainLink);

  beforeAll(async () => {
    engine = await startEngine({
      name: 'som-faults',
      monitors: [
        outageMonitor({ label: 'som-main', host: MONITORED_HOST }),
        outageMonitor({ label: 'som-other', host: OTHER_HOST }),
      ],
    });
    mainHost = new EdgePicker(engine.lab.fleet, MONITORED_HOST);
    otherHost = new EdgePicker(engine.lab.fleet, OTHER_HOST);
  }, 120_000);

  afterAll(async () => {
    await engine.close();
  }, 60_000);

  /** Exactly one outage ticket for the serial, with exactly one triage note. */
  async function expectOneDocumentedTicket(expect: ExpectStatic, serial: string) {
    const tickets = await ticketsFor(engine, serial, 'VOO');
    expect(tickets, engineOutput(engine)).toHaveLength(1);
    expect(notesStartingWith(tickets[0]!, 'Triage (VeloCloud)')).toHaveLength(1);
  }

  it('keeps monitoring one host while the other VCO answers 5xx, and catches up once it is back', async ({
    expect,
  }) => {
    const healthy = mainHost.pick('only plain links', allPlain);
    const behindFault = otherHost.pick('only plain links', allPlain);
    const fault = await engine.control<{ id: string }>('POST', '/faults', {
      simulator: 'vco',
      instance: OTHER_HOST,
      path: '/portal/rest/**',
      action: { kind: 'error', status: 503 },
    });
    try {
      await edgeDown(engine, healthy.serial);
      await edgeDown(engine, behindFault.serial);
      await waitForTicket(engine, {
        serial: healthy.serial,
        topic: 'VOO',
        what: 'the ticket of the healthy host',
      });
      await sleep(SETTLE_MS);
      expect(await ticketsFor(engine, behindFault.serial, 'VOO')).toEqual([]);
      expect(engine.processes.get('som-other')?.exited()).toBe(false);
    } finally {
      await engine.control('DELETE', `/faults/${fault.id}`);
    }
    await waitForTicket(engine, {
      serial: behindFault.serial,
      topic: 'VOO',
      what: 'the ticket once the VCO is back',
    });
    await sleep(SETTLE_MS);
    await expectOneDocumentedTicket(expect, healthy.serial);
    await expectOneDocumentedTicket(expect, behindFault.serial);
    // Back up, so that no monitor keeps asking Bruin about them in the next flow.
    for (const edge of [healthy, behindFault]) {
      await edgeUp(engine, edge.serial);
      await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the auto-resolved ticket',
        accepts: (t) => detailOf(t, edge.serial).detailStatus === 'R',
      });
    }
  }, 120_000);

  it('documents every edge exactly once when Bruin refuses a ticket creation with 401', async ({
    expect,
  }) => {
    const first = mainHost.pick('only plain links', allPlain);
    const second = mainHost.pick('only plain links', allPlain);
    // Three refusals: the bridge logs in again and replays a refused call once, so whatever
    // the order of the two creations, exactly one of them is refused twice (fails end to end)
    // and the other goes through on its replay.
    await engine.control('POST', '/faults', {
      simulator: 'bruin',
      method: 'POST',
      path: '/api/Ticket/repair',
      action: { kind: 'error', status: 401 },
      times: 3,
    });
    await edgeDown(engine, first.serial);
    await edgeDown(engine, second.serial);
    await waitForTicket(engine, { serial: first.serial, topic: 'VOO', what: 'the first ticket' });
    await waitForTicket(engine, { serial: second.serial, topic: 'VOO', what: 'the second ticket' });
    await sleep(SETTLE_MS);
    await expectOneDocumentedTicket(expect, first.serial);
    await expectOneDocumentedTicket(expect, second.serial);
    const faults = await engine.control<unknown[]>('GET', '/faults?simulator=bruin');
    expect(faults).toEqual([]);
    // The refused creation was one of these two, logged as failed, and tried again later.
    const failed = engine
      .decisions({ service: 'som-main', action: 'create', outcome: 'failed' })
      .filter((d) => d.serial === first.serial || d.serial === second.serial);
    expect(failed, engineOutput(engine)).toHaveLength(1);
    expect(failed[0]?.reason).toContain('401');
  }, 120_000);

  it('stops every process group when the engine closes', async () => {
    const children = [...engine.processes.values()];
    expect(children.length).toBeGreaterThanOrEqual(8);
    await engine.close();
    for (const child of children) {
      expect(child.exited()).toBe(true);
      expect(() => process.kill(-child.pid, 0)).toThrow();
    }
  }, 60_000);
});
