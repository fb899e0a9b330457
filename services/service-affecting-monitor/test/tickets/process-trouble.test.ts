import { describe, expect, it } from 'vitest';
import { metricValue } from '@automation-engine/testing';
import { processTrouble } from '../../src/tickets/process-trouble.js';
import { oldestFirst } from '../../src/tickets/find-ticket.js';
import {
  hnocOrByobAcknowledgement,
  scheduleHnocForward,
  sendReminder,
} from '../../src/tickets/follow-ups.js';
import { fakeDeps } from '../support/fake-deps.js';
import { SERIAL } from '../support/samples.js';
import {
  details,
  detailsById,
  note,
  ticket,
  ticketsByStatus,
  troubledLink,
  troubleNote,
} from './ticket-support.js';

const BASIC = 'bruin.ticket.basic.request';
const DETAILS = 'bruin.ticket.details.request';
const APPEND = 'bruin.ticket.note.append.request';
const OPEN = 'bruin.ticket.status.open';
const CREATE = 'bruin.ticket.creation.request';
const SUBSCRIBE = 'bruin.subscribe.user';
const MILESTONE = 'bruin.notification.email.milestone';
const WRITES = [APPEND, OPEN, CREATE, SUBSCRIBE, MILESTONE, 'bruin.ticket.change.work'];

