import { describe, expect, it } from 'vitest';
import { NOTE_HEADER } from '@automation-engine/monitoring';
import {
  reoccurringEmail,
  reoccurringRows,
  reoccurringWindow,
} from '../../src/reports/reoccurring-report.js';
import { reportTicket, troubleNoteText } from './tickets.js';

const edgeNames = new Map<string, string | null>([
  ['VC2', 'edge-two'],
  ['VC1', 'edge-one'],
]);
const troubles = ['Jitter', 'Latency', 'Packet Loss', 'Bandwidth Over Utilization'] as const;
const rows = (tickets: Parameters<typeof reoccurringRows>[0]['tickets'], threshold = 3) =>
  reoccurringRows({ tickets, edgeNames, troubles, threshold });

describe('reoccurringRows (spec §3.8)', () => {
  it('reports a trouble on an interface noted in 3 distinct tickets', () => {
    const result = rows(
      [1, 2, 3].map((id) =>
        reportTicket({ id, serial: 'VC1', notes: [troubleNoteText('Latency', 'GE1')] }),
      ),
    );
    expect(result).toEqual([
      {
        trouble: 'Latency',
        serial: 'VC1',
        edgeName: 'edge-one',
        location: ['1 Main St', 'Springfield', 'IL', '62701', 'USA'],
        tickets: [1, 2, 3],
        interface: 'GE1',
      },
    ]);
  });

  it('leaves out 2 distinct tickets, however many notes they have', () => {
    const note = troubleNoteText('Latency', 'GE1');
    expect(
      rows([
        reportTicket({ id: 1, serial: 'VC1', notes: [note, note, note] }),
        reportTicket({ id: 2, serial: 'VC1', notes: [note] }),
      ]),
    ).toEqual([]);
  });

  it('counts per interface and per trouble separately', () => {
    const tickets = [1, 2, 3].map((id) =>
      reportTicket({
        id,
        serial: 'VC1',
        notes: [
          troubleNoteText('Latency', id === 3 ? 'GE2' : 'GE1'),
          troubleNoteText('Jitter', 'GE1'),
        ],
      }),
    );
    expect(rows(tickets).map((row) => [row.trouble, row.interface, row.tickets])).toEqual([
      ['Jitter', 'GE1', [1, 2, 3]],
    ]);
  });

  it('honours another threshold', () => {
    const tickets = [1, 2].map((id) =>
      reportTicket({ id, serial: 'VC1', notes: [troubleNoteText('Jitter', 'GE1')] }),
    );
    expect(rows(tickets, 2)).toHaveLength(1);
  });

  it('ignores troubles that are not reported, notes of people and notes of other serials', () => {
    const tickets = [1, 2, 3].map((id) =>
      reportTicket({
        id,
        serial: 'VC1',
        notes: [
          troubleNoteText('Circuit Instability', 'GE1'),
          'Trouble: Latency\nInterface: GE1',
          {
            noteValue: troubleNoteText('Latency', 'GE1'),
            serviceNumber: ['VC9'],
            createdDate: null,
          },
        ],
      }),
    );
    expect(rows(tickets)).toEqual([]);
  });

  it('ignores serials that are not cached edges of the selected clients', () => {
    const tickets = [1, 2, 3].map((id) =>
      reportTicket({ id, serial: 'VC7', notes: [troubleNoteText('Latency', 'GE1')] }),
    );
    expect(rows(tickets)).toEqual([]);
  });

  it('ignores trouble notes without an interface', () => {
    const tickets = [1, 2, 3].map((id) =>
      reportTicket({ id, serial: 'VC1', notes: [`${NOTE_HEADER}\nTrouble: Latency`] }),
    );
    expect(rows(tickets)).toEqual([]);
  });

  it('sorts rows by serial and takes the location of the first (newest) ticket of the serial', () => {
    const tickets = [
      ...[1, 2, 3].map((id) =>
        reportTicket({ id, serial: 'VC2', notes: [troubleNoteText('Latency', 'GE1')] }),
      ),
      ...[6, 5, 4].map((id) =>
        reportTicket({
          id,
          serial: 'VC1',
          notes: [troubleNoteText('Latency', 'GE1')],
          address: { city: `City ${String(id)}`, zip: null },
        }),
      ),
    ];
    const result = rows(tickets);
    expect(result.map((row) => row.serial)).toEqual(['VC1', 'VC2']);
    expect(result[0]?.location).toEqual(['City 6']);
    expect(result[0]?.tickets).toEqual([4, 5, 6]);
  });
});

describe('reoccurringWindow', () => {
  it.each([
    ['mid-day', '2026-11-22T13:45:10Z', '2026-11-08T00:00:00.000Z', '2026-11-22T00:00:00.000Z'],
    [
      'just after midnight UTC',
      '2026-11-22T00:00:00Z',
      '2026-11-08T00:00:00.000Z',
      '2026-11-22T00:00:00.000Z',
    ],
    [
      'just before midnight UTC',
      '2026-11-21T23:59:59Z',
      '2026-11-07T00:00:00.000Z',
      '2026-11-21T00:00:00.000Z',
    ],
  ])('%s', (...[, now, start, end]) => {
    const window = reoccurringWindow(new Date(now), 1_209_600);
    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([start, end]);
  });
});

describe('reoccurringEmail', () => {
  const window = reoccurringWindow(new Date('2026-11-22T13:00:00Z'), 1_209_600);

  it('names the client and date, attaches the CSV with the spec columns', () => {
    const email = reoccurringEmail({
      clientId: 100,
      clientName: 'Acme, "The" Co',
      rows: [
        {
          trouble: 'Latency',
          serial: 'VC1',
          edgeName: 'edge <one>',
          location: ['1 Main St', 'Springfield'],
          tickets: [1, 2, 3],
          interface: 'GE1',
        },
      ],
      window,
      recipients: ['a@example.com', 'b@example.com'],
    });
    expect(email.subject).toBe(
      'Acme, "The" Co - Reoccurring Service Affecting Trouble - 2026-11-22',
    );
    expect(email.recipient).toBe('a@example.com, b@example.com');
    expect(email.attachments.map((file) => file.name)).toEqual([
      'reoccurring-service-affecting-trouble_2026-11-22.csv',
    ]);
    const csv = Buffer.from(email.attachments[0]?.data ?? '', 'base64').toString('utf8');
    expect(csv.split('\r\n')).toEqual([
      '"Trouble","Serial Number","Edge Name","Location","Number of tickets","Tickets","Interfaces"',
      '"Latency","VC1","edge <one>","1 Main St Springfield","3","1, 2, 3","GE1"',
      '',
    ]);
    expect(email.html).toContain('<td>edge &lt;one&gt;</td>');
    expect(email.html).toContain('<td>1 Main St<br>Springfield</td>');
    expect(email.html).toContain('<td>1,<br>2,<br>3</td>');
  });

  it('says there is no data and attaches nothing without rows', () => {
    const email = reoccurringEmail({
      clientId: 100,
      clientName: 'Acme',
      rows: [],
      window,
      recipients: ['a@example.com'],
    });
    expect(email.attachments).toEqual([]);
    expect(email.html).toContain('No data matching the criteria');
  });
});
