import type {
  BruinTicketDetailShape,
  BruinTicketNoteShape,
} from '@automation-engine/contracts/bruin';
import { describe, expect, it } from 'vitest';
import type { EdgeStatus } from '../../src/model.js';
import { eventChunks, planTriage, type TicketWithDetails } from '../../src/triage/triage-plan.js';
import { link, monitoredEdge, vcoEvent } from '../notes/edges.js';

const now = new Date('2026-11-22T15:00:00.000Z');
const SERIAL = 'VC05200026138';
const edge = monitoredEdge();
const healthy: EdgeStatus = { ...edge.status, links: [link('GE1', 'CONNECTED', 'Comcast')] };
const linkDown: EdgeStatus = edge.status;

const detail = (detailID: number, detailValue: string): BruinTicketDetailShape => ({
  detailID,
  detailValue,
  detailStatus: 'I',
});
const triageNote = (createdDate: string, serviceNumber = [SERIAL]): BruinTicketNoteShape => ({
  noteValue: "#*MetTel's IPA*#\nTriage (VeloCloud)\n\nOutage Type: Link Down (no HA)",
  createdDate,
  serviceNumber,
});
const ticket = (
  notes: BruinTicketNoteShape[],
  details = [detail(11, SERIAL)],
): TicketWithDetails => ({
  ticketId: 42,
  details,
  notes,
});
const plan = (tickets: TicketWithDetails[], statuses: EdgeStatus[] = [healthy]) =>
  planTriage({ tickets, cache: [edge.cached], statuses, now, lastNoteIntervalMinutes: 60 });

describe('triage selection (§2.10)', () => {
  it('appends events since the newest triage note when it is older than the interval', () => {
    const steps = plan([
      ticket([
        triageNote('2026-11-22T08:00:00.000-05:00'),
        triageNote('2026-11-22T08:30:00.000-05:00'),
      ]),
    ]);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: 'events', ticketId: 42, serial: SERIAL });
    expect(steps[0]?.kind === 'events' && steps[0].since.toISOString()).toBe(
      '2026-11-22T13:30:00.000Z',
    );
  });

  it('skips a task whose newest triage/events note is younger than the interval', () => {
    const steps = plan([ticket([triageNote('2026-11-22T09:30:00.000-05:00')])]);
    expect(steps).toEqual([
      expect.objectContaining({ kind: 'skip', reason: 'triage/events note appended recently' }),
    ]);
  });

  it('skips exactly at the interval (the original counts ≤ as recent)', () => {
    expect(plan([ticket([triageNote('2026-11-22T14:00:00.000Z')])])[0]?.kind).toBe('skip');
  });

  it('treats triage notes of another serial and other notes as absent', () => {
    const steps = plan([
      ticket([
        triageNote('2026-11-22T14:59:00.000Z', ['OTHER']),
        {
          noteValue: 'a person wrote this',
          createdDate: '2026-11-22T14:59:00.000Z',
          serviceNumber: [SERIAL],
        },
      ]),
    ]);
    expect(steps[0]).toMatchObject({ kind: 'events' });
    expect(steps[0]?.kind === 'events' && steps[0].since.toISOString()).toBe(
      '2026-11-21T15:00:00.000Z',
    );
  });

  it('appends a 24 h events note for a task without triage note whose edge is healthy', () => {
    const [step] = plan([ticket([])], [healthy]);
    expect(step).toMatchObject({ kind: 'events' });
    expect(step?.kind === 'events' && step.since.toISOString()).toBe('2026-11-21T15:00:00.000Z');
  });

  it('posts a triage note for a task without triage note whose edge is in a documentable outage', () => {
    const [step] = plan([ticket([])], [linkDown]);
    expect(step).toMatchObject({ kind: 'triage', outageType: 'Link Down (no HA)', serial: SERIAL });
    expect(step?.kind === 'triage' && step.edge.status).toBe(linkDown);
  });

  it('skips a non-documentable standby copy of an HA pair', () => {
    const standby: EdgeStatus = {
      ...linkDown,
      edgeIsHAPrimary: false,
      edgeHASerialNumber: 'VC-PRIMARY',
      edgeHAState: 'CONNECTED',
    };
    expect(plan([ticket([])], [standby])).toEqual([
      expect.objectContaining({
        kind: 'skip',
        reason: 'Link Down (HA) not documented for this member of the HA pair',
      }),
    ]);
  });

  it('skips a task whose edge has no status', () => {
    expect(plan([ticket([])], [])).toEqual([
      expect.objectContaining({ kind: 'skip', reason: 'no VeloCloud status for the edge' }),
    ]);
  });

  it('ignores tasks that are not cached serials', () => {
    expect(plan([ticket([], [detail(12, 'LINE-2'), detail(13, 'NOT-CACHED')])])).toEqual([]);
  });

  it('skips a note without readable date', () => {
    expect(plan([ticket([triageNote('')])])[0]).toMatchObject({ kind: 'skip' });
  });
});

describe('events chunks', () => {
  it('sorts newest first before chunking by the limit', () => {
    const events = Array.from({ length: 32 }, (_, index) =>
      vcoEvent(
        'EDGE_UP',
        new Date(Date.parse('2026-11-22T00:00:00Z') + index * 60_000).toISOString(),
      ),
    );
    const chunks = eventChunks(events, 15);
    expect(chunks.map((chunk) => chunk.length)).toEqual([15, 15, 2]);
    expect(chunks[0]?.[0]?.eventTime).toBe('2026-11-22T00:31:00.000Z');
    expect(chunks[2]?.[1]?.eventTime).toBe('2026-11-22T00:00:00.000Z');
  });

  it('has no chunk without events', () => {
    expect(eventChunks([], 15)).toEqual([]);
  });
});