describe('processing a detected trouble (spec §3.5)', () => {
  it('ignores a BYOB link: no lookup, no ticket, no note (HEAD quirk §6.5)', async () => {
    const fake = fakeDeps({});
    const result = await processTrouble(fake.deps, troubledLink({}, 'BYOB Cable'), 'Latency');
    expect(result).toBeNull();
    expect(fake.calls).toEqual([]);
    expect(fake.decisions()).toMatchObject([
      { action: 'skip', reason: 'BYOB link label: ignored', serial: SERIAL },
    ]);
  });

  it('stops when the open tickets cannot be read', async () => {
    const fake = fakeDeps({ bridges: { [BASIC]: { status: 500, body: 'boom' } } });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBeNull();
    expect(fake.calls.map((c) => c.subject)).toEqual([BASIC]);
    expect(fake.decisions()).toMatchObject([{ action: 'skip', outcome: 'failed' }]);
  });

  it('appends a trouble note to the open ticket of another trouble, and posts to Slack', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([ticket(11, '2026-11-20T10:00:00Z')]),
        [DETAILS]: details([note(troubleNote('Jitter'), '2026-11-20T10:00:00Z')]),
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(11);
    const [append] = fake.bodiesOf(APPEND);
    expect(append).toMatchObject({ ticket_id: 11, service_numbers: [SERIAL] });
    expect(String(append?.['note'])).toContain('Trouble: Latency');
    expect(fake.slack).toEqual([
      `Service Affecting trouble note posted for serial number ${SERIAL} of ticket 11. Detected trouble was LATENCY. https://app.bruin.com/t/11`,
    ]);
    expect(fake.decisions()).toMatchObject([
      { action: 'note', outcome: 'done', ticket_id: 11, trouble: 'Latency' },
    ]);
  });

  it('appends nothing when this trouble was documented since the latest reopen', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([ticket(11, '2026-11-20T10:00:00Z')]),
        [DETAILS]: details([
          note(troubleNote('Latency'), '2026-11-20T10:00:00Z'),
          note(troubleNote('Jitter', true), '2026-11-21T10:00:00Z'),
          note(troubleNote('Latency'), '2026-11-21T11:00:00Z'),
        ]),
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(11);
    expect(fake.bodiesOf(APPEND)).toEqual([]);
    expect(fake.decisions()).toMatchObject([
      { action: 'skip', reason: 'a note for this trouble exists since the latest reopen' },
    ]);
  });

  it('appends again when the only note of this trouble is older than the latest reopen', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([ticket(11, '2026-11-20T10:00:00Z')]),
        [DETAILS]: details([
          note(troubleNote('Latency'), '2026-11-20T10:00:00Z'),
          note(troubleNote('Jitter', true), '2026-11-21T10:00:00Z'),
        ]),
      },
    });
    await processTrouble(fake.deps, troubledLink(), 'Latency');
    expect(fake.bodiesOf(APPEND)).toHaveLength(1);
  });

  it('picks the oldest ticket that documents affecting troubles for the serial', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([
          ticket(13, '2026-11-21T10:00:00Z'),
          ticket(12, '2026-11-19T10:00:00Z'),
          ticket(11, '2026-11-18T10:00:00Z'),
        ]),
        [DETAILS]: detailsById({
          11: details([note("#*MetTel's IPA*#\nClient Reminder", '2026-11-18T10:00:00Z')]),
          12: details([note(troubleNote('Jitter'), '2026-11-19T10:00:00Z', 'OTHER-SERIAL')]),
          13: details([note(troubleNote('Jitter'), '2026-11-21T10:00:00Z')]),
        }),
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(13);
    expect(fake.bodiesOf(DETAILS).map((b) => b['ticket_id'])).toEqual([11, 12, 13]);
    expect(fake.bodiesOf(APPEND)[0]).toMatchObject({ ticket_id: 13 });
  });

  it('reopens the resolved task of an open ticket, notes the reopen and schedules HNOC at the day grace', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([ticket(11, '2026-11-20T10:00:00Z')]),
        [DETAILS]: details([note(troubleNote('Jitter'), '2026-11-20T10:00:00Z')], 'R', 777),
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(11);
    expect(fake.bodiesOf(OPEN)).toEqual([{ ticket_id: 11, detail_id: 777 }]);
    expect(String(fake.bodiesOf(APPEND)[0]?.['note'])).toContain(
      "#*MetTel's IPA*#\nRe-opening ticket.\n\nTrouble: Latency",
    );
    expect(fake.slack).toEqual([
      `Task for serial number ${SERIAL} of Service Affecting ticket 11 has been unresolved. Detected trouble was LATENCY. https://app.bruin.com/t/11`,
    ]);
    // 17:00 UTC at a UTC-5 site is 12:00, day time: 5400 s → 90 minutes.
    expect(fake.scheduled).toHaveLength(1);
    expect(fake.scheduled[0]?.key).toBe(`11-${SERIAL}-HNOC`);
    expect(fake.scheduled[0]?.dueAt.toISOString()).toBe('2026-11-22T18:30:00.000Z');
    expect(fake.scheduled[0]?.data).toEqual({
      service: 'service-affecting-monitor',
      ticket_id: 11,
      serial_number: SERIAL,
      target_queue: 'HNOC Investigate',
      metrics_labels: {
        client: 'Acme',
        trouble: 'Latency',
        has_byob: false,
        link_type: 'WIRED',
        target_queue: 'HNOC Investigate',
      },
    });
    expect(
      await metricValue(fake.registry, 'tasks_reopened_total', {
        trouble: 'Latency',
        link_types: 'Wired',
      }),
    ).toBe(1);
    expect(fake.decisions().map((d) => [d['action'], d['outcome']])).toEqual([
      ['reopen', 'done'],
      ['note', 'done'],
      ['schedule-forward', 'done'],
    ]);
  });

  it('uses the night grace (180 min) at night site time', async () => {
    const fake = fakeDeps({
      now: new Date('2026-11-22T09:00:00Z'), // 04:00 at the site
      bridges: {
        [BASIC]: ticketsByStatus([], [ticket(21, '2026-11-01T10:00:00Z')]),
        [DETAILS]: details([note(troubleNote('Latency'), '2026-11-01T10:00:00Z')], 'R'),
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(21);
    expect(fake.scheduled[0]?.dueAt.toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });

  it('reopens the oldest resolved ticket when there is no open one', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([], [ticket(21, '2026-11-01T10:00:00Z')]),
        [DETAILS]: details([note(troubleNote('Packet Loss'), '2026-11-01T10:00:00Z')], 'R', 42),
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(21);
    expect(fake.bodiesOf(BASIC).map((b) => b['ticket_statuses'])).toEqual([
      ['New', 'InProgress', 'Draft'],
      ['Resolved'],
    ]);
    expect(fake.bodiesOf(BASIC)[0]).toMatchObject({
      ticket_topic: 'VAS',
      product_category: 'SD-WAN',
      client_id: 30000,
      service_number: SERIAL,
    });
    expect(fake.bodiesOf(OPEN)).toEqual([{ ticket_id: 21, detail_id: 42 }]);
  });

  it('counts nothing and notes nothing when the reopen fails', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([], [ticket(21, '2026-11-01T10:00:00Z')]),
        [DETAILS]: details([note(troubleNote('Latency'), '2026-11-01T10:00:00Z')], 'R'),
        [OPEN]: { status: 500, body: 'no' },
      },
    });
    await processTrouble(fake.deps, troubledLink(), 'Latency');
    expect(fake.bodiesOf(APPEND)).toEqual([]);
    expect(fake.scheduled).toEqual([]);
    expect(await metricValue(fake.registry, 'tasks_reopened_total')).toBeUndefined();
    expect(fake.decisions()).toMatchObject([{ action: 'reopen', outcome: 'failed' }]);
  });

  it('creates a VAS ticket with contacts, subscribes, notes and schedules HNOC when nothing is found', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([], []),
        [CREATE]: { status: 200, body: { ticketIds: [9001] } },
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(9001);
    expect(fake.bodiesOf(CREATE)).toEqual([
      {
        clientId: 30000,
        category: 'VAS',
        services: [{ serviceNumber: SERIAL }],
        contacts: [
          { email: 'site@acme.example', name: 'Site Person', type: 'site', phone: '555-0100' },
          {
            email: 'ticket@acme.example',
            name: 'Ticket Person',
            type: 'ticket',
            phone: '555-0101',
          },
        ],
      },
    ]);
    expect(fake.bodiesOf(SUBSCRIBE)).toEqual([
      { ticket_id: 9001, user_email: 'watcher@acme.example', subscription_type: '2' },
    ]);
    expect(fake.slack).toEqual([
      `Service Affecting ticket has been created for serial number ${SERIAL}. Detected trouble was LATENCY. https://app.bruin.com/t/9001`,
    ]);
    expect(fake.bodiesOf(APPEND)[0]).toMatchObject({ ticket_id: 9001, service_numbers: [SERIAL] });
    expect(fake.scheduled.map((s) => s.key)).toEqual([`9001-${SERIAL}-HNOC`]);
    expect(
      await metricValue(fake.registry, 'tasks_created_total', {
        trouble: 'Latency',
        has_byob: 'False',
      }),
    ).toBe(1);
  });

  it('creates a circuit-instability ticket without an HNOC forward', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([], []),
        [CREATE]: { status: 200, body: { ticketIds: [9002] } },
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Circuit Instability')).toBe(9002);
    expect(fake.bodiesOf(APPEND)).toHaveLength(1);
    expect(fake.scheduled).toEqual([]);
  });

  it('creates a ticket when a details failure ends the search', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus(
          [ticket(11, '2026-11-20T10:00:00Z')],
          [ticket(12, '2026-11-01T10:00:00Z')],
        ),
        [DETAILS]: { status: 500, body: 'down' },
        [CREATE]: { status: 200, body: { ticketIds: [9003] } },
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Jitter')).toBe(9003);
  });

  it('reports a failed creation and does nothing else', async () => {
    const fake = fakeDeps({
      bridges: { [BASIC]: ticketsByStatus([], []), [CREATE]: { status: 400, body: 'bad' } },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Jitter')).toBeNull();
    expect(fake.bodiesOf(APPEND)).toEqual([]);
    expect(fake.decisions()).toMatchObject([{ action: 'create', outcome: 'failed' }]);
  });

  it.each(['would-have', 'dry-run'] as const)('writes nothing in %s mode', async (mode) => {
    for (const situation of [
      { open: [ticket(11, '2026-11-20T10:00:00Z')], status: 'I' },
      { open: [ticket(11, '2026-11-20T10:00:00Z')], status: 'R' },
      { open: [], status: 'I' },
    ]) {
      const fake = fakeDeps({
        mode,
        bridges: {
          [BASIC]: ticketsByStatus(situation.open, []),
          [DETAILS]: details(
            [note(troubleNote('Jitter'), '2026-11-20T10:00:00Z')],
            situation.status,
          ),
        },
      });
      await processTrouble(fake.deps, troubledLink(), 'Latency');
      expect(fake.calls.filter((c) => WRITES.includes(c.subject))).toEqual([]);
      expect(fake.scheduled).toEqual([]);
      expect(fake.decisions().at(-1)).toMatchObject({ outcome: mode });
    }
  });
});

