import { describe, expect, it } from 'vitest';
import type { BruinTicketNoteShape } from '@automation-engine/contracts/bruin';
import { NOTE_HEADER } from '@automation-engine/monitoring';
import { digiLinksDown, failedRebootPlan } from '../../src/creation/digi-plan.js';
import { edgeFactsOf, outageMetricLabels } from '../../src/creation/edge-facts.js';
import { reminderPlan } from '../../src/creation/reminder-plan.js';
import { isAtSeverity, severityPlan } from '../../src/creation/severity-plan.js';
import { link, monitored, prodSettings, status } from '../support/builders.js';

const settings = prodSettings();
const NOW = new Date('2026-11-22T15:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();
const note = (text: string, createdDate: string, serials = ['VC01']): BruinTicketNoteShape => ({
  noteValue: text,
  createdDate,
  serviceNumber: serials,
});
const detail = (detailID: number, detailStatus: string) => ({
  detailID,
  detailStatus,
  detailValue: `S${String(detailID)}`,
});

describe('severity (§2.6)', () => {
  it('edge OFFLINE → edge-down level with the Offline reason, no task check', () => {
    const plan = severityPlan({
      status: status({ edgeState: 'OFFLINE' }),
      settings,
      checkTasks: true,
      details: null,
    });
    expect(plan).toEqual({
      kind: 'change',
      severity: 2,
      reason: `${NOTE_HEADER}\nChanging to Severity 2\nEdge Status: Offline`,
    });
  });

  it('links down → link-down level with one line per DISCONNECTED interface', () => {
    const plan = severityPlan({
      status: status({
        links: [link('GE1', 'DISCONNECTED'), link('GE2', 'STABLE'), link('GE3', 'DISCONNECTED')],
      }),
      settings,
      checkTasks: true,
      details: [detail(1, 'O'), detail(2, 'R')],
    });
    expect(plan).toEqual({
      kind: 'change',
      severity: 3,
      reason: `${NOTE_HEADER}\nChanging to Severity 3\nEdge Status: Online\nInterface GE1 Status: Disconnected\nInterface GE3 Status: Disconnected`,
    });
  });

  it('task check: several unresolved tasks → unchanged', () => {
    const plan = severityPlan({
      status: status({ links: [link('GE1', 'DISCONNECTED')] }),
      settings,
      checkTasks: true,
      details: [detail(1, 'O'), detail(2, 'I')],
    });
    expect(plan).toEqual({ kind: 'skip', reason: 'ticket has several unresolved tasks' });
  });

  it('task check: details unreadable → unchanged', () => {
    const plan = severityPlan({
      status: status({ links: [link('GE1', 'DISCONNECTED')] }),
      settings,
      checkTasks: true,
      details: null,
    });
    expect(plan.kind).toBe('skip');
  });

  it('no task check (created, 473): several unresolved tasks do not matter', () => {
    const plan = severityPlan({
      status: status({ links: [link('GE1', 'DISCONNECTED')] }),
      settings,
      checkTasks: false,
      details: [detail(1, 'O'), detail(2, 'I')],
    });
    expect(plan.kind).toBe('change');
  });

  it('a ticket already at the level (number or text) is left alone', () => {
    expect(isAtSeverity(2, 2)).toBe(true);
    expect(isAtSeverity('3', 3)).toBe(true);
    expect(isAtSeverity(4, 3)).toBe(false);
    expect(isAtSeverity(null, 3)).toBe(false);
  });
});

describe('DiGi rules (§2.6)', () => {
  it('only DISCONNECTED DiGi links are rebooted', () => {
    const edge = monitored({ links: [link('GE1', 'DISCONNECTED'), link('GE2', 'DISCONNECTED')] });
    expect(digiLinksDown(edge, settings).map((l) => l.interface_name)).toEqual(['GE2']);
    const healthy = monitored({ links: [link('GE1', 'DISCONNECTED'), link('GE2', 'STABLE')] });
    expect(digiLinksDown(healthy, settings)).toEqual([]);
  });

  const digiNote = (iface: string) =>
    `${NOTE_HEADER}\nOffline DiGi interface identified for serial: VC01\nInterface: ${iface}\nAutomatic reboot attempt started.\nTimeStamp: x`;
  const rows: {
    name: string;
    notes: BruinTicketNoteShape[];
    plan: ReturnType<typeof failedRebootPlan>;
  }[] = [
    {
      name: 'no DiGi note → stop',
      notes: [note(`${NOTE_HEADER}\nClient Reminder`, ago(9000))],
      plan: { kind: 'stop', reason: 'no DiGi reboot note for the serial' },
    },
    {
      name: 'a triage note whose link label says DiGi is not a reboot note → stop',
      notes: [note(`${NOTE_HEADER}\nTriage (VeloCloud)\nInterface GE2 Label: DiGi LTE`, ago(9000))],
      plan: { kind: 'stop', reason: 'no DiGi reboot note for the serial' },
    },
    {
      name: 'DiGi note younger than 30 min → stop',
      notes: [note(digiNote('GE2'), ago(600))],
      plan: { kind: 'stop', reason: 'last DiGi reboot too recent' },
    },
    {
      name: 'same interface, already forwarded to Wireless → stop',
      notes: [
        note(digiNote('GE2'), ago(4000)),
        note(
          `${NOTE_HEADER}\nDiGi reboot failed\nMoving task to: Wireless Repair Intervention Needed`,
          ago(3000),
        ),
      ],
      plan: { kind: 'stop', reason: 'already forwarded to Wireless Repair Intervention Needed' },
    },
    {
      name: 'same interface, still down after the grace → Wireless forward',
      notes: [note(digiNote('GE2'), ago(4000))],
      plan: { kind: 'forward-wireless' },
    },
    {
      name: 'another interface → reboot this link',
      notes: [note(digiNote('GE3'), ago(4000))],
      plan: { kind: 'reboot' },
    },
  ];
  for (const row of rows) {
    it(`failed-reboot check: ${row.name}`, () => {
      expect(
        failedRebootPlan({ iface: 'GE2', serialNotes: row.notes, now: NOW, graceSeconds: 1800 }),
      ).toEqual(row.plan);
    });
  }
});

describe('client reminder (§2.8)', () => {
  const reminder = `${NOTE_HEADER}\nClient Reminder`;
  const triage = `${NOTE_HEADER}\nTriage (VeloCloud)\n\nOutage Type: Link Down (no HA)`;
  const reopen = `${NOTE_HEADER}\nRe-opening ticket.`;
  const rows: {
    name: string;
    notes: BruinTicketNoteShape[];
    createDate?: string;
    send: boolean;
  }[] = [
    {
      name: 'cycle started less than 24 h ago, no reminder → none',
      notes: [note(triage, ago(3600))],
      send: false,
    },
    {
      name: 'cycle started more than 24 h ago, no reminder → sent',
      notes: [note(triage, ago(90000))],
      send: true,
    },
    {
      name: 'last reminder less than 24 h ago → none',
      notes: [note(triage, ago(200000)), note(reminder, ago(3600))],
      send: false,
    },
    {
      name: 'last reminder more than 24 h ago → sent',
      notes: [note(triage, ago(200000)), note(reminder, ago(90000))],
      send: true,
    },
    {
      name: 'a reopen restarts the cycle: reopened 1 h ago → none',
      notes: [note(reminder, ago(200000)), note(reopen, ago(3600))],
      send: false,
    },
    {
      name: 'no notes: falls back to the ticket creation date (quirk §6.3), created 2 days ago → sent',
      notes: [],
      createDate: ago(172800),
      send: true,
    },
    {
      name: 'no notes, ticket created 1 h ago → none',
      notes: [],
      createDate: ago(3600),
      send: false,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const plan = reminderPlan({
        notes: row.notes,
        ticketCreateDate: row.createDate,
        now: NOW,
        waitSeconds: 86400,
      });
      expect(plan.send).toBe(row.send);
    });
  }
});

