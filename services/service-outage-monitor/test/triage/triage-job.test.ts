import { waitFor } from '@automation-engine/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MonitoredEdge } from '../../src/model.js';
import { renderTriageNote } from '../../src/notes/index.js';
import { runTriage, startTriageJob } from '../../src/triage/triage-job.js';
import { healthyEdges, labTicket, seedTicket } from '../autoresolve/support/lab-tickets.js';
import { ONE_HOST_LAB, startOutageFixture, type OutageFixture } from '../support/outage-fixture.js';

let lab: OutageFixture;
let healthy: MonitoredEdge;
let broken: MonitoredEdge;

beforeAll(async () => {
  lab = await startOutageFixture({ lab: ONE_HOST_LAB });
  [healthy, broken] = (await healthyEdges(lab, 2)) as [MonitoredEdge, MonitoredEdge];
}, 120_000);

afterAll(async () => {
  await lab.close();
});

beforeEach(async () => {
  await lab.control('POST', '/reset');
  await lab.control('DELETE', '/slack/messages');
});

const iface = (edge: MonitoredEdge) => edge.status.links[0]?.interface ?? 'GE1';
const triageNotesOf = async (ticketId: number, serial: string) =>
  (await labTicket(lab.control, ticketId)).notes.filter(
    (note) => note.noteValue.includes('Triage (VeloCloud)') && note.serviceNumbers.includes(serial),
  );

