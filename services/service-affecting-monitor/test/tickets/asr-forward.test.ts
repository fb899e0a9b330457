import { describe, expect, it } from 'vitest';
import { metricValue } from '@automation-engine/testing';
import { attemptAsrForward } from '../../src/tickets/asr-forward.js';
import { fakeDeps } from '../support/fake-deps.js';
import { SERIAL } from '../support/samples.js';
import { details, note, troubledLink, troubleNote } from './ticket-support.js';

const DETAILS = 'bruin.ticket.details.request';
const CHANGE = 'bruin.ticket.change.work';
const APPEND = 'bruin.ticket.note.append.request';

describe('ASR forward of circuit instability (spec §3.5 step 3)', () => {
  it('skips without a ticket', async () => {
    const fake = fakeDeps({});
    await attemptAsrForward(fake.deps, troubledLink(), null);
    expect(fake.calls).toEqual([]);
    expect(fake.decisions()).toMatchObject([{ action: 'skip', target_queue: 'ASR Investigate' }]);
  });

  it('forwards a wireless link to HNOC right away', async () => {
    const fake = fakeDeps({});
    await attemptAsrForward(fake.deps, troubledLink({}, 'Verizon', 'GE2'), 70);
    expect(fake.calls).toEqual([]);
    expect(fake.scheduled.map((s) => [s.key, s.dueAt.toISOString()])).toEqual([
      [`70-${SERIAL}-HNOC`, '2026-11-22T17:00:00.000Z'],
    ]);
  });

  it.each([
    ['a PIAB label', 'PIAB wireless'],
    ['an IP-address label', '192.168.1.20'],
    ['a BYOB wireless label', 'byob'],
  ])('does not forward a link with %s', async (_name, label) => {
    const fake = fakeDeps({});
    await attemptAsrForward(
      fake.deps,
      troubledLink({}, label, label === 'byob' ? 'GE2' : 'GE1'),
      70,
    );
    expect(fake.calls).toEqual([]);
    expect(fake.scheduled).toEqual([]);
  });

  it('does not forward when the details cannot be read', async () => {
    const fake = fakeDeps({ bridges: { [DETAILS]: { status: 500, body: 'x' } } });
    await attemptAsrForward(fake.deps, troubledLink(), 70);
    expect(fake.bodiesOf(CHANGE)).toEqual([]);
  });

  it('does not forward when the ticket documents another trouble', async () => {
    const fake = fakeDeps({
      bridges: {
        [DETAILS]: details([
          note(troubleNote('Circuit Instability'), '2026-11-22T10:00:00Z'),
          note(troubleNote('Latency'), '2026-11-22T11:00:00Z'),
        ]),
      },
    });
    await attemptAsrForward(fake.deps, troubledLink(), 70);
    expect(fake.bodiesOf(CHANGE)).toEqual([]);
    expect(fake.decisions().at(-1)).toMatchObject({
      reason: 'the ticket documents other troubles for this serial',
    });
  });

  it('does not forward twice', async () => {
    const fake = fakeDeps({
      bridges: {
        [DETAILS]: details([
          note(troubleNote('Circuit Instability'), '2026-11-22T10:00:00Z'),
          note(
            "#*MetTel's IPA*#\nStatus of Wired Link GE1 (x) is STABLE.\nMoving task to: ASR Investigate",
            '2026-11-22T11:00:00Z',
          ),
        ]),
      },
    });
    await attemptAsrForward(fake.deps, troubledLink(), 70);
    expect(fake.bodiesOf(CHANGE)).toEqual([]);
  });

  it('moves the wired task to No Trouble Found - Carrier Issue, counts, notes and posts to Slack', async () => {
    const fake = fakeDeps({
      bridges: {
        [DETAILS]: details(
          [note(troubleNote('Circuit Instability'), '2026-11-22T10:00:00Z')],
          'I',
          901,
        ),
      },
    });
    await attemptAsrForward(fake.deps, troubledLink(), 70);
    expect(fake.bodiesOf(CHANGE)).toEqual([
      {
        ticket_id: 70,
        queue_name: 'No Trouble Found - Carrier Issue',
        service_number: SERIAL,
        detail_id: 901,
      },
    ]);
    expect(String(fake.bodiesOf(APPEND)[0]?.['note'])).toContain(
      'Status of Wired Link GE1 (Comcast) is STABLE.\nMoving task to: ASR Investigate',
    );
    expect(fake.slack).toEqual([
      `Detail of Circuit Instability ticket 70 related to serial ${SERIAL} was successfully forwarded to No Trouble Found - Carrier Issue queue!`,
    ]);
    expect(
      await metricValue(fake.registry, 'tasks_forwarded_total', {
        target_queue: 'ASR Investigate',
        trouble: 'Circuit Instability',
      }),
    ).toBe(1);
  });

  it('counts nothing when the change of work fails, and holds it outside live mode', async () => {
    const answers = {
      [DETAILS]: details([note(troubleNote('Circuit Instability'), '2026-11-22T10:00:00Z')]),
    };
    const failing = fakeDeps({
      bridges: { ...answers, [CHANGE]: { status: 404, body: 'no queue' } },
    });
    await attemptAsrForward(failing.deps, troubledLink(), 70);
    expect(await metricValue(failing.registry, 'tasks_forwarded_total')).toBeUndefined();
    expect(failing.bodiesOf(APPEND)).toEqual([]);
    const held = fakeDeps({ mode: 'would-have', bridges: answers });
    await attemptAsrForward(held.deps, troubledLink(), 70);
    expect(held.bodiesOf(CHANGE)).toEqual([]);
    expect(held.decisions().at(-1)).toMatchObject({ action: 'forward', outcome: 'would-have' });
  });
});
