import { pino } from 'pino';
import { bruinTicketNoteAppend } from '@automation-engine/contracts/bruin';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { BridgeCaller, BridgeFailureReporter, Notifier } from '@automation-engine/monitoring';
import { sharedServers } from '@automation-engine/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MonitoredEdge } from '../../src/model.js';
import { appendTriageNote } from '../../src/notes/append-triage-note.js';
import { healthyEdges, labTicket, seedTicket } from '../autoresolve/support/lab-tickets.js';
import { ONE_HOST_LAB, startOutageFixture, type OutageFixture } from '../support/outage-fixture.js';

let lab: OutageFixture;
let edge: MonitoredEdge;
/** A bus on a scope nobody serves: every request fails as the bus fails (503). */
let nobody: Bus;

beforeAll(async () => {
  lab = await startOutageFixture({ lab: ONE_HOST_LAB });
  [edge] = (await healthyEdges(lab, 1)) as [MonitoredEdge];
  nobody = await connectBus({
    servers: sharedServers().natsUrl,
    name: 'som-notes-nobody',
    redis: sharedServers().redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: `${lab.scope}-nobody`,
  });
}, 120_000);

afterAll(async () => {
  await nobody.drain();
  await lab.close();
});

beforeEach(async () => {
  await lab.control('POST', '/reset');
});

/** The edge with `count` links, all down, so that its triage note is long. */
function withManyLinks(count: number): MonitoredEdge {
  const links = Array.from({ length: count }, (_, index) => ({
    interface: `GE${String(index + 1)}`,
    displayName: `Carrier number ${String(index + 1)} with a long label`,
    linkState: 'DISCONNECTED',
    linkIpAddress: `10.0.0.${String(index + 1)}`,
  }));
  return { ...edge, status: { ...edge.status, links } };
}

describe('appending the triage note (§2.7)', () => {
  it('posts a short note whole, tagged with the given service number', async () => {
    const ticket = await seedTicket(lab.control, { edge });
    const { deps, decisions } = lab.makeDeps();
    const serial = edge.cached.serial_number;

    const posted = await appendTriageNote(deps, {
      ticketId: ticket.ticketID,
      serviceNumber: serial,
      edge,
      outageType: 'Hard Down (no HA)',
      reopening: true,
    });

    expect(posted).toBe(true);
    const notes = (await labTicket(lab.control, ticket.ticketID)).notes;
    expect(notes).toHaveLength(1);
    expect(notes[0]?.noteValue.startsWith("#*MetTel's IPA*#\nRe-opening ticket.")).toBe(true);
    expect(notes[0]?.serviceNumbers).toEqual([serial]);
    expect(decisions.recorded).toEqual([
      expect.objectContaining({
        action: 'note',
        outcome: 'done',
        reason: 'reopen note appended',
        chunks: 1,
      }),
    ]);
  });

  it('splits a long note into numbered chunks that restart with the header', async () => {
    const ticket = await seedTicket(lab.control, { edge });
    const { deps } = lab.makeDeps();

    const posted = await appendTriageNote(deps, {
      ticketId: ticket.ticketID,
      serviceNumber: edge.cached.serial_number,
      edge: withManyLinks(12),
      outageType: 'Link Down (no HA)',
      reopening: false,
    });

    expect(posted).toBe(true);
    const notes = (await labTicket(lab.control, ticket.ticketID)).notes.map(
      (note) => note.noteValue,
    );
    expect(notes.length).toBeGreaterThan(1);
    const total = notes[0]?.match(/Triage note: 1\/(\d+)$/)?.[1];
    expect(total).toBeDefined();
    notes.forEach((text, index) => {
      expect(text.startsWith("#*MetTel's IPA*#\nTriage (VeloCloud)\n")).toBe(true);
      expect(text.endsWith(`\nTriage note: ${String(index + 1)}/${String(total)}`)).toBe(true);
    });
  });

  it('reports a 503 (bus timeout) apart from a refusal and stops', async () => {
    const ticket = await seedTicket(lab.control, { edge });
    const { deps, decisions } = lab.makeDeps();
    const logger = pino({ level: 'silent' });
    const notifier = new Notifier({ bus: nobody, logger });
    const dead = new BridgeCaller({
      bus: nobody,
      reporter: new BridgeFailureReporter({ logger, notifier, environment: 'test' }),
    });
    const bridges = {
      call: ((contract, body, options) =>
        (contract as unknown) === bruinTicketNoteAppend
          ? dead.call(contract, body, options)
          : deps.bridges.call(contract, body, options)) as BridgeCaller['call'],
    } as unknown as BridgeCaller;

    const posted = await appendTriageNote(
      { ...deps, bridges },
      {
        ticketId: ticket.ticketID,
        serviceNumber: edge.cached.serial_number,
        edge,
        outageType: 'Link Down (no HA)',
        reopening: false,
      },
    );

    expect(posted).toBe(false);
    expect(decisions.recorded).toEqual([
      expect.objectContaining({ outcome: 'failed', status: 503, timedOut: true }),
    ]);
  });

  it('records a refused note as failed', async () => {
    const ticket = await seedTicket(lab.control, { edge });
    await lab.control('POST', '/faults', {
      simulator: 'bruin',
      method: 'POST',
      path: '/api/Ticket/*/notes',
      action: { kind: 'error', status: 400 },
    });
    const { deps, decisions } = lab.makeDeps();

    const posted = await appendTriageNote(deps, {
      ticketId: ticket.ticketID,
      serviceNumber: edge.cached.serial_number,
      edge,
      outageType: 'Link Down (no HA)',
      reopening: false,
    });

    expect(posted).toBe(false);
    expect(decisions.recorded).toEqual([
      expect.objectContaining({
        outcome: 'failed',
        timedOut: false,
        reason: 'Bruin refused the triage note (1/1)',
      }),
    ]);
  });

  it('records the decision only in dry-run mode', async () => {
    const ticket = await seedTicket(lab.control, { edge });
    const { deps, decisions } = lab.makeDeps({ mode: 'dry-run' });

    const posted = await appendTriageNote(deps, {
      ticketId: ticket.ticketID,
      serviceNumber: edge.cached.serial_number,
      edge,
      outageType: 'Link Down (no HA)',
      reopening: false,
    });

    expect(posted).toBe(false);
    expect((await labTicket(lab.control, ticket.ticketID)).notes).toHaveLength(0);
    expect(decisions.recorded).toEqual([expect.objectContaining({ outcome: 'dry-run' })]);
    expect(await lab.slackPosted('would have been appended')).toEqual([]);
  });

  it('does not post when the events cannot be read', async () => {
    const ticket = await seedTicket(lab.control, { edge });
    await lab.control('POST', '/faults', {
      simulator: 'vco',
      path: '/portal/rest/event/getEnterpriseEvents',
      action: { kind: 'error', status: 500 },
    });
    const { deps, decisions } = lab.makeDeps();

    const posted = await appendTriageNote(deps, {
      ticketId: ticket.ticketID,
      serviceNumber: edge.cached.serial_number,
      edge,
      outageType: 'Link Down (no HA)',
      reopening: false,
    });

    expect(posted).toBe(false);
    expect((await labTicket(lab.control, ticket.ticketID)).notes).toHaveLength(0);
    expect(decisions.recorded).toEqual([
      expect.objectContaining({
        outcome: 'failed',
        reason: 'edge events could not be read; no triage note',
      }),
    ]);
  });
});
