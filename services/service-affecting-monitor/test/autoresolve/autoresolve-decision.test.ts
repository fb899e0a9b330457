import { describe, expect, it } from 'vitest';
import type {
  BruinTicketDetailShape,
  BruinTicketNoteShape,
} from '@automation-engine/contracts/bruin';
import { LEGACY_NOTE_HEADER, NOTE_HEADER } from '@automation-engine/monitoring';
import {
  autoresolvedTroubleLabel,
  decideAutoresolve,
  type AutoresolveCase,
} from '../../src/autoresolve/autoresolve-decision.js';
import { renderAutoresolveNote } from '../../src/autoresolve/autoresolve-note.js';

const SERIAL = 'VC05200000001';
const IPA = 'Intelygenz Ai';
const NOW = new Date('2026-11-22T12:00:00Z'); // 12:00 at a UTC site: day time
const minutesAgo = (minutes: number, from = NOW) =>
  new Date(from.getTime() - minutes * 60_000).toISOString();

function troubleNote(spec: {
  trouble?: string;
  label?: string;
  iface?: string;
  linkType?: string;
  reopen?: boolean;
  header?: string;
}): string {
  return [
    spec.header ?? NOTE_HEADER,
    ...(spec.reopen === true ? ['Re-opening ticket.', ''] : []),
    `Trouble: ${spec.trouble ?? 'Latency'}`,
    '',
    'Edge Name: edge-1',
    `Name: ${spec.label ?? 'Comcast'}`,
    `Interface: ${spec.iface ?? 'GE1'}`,
    'IP Address: 10.0.0.1',
    `Link Type: ${spec.linkType ?? 'Public Wired'}`,
    '',
    'Interval for Scan: 30 minutes',
  ].join('\n');
}

const note = (
  noteValue: string,
  createdDate: string,
  serials = [SERIAL],
): BruinTicketNoteShape => ({
  noteValue,
  createdDate,
  serviceNumber: serials,
});
const autoresolveNote = (at: string) =>
  note(renderAutoresolveNote({ serial: SERIAL, now: new Date(at) }), at);

function detail(
  extra: Partial<BruinTicketDetailShape> & Record<string, unknown> = {},
): BruinTicketDetailShape {
  return {
    detailID: 555,
    detailValue: SERIAL,
    detailStatus: 'I',
    currentTaskName: 'HNOC Investigate',
    assignedToName: null,
    ...extra,
  };
}

function aCase(overrides: Partial<AutoresolveCase> = {}): AutoresolveCase {
  return {
    serial: SERIAL,
    ticket: { ticketID: 42, createdBy: IPA, createDate: minutesAgo(600) },
    details: [detail()],
    notes: [note(troubleNote({}), minutesAgo(30))],
    cached: {
      logical_ids: [
        {
          interface_name: 'GE1',
          logical_id: 'aa:bb',
          access_type: 'Wireless',
          service_number: 'C1',
        },
        {
          interface_name: 'GE2',
          logical_id: 'aa:cc',
          access_type: 'Ethernet/T1/MPLS',
          service_number: 'C2',
        },
      ],
      site_details: { tzOffset: 0 },
    },
    now: NOW,
    settings: {
      ipaSystemUsername: IPA,
      hnocBlacklistedLabels: ['byob', 'customer owned'],
      grace: { dayStartHour: 8, dayEndHour: 0, daySeconds: 5_400, nightSeconds: 10_800 },
      maxAutoresolvesPerTicket: 3,
    },
    ...overrides,
  };
}

