import type {
  BruinTicketDetailShape,
  BruinTicketNoteShape,
} from '@automation-engine/contracts/bruin';
import { describe, expect, it } from 'vitest';
import { autoresolveFacts } from '../../src/autoresolve/ticket-facts.js';
import {
  renderAutoresolveNote,
  renderDigiRebootNote,
  renderTriageNote,
} from '../../src/notes/index.js';
import { link, monitoredEdge } from '../notes/edges.js';

const byobLabels = ['byob', 'customer owned'];
const SERIAL = 'VC05200026138';
const edge = monitoredEdge();
const downEdge = monitoredEdge({
  status: {
    links: [link('GE1', 'CONNECTED', 'Comcast'), link('GE2', 'DISCONNECTED', 'BYOB Verizon')],
  },
});
const triageText = renderTriageNote({
  edge: downEdge,
  outageType: 'Link Down (no HA)',
  reopening: false,
  events: [],
  now: new Date('2026-11-22T10:00:00Z'),
});

const detail = (detailID: number, detailValue: string, extra: Record<string, unknown> = {}) =>
  ({
    detailID,
    detailValue,
    detailStatus: 'I',
    currentTaskName: 'HNOC Investigate',
    ...extra,
  }) as BruinTicketDetailShape;
const note = (
  noteValue: string,
  createdDate: string,
  serviceNumber = [SERIAL],
): BruinTicketNoteShape => ({
  noteValue,
  createdDate,
  serviceNumber,
});

const facts = (details: BruinTicketDetailShape[], notes: BruinTicketNoteShape[]) =>
  autoresolveFacts({ edge, ticketCreatedAt: '11/22/2026 2:00:00 PM', details, notes, byobLabels });

describe('auto-resolve facts from a ticket (§2.9 steps 2–3)', () => {
  it('finds the task of the serial and the lines that are tasks of the ticket', () => {
    const result = facts([detail(1, SERIAL), detail(2, 'LINE-2'), detail(3, 'OTHER')], []);
    expect(result.task?.detailID).toBe(1);
    expect(result.lines).toEqual([{ detailId: 2, interface: 'GE2', serviceNumber: 'LINE-2' }]);
    expect(result.anyEthernetLine).toBe(true);
    expect(result.taskResolved).toBe(false);
  });

  it('has no task when no detail carries the serial', () => {
    expect(facts([detail(2, 'LINE-2')], []).task).toBeNull();
  });

  it('reads outage type, BYOB, DiGi and link types from the triage note of the cycle', () => {
    const result = facts(
      [detail(1, SERIAL)],
      [
        note(triageText, '2026-11-22T09:00:00.000-05:00'),
        note(
          renderDigiRebootNote({ serial: SERIAL, interface: 'GE2', now: new Date() }),
          '2026-11-22T09:05:00.000-05:00',
        ),
      ],
    );
    expect(result).toMatchObject({
      outageType: 'Link Down (no HA)',
      hasByob: true,
      hasDigi: true,
      linkTypes: ['Wireless'],
    });
  });

  it('has null outage facts without a triage note', () => {
    expect(facts([detail(1, SERIAL)], [])).toMatchObject({
      outageType: null,
      hasByob: null,
      hasDigi: null,
      linkTypes: null,
    });
  });

  it('uses the notes since the latest reopen and dates the outage from that reopen', () => {
    const reopen = renderTriageNote({
      edge: monitoredEdge({ status: { edgeState: 'OFFLINE', links: [] } }),
      outageType: 'Hard Down (no HA)',
      reopening: true,
      events: [],
      now: new Date(),
    });
    const result = facts(
      [detail(1, SERIAL)],
      [
        note(reopen, '2026-11-22T12:00:00.000-05:00'),
        note(triageText, '2026-11-22T09:00:00.000-05:00'),
      ],
    );
    expect(result.outageType).toBe('Hard Down (no HA)');
    expect(result.hasByob).toBe(false);
    expect(result.lastOutageAt).toBe(Date.parse('2026-11-22T17:00:00Z'));
  });

  it('dates the outage from the ticket creation without reopen', () => {
    expect(facts([detail(1, SERIAL)], []).lastOutageAt).toBe(Date.parse('2026-11-22T14:00:00Z'));
  });

  it('counts auto-resolve notes of the serial only, over the whole ticket', () => {
    const now = new Date();
    const result = facts(
      [detail(1, SERIAL)],
      [
        note(renderAutoresolveNote({ serial: SERIAL, now }), '2026-11-22T01:00:00Z'),
        note(renderAutoresolveNote({ serial: SERIAL, now }), '2026-11-22T02:00:00Z'),
        note(renderAutoresolveNote({ serial: 'OTHER', now }), '2026-11-22T03:00:00Z', ['OTHER']),
        note(renderAutoresolveNote({ line: 'LINE-2', now }), '2026-11-22T03:00:00Z', ['LINE-2']),
      ],
    );
    expect(result.autoresolveCount).toBe(2);
  });

  it.each([
    ['John Smith', true],
    ['   ', false],
    ['0', false],
    [null, false],
  ])('reads assignee %j as assigned=%s', (assignedToName, assigned) => {
    expect(facts([detail(1, SERIAL, { assignedToName })], []).taskAssigned).toBe(assigned);
  });

  it('sees the IPA queue and a resolved task', () => {
    const result = facts(
      [detail(1, SERIAL, { currentTaskName: 'IPA Investigate', detailStatus: 'R' })],
      [],
    );
    expect(result.taskInIpaQueue).toBe(true);
    expect(result.taskResolved).toBe(true);
  });
});