describe('triage job against the lab (§2.10)', () => {
  it('appends a 24 h Events note to the ticket of a healthy edge without triage note', async () => {
    const serial = healthy.cached.serial_number;
    await lab.control('POST', `/fleet/edges/${serial}/links/${iface(healthy)}/flap`, { count: 2 });
    const ticket = await seedTicket(lab.control, { edge: healthy });
    const { deps, decisions } = lab.makeDeps();

    await runTriage(deps);

    const notes = await triageNotesOf(ticket.ticketID, serial);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.noteValue).toContain('New event: LINK_DEAD');
    expect(notes[0]?.noteValue).toContain(`Device: Interface ${iface(healthy)}`);
    expect(decisions.recorded).toContainEqual(
      expect.objectContaining({
        action: 'note',
        outcome: 'done',
        serial,
        reason: 'events note appended',
      }),
    );
    await waitFor('the Slack message', async () => {
      const found = await lab.slackPosted(
        `(serial: ${serial}) of ticket ${String(ticket.ticketID)}`,
      );
      return found.length > 0 ? found : undefined;
    });
  });

  it('posts the triage note of an edge in outage whose ticket has none', async () => {
    const serial = broken.cached.serial_number;
    await lab.control('POST', `/fleet/edges/${serial}/links/${iface(broken)}/down`);
    const ticket = await seedTicket(lab.control, { edge: broken });
    const { deps } = lab.makeDeps();

    await runTriage(deps);

    const notes = await triageNotesOf(ticket.ticketID, serial);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.noteValue).toContain('Outage Type: Link Down (no HA)');
    expect(notes[0]?.noteValue).toContain(`Interface ${iface(broken)} Status: DISCONNECTED`);
  });

  it('only tells Slack what it would have appended in would-have mode', async () => {
    const serial = broken.cached.serial_number;
    await lab.control('POST', `/fleet/edges/${serial}/links/${iface(broken)}/down`);
    const ticket = await seedTicket(lab.control, { edge: broken });
    const { deps, decisions } = lab.makeDeps({ mode: 'would-have' });

    await runTriage(deps);

    expect(await triageNotesOf(ticket.ticketID, serial)).toHaveLength(0);
    expect(decisions.recorded).toContainEqual(
      expect.objectContaining({ action: 'note', outcome: 'would-have', serial }),
    );
    await waitFor('the would-have message', async () => {
      const found = await lab.slackPosted(
        `Triage note would have been appended to ticket ${String(ticket.ticketID)}`,
      );
      return found.length > 0 ? found : undefined;
    });
  });

  it('leaves a ticket whose triage note is recent', async () => {
    const serial = healthy.cached.serial_number;
    const note = renderTriageNote({
      edge: healthy,
      outageType: 'Link Down (no HA)',
      reopening: false,
      events: [],
      now: new Date(),
    });
    const ticket = await seedTicket(lab.control, { edge: healthy, notes: [note] });
    const { deps, decisions } = lab.makeDeps();

    await runTriage(deps);

    expect(await triageNotesOf(ticket.ticketID, serial)).toHaveLength(1);
    expect(decisions.recorded).toContainEqual(
      expect.objectContaining({
        action: 'skip',
        serial,
        reason: 'triage/events note appended recently',
      }),
    );
  });

  it('records a refused events note as failed and tells Slack nothing', async () => {
    const serial = healthy.cached.serial_number;
    await lab.control('POST', `/fleet/edges/${serial}/links/${iface(healthy)}/flap`, { count: 1 });
    const ticket = await seedTicket(lab.control, { edge: healthy });
    await lab.control('POST', '/faults', {
      simulator: 'bruin',
      method: 'POST',
      path: '/api/Ticket/*/notes',
      action: { kind: 'error', status: 400 },
    });
    const { deps, decisions } = lab.makeDeps();

    await runTriage(deps);

    expect(await triageNotesOf(ticket.ticketID, serial)).toHaveLength(0);
    expect(decisions.recorded).toContainEqual(
      expect.objectContaining({
        action: 'note',
        outcome: 'failed',
        serial,
        reason: 'Bruin refused the events note',
      }),
    );
    // The failure report is sent before any "appended" message would be: once it is in, none came.
    await waitFor('the failure report', async () => {
      const found = await lab.slackPosted('Error while appending an events note');
      return found.length > 0 ? found : undefined;
    });
    expect(await lab.slackPosted(`(serial: ${serial}) of ticket`)).toEqual([]);
  });

  it('only records events notes in dry-run mode', async () => {
    const serial = healthy.cached.serial_number;
    await lab.control('POST', `/fleet/edges/${serial}/links/${iface(healthy)}/flap`, { count: 1 });
    const ticket = await seedTicket(lab.control, { edge: healthy });
    const { deps, decisions } = lab.makeDeps({ mode: 'dry-run' });

    await runTriage(deps);

    expect(await triageNotesOf(ticket.ticketID, serial)).toHaveLength(0);
    expect(decisions.recorded).toContainEqual(
      expect.objectContaining({ action: 'note', outcome: 'dry-run', serial, events: 2 }),
    );
    expect(await lab.slackPosted(`(serial: ${serial}) of ticket`)).toEqual([]);
  });

  it('skips a healthy edge without events in the last 24 h', async () => {
    const serial = healthy.cached.serial_number;
    const ticket = await seedTicket(lab.control, { edge: healthy });
    const { deps, decisions } = lab.makeDeps();

    await runTriage(deps);

    expect(await triageNotesOf(ticket.ticketID, serial)).toHaveLength(0);
    const skip = decisions.recorded.find((decision) => decision.serial === serial);
    expect(skip?.action).toBe('skip');
    expect(skip?.reason).toMatch(/^no events since/);
  });

  it('runs at start as a scheduled job and appends events since an old triage note', async () => {
    const serial = healthy.cached.serial_number;
    const note = renderTriageNote({
      edge: healthy,
      outageType: 'Link Down (no HA)',
      reopening: false,
      events: [],
      now: new Date(),
    });
    const ticket = await seedTicket(lab.control, { edge: healthy, notes: [note] });
    // Two lab hours later the note is old; a flap then makes new events.
    await lab.control('POST', '/clock/advance', { minutes: 120 });
    await lab.control('POST', `/fleet/edges/${serial}/links/${iface(healthy)}/flap`, {
      count: 1,
      overMs: 60_000,
    });
    const clock = await lab.control<{ epochMs: number }>('GET', '/clock');
    const shift = clock.epochMs - Date.now();
    const { deps, decisions } = lab.makeDeps({ now: () => new Date(Date.now() + shift) });

    const job = startTriageJob(deps, 3600);
    try {
      await waitFor('the run at start', () => job.lastRun, { timeoutMs: 30_000 });
    } finally {
      await job.stop();
    }

    expect(job.lastRun?.outcome).toBe('succeeded');
    const notes = await triageNotesOf(ticket.ticketID, serial);
    expect(notes).toHaveLength(2);
    expect(notes[1]?.noteValue).toContain('New event: LINK_ALIVE');
    expect(decisions.recorded).toContainEqual(
      expect.objectContaining({ action: 'note', outcome: 'done', serial, events: 2 }),
    );
  });
});