describe('BYOB follow-ups', () => {
  const byob = troubledLink({}, 'Customer Owned DSL');

  it('sends the acknowledgement e-mail and then the Client Reminder note instead of HNOC', async () => {
    const fake = fakeDeps({});
    await hnocOrByobAcknowledgement(fake.deps, { link: byob, trouble: 'Latency', ticketId: 5 });
    expect(fake.scheduled).toEqual([]);
    expect(fake.bodiesOf(MILESTONE)).toEqual([
      {
        ticket_id: 5,
        service_number: SERIAL,
        notification_type: 'TicketBYOBAffectingRepairAcknowledgement-E-Mail',
      },
    ]);
    expect(fake.bodiesOf(APPEND)).toEqual([
      { ticket_id: 5, note: "#*MetTel's IPA*#\nClient Reminder", service_numbers: [SERIAL] },
    ]);
  });

  it('appends no reminder note when the acknowledgement fails', async () => {
    const fake = fakeDeps({ bridges: { [MILESTONE]: { status: 500, body: 'x' } } });
    await hnocOrByobAcknowledgement(fake.deps, { link: byob, trouble: 'Latency', ticketId: 5 });
    expect(fake.bodiesOf(APPEND)).toEqual([]);
  });

  const found = (createdDate: string) => ({
    ticket: ticket(5, '2026-11-01T00:00:00Z'),
    task: undefined,
    notes: [note(troubleNote('Latency'), createdDate)],
  });

  it('sends the reminder e-mail, note and Slack when due', async () => {
    const fake = fakeDeps({});
    await sendReminder(fake.deps, {
      link: byob,
      trouble: 'Latency',
      found: found('2026-11-10T00:00:00Z'),
    });
    expect(fake.bodiesOf(MILESTONE)[0]).toMatchObject({
      notification_type: 'TicketBYOBAffectingRepairReminder-E-Mail',
    });
    expect(fake.bodiesOf(APPEND)).toHaveLength(1);
    expect(fake.slack).toEqual([
      `Service Affecting reminder note posted for serial number ${SERIAL} of ticket 5. https://app.bruin.com/t/5`,
    ]);
  });

  it('sends no reminder while the cycle started less than 24 h ago', async () => {
    const fake = fakeDeps({});
    await sendReminder(fake.deps, {
      link: byob,
      trouble: 'Latency',
      found: found('2026-11-22T10:00:00Z'),
    });
    expect(fake.calls).toEqual([]);
  });

  it('stops the reminder chain when the e-mail fails, and holds it outside live mode', async () => {
    const failing = fakeDeps({ bridges: { [MILESTONE]: { status: 500, body: 'x' } } });
    await sendReminder(failing.deps, {
      link: byob,
      trouble: 'Latency',
      found: found('2026-11-10T00:00:00Z'),
    });
    expect(failing.bodiesOf(APPEND)).toEqual([]);
    expect(failing.slack).toEqual([]);
    const held = fakeDeps({ mode: 'would-have' });
    await sendReminder(held.deps, {
      link: byob,
      trouble: 'Latency',
      found: found('2026-11-10T00:00:00Z'),
    });
    expect(held.calls).toEqual([]);
  });
});