describe('decideAutoresolve (spec §3.6 with the table of §2.9)', () => {
  it.each<[string, Partial<AutoresolveCase>, boolean, RegExp]>([
    ['resolves a recent trouble of an IPA ticket', {}, true, /stable/],
    [
      'skips a ticket not created by the IPA user',
      { ticket: { ticketID: 42, createdBy: 'Jane Doe', createDate: minutesAgo(600) } },
      false,
      /not created by the IPA user/,
    ],
    [
      'skips a ticket with no task for the serial',
      { details: [detail({ detailValue: 'OTHER' })] },
      false,
      /no task for the serial/,
    ],
    [
      'skips an Ethernet link whose task is assigned',
      {
        notes: [note(troubleNote({ iface: 'GE2' }), minutesAgo(30))],
        details: [detail({ assignedToName: 'Jane Doe' })],
      },
      false,
      /Ethernet link and the task is assigned/,
    ],
    [
      'resolves an Ethernet link whose task is assigned to "0" (not assigned)',
      {
        notes: [note(troubleNote({ iface: 'GE2' }), minutesAgo(30))],
        details: [detail({ assignedToName: '0' })],
      },
      true,
      /stable/,
    ],
    [
      'skips when the last trouble note is older than the day grace (90 min)',
      { notes: [note(troubleNote({}), minutesAgo(91))] },
      false,
      /older than the grace period/,
    ],
    [
      'uses the last trouble note of any trouble, reopen notes included',
      {
        notes: [
          note(troubleNote({}), minutesAgo(300)),
          note(troubleNote({ trouble: 'Jitter', reopen: true }), minutesAgo(20)),
        ],
      },
      true,
      /stable/,
    ],
    [
      'falls back to the ticket creation without trouble notes (recent creation)',
      { notes: [], ticket: { ticketID: 42, createdBy: IPA, createDate: minutesAgo(10) } },
      true,
      /stable/,
    ],
    [
      'falls back to the ticket creation without trouble notes (old creation)',
      { notes: [], ticket: { ticketID: 42, createdBy: IPA, createDate: minutesAgo(200) } },
      false,
      /older than the grace period/,
    ],
    [
      'ignores trouble notes of other serials for the recency',
      {
        notes: [
          note(troubleNote({}), minutesAgo(100)),
          note(troubleNote({}), minutesAgo(5), ['OTHER']),
        ],
      },
      false,
      /older than the grace period/,
    ],
    [
      'skips when 3 auto-resolve notes exist for the serial',
      {
        notes: [
          autoresolveNote(minutesAgo(300)),
          autoresolveNote(minutesAgo(200)),
          autoresolveNote(minutesAgo(100)),
          note(troubleNote({}), minutesAgo(30)),
        ],
      },
      false,
      /auto-resolve limit reached \(3 of 3\)/,
    ],
    [
      'resolves with 2 auto-resolve notes',
      {
        notes: [
          autoresolveNote(minutesAgo(300)),
          autoresolveNote(minutesAgo(200)),
          note(troubleNote({}), minutesAgo(30)),
        ],
      },
      true,
      /stable/,
    ],
    [
      'does not count auto-resolve notes of another serial',
      {
        notes: [
          ...[300, 200, 100].map((m) => ({
            ...autoresolveNote(minutesAgo(m)),
            serviceNumber: ['OTHER'],
          })),
          note(troubleNote({}), minutesAgo(30)),
        ],
      },
      true,
      /stable/,
    ],
    [
      'skips a task already resolved',
      { details: [detail({ detailStatus: 'R' })] },
      false,
      /already resolved/,
    ],
    [
      'bypasses grace, limit and Ethernet rows for a BYOB link in IPA Investigate',
      {
        notes: [
          autoresolveNote(minutesAgo(900)),
          autoresolveNote(minutesAgo(800)),
          autoresolveNote(minutesAgo(700)),
          note(troubleNote({ label: 'BYOB Comcast', iface: 'GE2' }), minutesAgo(600)),
        ],
        details: [detail({ currentTaskName: 'IPA Investigate', assignedToName: 'Jane Doe' })],
      },
      true,
      /BYOB link with the task in IPA Investigate/,
    ],
    [
      'does not bypass a BYOB link outside IPA Investigate',
      {
        notes: [note(troubleNote({ label: 'BYOB Comcast' }), minutesAgo(600))],
        details: [detail({ currentTaskName: 'HNOC Investigate' })],
      },
      false,
      /older than the grace period/,
    ],
    [
      'still skips a resolved task after the BYOB bypass',
      {
        notes: [note(troubleNote({ label: 'customer owned' }), minutesAgo(600))],
        details: [detail({ currentTaskName: 'IPA Investigate', detailStatus: 'R' })],
      },
      false,
      /already resolved/,
    ],
    [
      'reads the BYOB label from the first trouble note of the current cycle (after the latest reopen)',
      {
        notes: [
          note(troubleNote({ label: 'BYOB Comcast' }), minutesAgo(900)),
          note(troubleNote({ label: 'Comcast', reopen: true }), minutesAgo(600)),
        ],
        details: [detail({ currentTaskName: 'IPA Investigate' })],
      },
      false,
      /older than the grace period/,
    ],
  ])('%s', (...[, overrides, resolve, reason]) => {
    const decision = decideAutoresolve(aCase(overrides));
    expect(decision.resolve).toBe(resolve);
    expect(decision.reason).toMatch(reason);
  });

  it.each([
    ['day (12:00 site time): 89 minutes is recent', '2026-11-22T12:00:00Z', 0, 89, true],
    ['day (12:00 site time): 91 minutes is too old', '2026-11-22T12:00:00Z', 0, 91, false],
    ['night (03:00 site time): 179 minutes is recent', '2026-11-22T03:00:00Z', 0, 179, true],
    ['night (03:00 site time): 181 minutes is too old', '2026-11-22T03:00:00Z', 0, 181, false],
    ['site offset -5 h turns 12:00 UTC into 07:00 night', '2026-11-22T12:00:00Z', -5, 150, true],
  ])('grace by site time — %s', (...[, now, tzOffset, minutes, resolve]) => {
    const at = new Date(now);
    const decision = decideAutoresolve(
      aCase({
        now: at,
        notes: [note(troubleNote({}), minutesAgo(minutes, at))],
        cached: { logical_ids: [], site_details: { tzOffset } },
      }),
    );
    expect(decision.resolve).toBe(resolve);
  });

  it('reads troubles, BYOB, link type and access type from the current cycle', () => {
    const decision = decideAutoresolve(
      aCase({
        notes: [
          note(troubleNote({ trouble: 'Packet Loss' }), minutesAgo(200)),
          note(
            troubleNote({
              trouble: 'Jitter',
              iface: 'GE2',
              linkType: 'Private Wireless',
              reopen: true,
              header: LEGACY_NOTE_HEADER,
            }),
            minutesAgo(50),
          ),
          note(troubleNote({ trouble: 'Latency' }), minutesAgo(40)),
        ],
      }),
    );
    expect(decision).toMatchObject({
      resolve: true,
      troubles: ['Jitter', 'Latency'],
      hasByob: false,
      linkType: 'Wireless',
      accessType: 'Ethernet/T1/MPLS',
      detailId: 555,
    });
  });

  it('has unknown facts without a trouble note', () => {
    const decision = decideAutoresolve(
      aCase({ notes: [], ticket: { ticketID: 1, createdBy: IPA, createDate: minutesAgo(1) } }),
    );
    expect(decision).toMatchObject({
      troubles: [],
      hasByob: null,
      linkType: null,
      accessType: null,
    });
  });
});

describe('autoresolvedTroubleLabel', () => {
  it.each([
    [[], 'Unknown'],
    [['Jitter'], 'Jitter'],
    [['Jitter', 'Latency'], 'Multiple'],
  ] as const)('%j → %s', (troubles, label) => {
    expect(autoresolvedTroubleLabel(troubles)).toBe(label);
  });
});

describe('renderAutoresolveNote (spec §3.7)', () => {
  it('writes the header, the stabilised sentence, the serial and the time stamp', () => {
    expect(renderAutoresolveNote({ serial: SERIAL, now: NOW }).split('\n')).toEqual([
      NOTE_HEADER,
      'All Service Affecting conditions (Latency, Packet Loss, Jitter, Bandwidth Over Utilization and Circuit Instability) have stabilized.',
      `Auto-resolving task for serial: ${SERIAL}`,
      'TimeStamp: 2026-11-22T12:00:00.000Z',
    ]);
  });
});