describe('edge facts and metric labels (§2.5, §2.11)', () => {
  it('an OFFLINE edge with every link down: edge-down severity, HNOC, all-links-down e-mail', () => {
    const edge = monitored({
      edgeState: 'OFFLINE',
      links: [link('GE1', 'DISCONNECTED'), link('GE2', 'DISCONNECTED')],
    });
    const facts = edgeFactsOf(edge, settings);
    expect(facts).toMatchObject({
      isEdgeDown: true,
      targetSeverity: 2,
      hasDigi: true,
      hasByob: false,
      shouldForwardToHnoc: true,
      allLinksDown: true,
      faultyInterfaces: ['GE1', 'GE2'],
      faultyLinkTypes: ['WIRED', 'WIRELESS'],
    });
    expect(outageMetricLabels({ settings, edge, facts, outageType: 'Hard Down (no HA)' })).toEqual({
      feature: 'Service Outage Monitor',
      system: 'VeloCloud',
      topic: 'VOO',
      host: 'mettel.velocloud.net',
      client: 'RSI',
      outage_type: 'Hard Down (no HA)',
      severity: '2',
      has_digi: 'True',
      has_byob: 'False',
      link_types: 'Both',
    });
  });

  it('only a BYOB link down: no HNOC forward, link-down severity', () => {
    const edge = monitored({
      links: [link('GE1', 'DISCONNECTED', 'Customer Owned BYOB'), link('GE2', 'STABLE')],
    });
    const facts = edgeFactsOf(edge, settings);
    expect(facts).toMatchObject({
      hasByob: true,
      shouldForwardToHnoc: false,
      targetSeverity: 3,
      allLinksDown: false,
    });
  });

  it('a BYOB and a regular link down: HNOC forward', () => {
    const edge = monitored({
      links: [link('GE1', 'DISCONNECTED', 'byob'), link('GE2', 'DISCONNECTED', 'Verizon')],
    });
    expect(edgeFactsOf(edge, settings).shouldForwardToHnoc).toBe(true);
  });
});
