import { waitFor } from '@automation-engine/testing';
import { hnocForwardKey, workerForwardKey } from '@automation-engine/monitoring';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { autoResolveEdge } from '../../src/autoresolve/auto-resolve-edge.js';
import type { MonitoredEdge } from '../../src/model.js';
import { renderAutoresolveNote, renderTriageNote } from '../../src/notes/index.js';
import { ONE_HOST_LAB, startOutageFixture, type OutageFixture } from '../support/outage-fixture.js';
import { firstLine, healthyEdges, labTicket, seedTicket } from './support/lab-tickets.js';

let lab: OutageFixture;
let edge: MonitoredEdge;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const triageNoteOf = (target: MonitoredEdge) =>
  renderTriageNote({
    edge: {
      ...target,
      status: {
        ...target.status,
        links: target.status.links.map((link, index) =>
          index === 0 ? { ...link, linkState: 'DISCONNECTED' } : link,
        ),
      },
    },
    outageType: 'Link Down (no HA)',
    reopening: false,
    events: [],
    now: new Date(),
  });

beforeAll(async () => {
  lab = await startOutageFixture({ lab: ONE_HOST_LAB });
  [edge] = (await healthyEdges(lab, 1)) as [MonitoredEdge];
}, 120_000);

afterAll(async () => {
  await lab.close();
});

beforeEach(async () => {
  await lab.control('POST', '/reset');
  await lab.control('DELETE', '/slack/messages');
});