describe('edge cases of the flow', () => {
  it('stops when the resolved tickets cannot be read', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: (body) =>
          (body['ticket_statuses'] as string[]).includes('Resolved')
            ? { status: 503, body: 'timeout' }
            : { status: 200, body: [] },
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBeNull();
    expect(fake.bodiesOf(CREATE)).toEqual([]);
    expect(fake.decisions()).toMatchObject([{ reason: 'resolved VAS tickets could not be read' }]);
  });

  it('skips the reopen of a resolved ticket without a task for the serial', async () => {
    const fake = fakeDeps({
      bridges: {
        [BASIC]: ticketsByStatus([], [ticket(21, '2026-11-01T10:00:00Z')]),
        [DETAILS]: {
          status: 200,
          body: {
            ticketDetails: [],
            ticketNotes: [note(troubleNote('Latency'), '2026-11-01T10:00:00Z')],
          },
        },
      },
    });
    expect(await processTrouble(fake.deps, troubledLink(), 'Latency')).toBe(21);
    expect(fake.bodiesOf(OPEN)).toEqual([]);
    expect(fake.decisions()).toMatchObject([
      { reason: 'the resolved ticket has no task for the serial' },
    ]);
  });

  it('sorts tickets by creation date, unreadable dates last', () => {
    const sorted = oldestFirst([
      ticket(1, 'not a date'),
      ticket(2, '2026-11-02T00:00:00Z'),
      ticket(3, '2026-11-01T00:00:00Z'),
      ticket(4, ''),
    ]);
    expect(sorted.map((t) => t.ticketID)).toEqual([3, 2, 1, 4]);
  });

  it('records an HNOC forward already scheduled, a Redis failure, and holds it outside live mode', async () => {
    const spec = {
      link: troubledLink(),
      trouble: 'Latency' as const,
      ticketId: 5,
      delayMinutes: 90,
    };
    const again = fakeDeps({ scheduleAdds: false });
    await scheduleHnocForward(again.deps, spec);
    expect(again.decisions()).toMatchObject([
      { outcome: 'skipped', reason: 'an HNOC forward is already scheduled for this task' },
    ]);
    const broken = fakeDeps({ scheduleFails: true });
    await scheduleHnocForward(broken.deps, spec);
    expect(broken.decisions()).toMatchObject([
      { outcome: 'failed', reason: 'task-dispatcher Redis failed' },
    ]);
    const held = fakeDeps({ mode: 'dry-run' });
    await scheduleHnocForward(held.deps, spec);
    expect(held.scheduled).toEqual([]);
    expect(held.decisions()).toMatchObject([{ outcome: 'dry-run', action: 'schedule-forward' }]);
  });
});