describe('auto-resolve against the lab (§2.9)', () => {
  it('resolves the IPA-created ticket of a healthy edge, notes serial and line, clears its forwards', async () => {
    const serial = edge.cached.serial_number;
    const line = firstLine(edge);
    const ticket = await seedTicket(lab.control, {
      edge,
      serviceNumbers: [serial, line.serviceNumber],
      createdAt: minutesAgo(30),
      notes: [triageNoteOf(edge)],
    });
    const lineDetail = ticket.details.find((detail) => detail.detailValue === line.serviceNumber);
    const { deps, decisions, registry } = lab.makeDeps();
    const hnocKey = hnocForwardKey(ticket.ticketID, serial);
    const workerKey = workerForwardKey(ticket.ticketID, serial, lineDetail?.detailID ?? 0);
    for (const key of [hnocKey, workerKey]) {
      await deps.forwards.schedule({
        key,
        dueAt: new Date(Date.now() + 3_600_000),
        data: {
          service: 'service-outage-monitor',
          ticket_id: ticket.ticketID,
          target_queue: 'HNOC Investigate',
        },
      });
    }

    await autoResolveEdge(deps, edge, new Set([serial]));

    const after = await labTicket(lab.control, ticket.ticketID);
    const task = after.details.find((detail) => detail.detailValue === serial);
    expect(task?.detailStatus).toBe('R');
    const texts = after.notes.map((note) => note.noteValue);
    expect(texts).toContainEqual(
      expect.stringContaining(`Auto-resolving detail for serial: ${serial}`),
    );
    expect(texts).toContainEqual(
      expect.stringContaining(`Auto-resolving detail for line: ${line.serviceNumber}`),
    );
    expect(decisions.recorded.filter((decision) => decision.action === 'resolve')).toEqual([
      expect.objectContaining({
        outcome: 'done',
        serial,
        ticketId: ticket.ticketID,
        outageType: 'Link Down (no HA)',
      }),
    ]);
    expect(await deps.forwards.dueAtOf(hnocKey)).toBeNull();
    expect(await deps.forwards.dueAtOf(workerKey)).toBeNull();
    const metric = await registry.getSingleMetricAsString('tasks_autoresolved_total');
    expect(metric).toContain('outage_type="Link Down (no HA)"');
    expect(metric).toMatch(/ 1$/m);
    await waitFor('the Slack message', async () => {
      const messages = await lab.slackPosted(
        `Outage ticket ${String(ticket.ticketID)} was autoresolved`,
      );
      return messages.length > 0 ? messages : undefined;
    });
  });

  it('resolves and closes a BYOB task in the IPA queue past the grace period and the limit', async () => {
    const serial = edge.cached.serial_number;
    const now = new Date();
    const byobNote = renderTriageNote({
      edge: {
        ...edge,
        status: {
          ...edge.status,
          links: [
            {
              interface: 'GE9',
              displayName: 'BYOB Comcast',
              linkState: 'DISCONNECTED',
              linkIpAddress: null,
            },
          ],
        },
      },
      outageType: 'Link Down (no HA)',
      reopening: false,
      events: [],
      now,
    });
    const ticket = await seedTicket(lab.control, {
      edge,
      createdAt: minutesAgo(3 * 24 * 60),
      notes: [
        byobNote,
        renderAutoresolveNote({ serial, now }),
        renderAutoresolveNote({ serial, now }),
        renderAutoresolveNote({ serial, now }),
      ],
    });
    // The lab opens every task in the IPA queue.
    expect(ticket.details[0]).toMatchObject({ currentTaskName: 'IPA Investigate' });
    const { deps, decisions, registry } = lab.makeDeps();

    await autoResolveEdge(deps, edge, new Set([serial]));

    const after = await labTicket(lab.control, ticket.ticketID);
    expect(after.ticketStatus).toBe('Closed');
    expect(decisions.recorded.map((decision) => [decision.action, decision.outcome])).toEqual([
      ['close', 'done'],
      ['resolve', 'done'],
    ]);
    expect(await registry.getSingleMetricAsString('tasks_autoresolved_total')).toContain(
      'has_byob="True"',
    );
  });

  it('keeps the ticket open on the 4th flap (3 auto-resolve notes already)', async () => {
    const serial = edge.cached.serial_number;
    const now = new Date();
    const ticket = await seedTicket(lab.control, {
      edge,
      createdAt: minutesAgo(20),
      notes: [
        triageNoteOf(edge),
        renderAutoresolveNote({ serial, now }),
        renderAutoresolveNote({ serial, now }),
        renderAutoresolveNote({ serial, now }),
      ],
    });
    const { deps, decisions } = lab.makeDeps();

    await autoResolveEdge(deps, edge, new Set([serial]));

    const after = await labTicket(lab.control, ticket.ticketID);
    expect(after.details[0]?.detailStatus).not.toBe('R');
    expect(after.notes).toHaveLength(4);
    expect(decisions.recorded).toEqual([
      expect.objectContaining({
        action: 'skip',
        ticketId: ticket.ticketID,
        reason: 'task already auto-resolved 3 times (max 3)',
      }),
    ]);
  });

  it('leaves a ticket not created by the IPA user alone', async () => {
    const serial = edge.cached.serial_number;
    const ticket = await seedTicket(lab.control, {
      edge,
      createdAt: minutesAgo(20),
      createdBy: 'Jane Operator',
      notes: [triageNoteOf(edge)],
    });
    const { deps, decisions } = lab.makeDeps();

    await autoResolveEdge(deps, edge, new Set([serial]));

    expect((await labTicket(lab.control, ticket.ticketID)).details[0]?.detailStatus).not.toBe('R');
    expect(decisions.recorded).toEqual([
      expect.objectContaining({
        action: 'skip',
        reason: 'ticket not created by the IPA system user',
      }),
    ]);
  });

  it('keeps a ticket whose outage started before the grace period', async () => {
    const ticket = await seedTicket(lab.control, {
      edge,
      createdAt: minutesAgo(24 * 60),
      notes: [triageNoteOf(edge)],
    });
    const { deps, decisions } = lab.makeDeps();

    await autoResolveEdge(deps, edge, new Set([edge.cached.serial_number]));

    expect((await labTicket(lab.control, ticket.ticketID)).details[0]?.detailStatus).not.toBe('R');
    expect(decisions.recorded[0]?.reason).toMatch(/older than the grace period/);
  });

  it('only records the resolution outside live mode', async () => {
    const ticket = await seedTicket(lab.control, {
      edge,
      createdAt: minutesAgo(20),
      notes: [triageNoteOf(edge)],
    });
    const { deps, decisions } = lab.makeDeps({ mode: 'would-have' });

    await autoResolveEdge(deps, edge, new Set([edge.cached.serial_number]));

    expect((await labTicket(lab.control, ticket.ticketID)).details[0]?.detailStatus).not.toBe('R');
    expect(decisions.recorded).toEqual([
      expect.objectContaining({
        action: 'resolve',
        outcome: 'would-have',
        ticketId: ticket.ticketID,
      }),
    ]);
  });

  it('skips edges off the whitelist and edges without an open ticket', async () => {
    const { deps, decisions } = lab.makeDeps();
    await autoResolveEdge(deps, edge, new Set());
    await autoResolveEdge(deps, edge, new Set([edge.cached.serial_number]));
    expect(decisions.recorded.map((decision) => decision.reason)).toEqual([
      'edge not in the auto-resolve whitelist',
      'no open outage ticket',
    ]);
  });

  it('stops when Bruin fails to resolve, without notes or Slack', async () => {
    const ticket = await seedTicket(lab.control, {
      edge,
      createdAt: minutesAgo(20),
      notes: [triageNoteOf(edge)],
    });
    await lab.control('POST', '/faults', {
      simulator: 'bruin',
      method: 'PUT',
      path: '/api/Ticket/*/details/*/status',
      action: { kind: 'error', status: 500 },
    });
    const { deps, decisions } = lab.makeDeps();

    await autoResolveEdge(deps, edge, new Set([edge.cached.serial_number]));

    expect((await labTicket(lab.control, ticket.ticketID)).notes).toHaveLength(1);
    expect(decisions.recorded.at(-1)).toEqual(
      expect.objectContaining({ action: 'resolve', outcome: 'failed' }),
    );
  });
});
