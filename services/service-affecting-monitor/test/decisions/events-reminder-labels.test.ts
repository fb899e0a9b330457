import { booleanLabel, clientLabel, linkTypesLabel } from '@automation-engine/monitoring';
import { describe, expect, it } from 'vitest';
import {
  edgesByEnterprise,
  groupEventsByLink,
  interfaceOfEvent,
} from '../../src/decisions/link-events.js';
import { forwardedLabels, taskLabels } from '../../src/decisions/metric-labels.js';
import { isReminderNote, reminderDue } from '../../src/decisions/reminder.js';
import { cachedEdge, HOST, linkDeadEvent, settings } from '../support/samples.js';

describe('LINK_DEAD events by serial and interface', () => {
  it('reads the interface of the event messages', () => {
    expect(interfaceOfEvent('Link GE1 is now DEAD')).toBe('GE1');
    expect(interfaceOfEvent('Link INTERNET2 is no longer DEAD')).toBe('INTERNET2');
    expect(interfaceOfEvent('Interface GE3 is down')).toBe('GE3');
    expect(interfaceOfEvent('Edge rebooted')).toBeNull();
    expect(interfaceOfEvent(null)).toBeNull();
  });

  it('matches events to cached edges by edge name and groups them by interface', () => {
    const first = cachedEdge();
    const second = cachedEdge({ serial_number: 'VC2', edge_name: 'Acme-Edge-2' });
    const grouped = groupEventsByLink(
      [
        linkDeadEvent('GE1', 'Acme-Edge-1', 1),
        linkDeadEvent('GE1', 'Acme-Edge-1', 2),
        linkDeadEvent('GE2', 'Acme-Edge-2', 3),
        linkDeadEvent('GE1', 'Unknown-Edge', 4),
        { ...linkDeadEvent('GE1'), message: 'no interface here' },
      ],
      [first, second],
    );
    expect(
      grouped
        .get(first.serial_number)
        ?.get('GE1')
        ?.map((e) => e.id),
    ).toEqual([1, 2]);
    expect(grouped.get('VC2')?.get('GE2')?.length).toBe(1);
    expect(grouped.size).toBe(2);
  });

  it('groups cached edges by host and enterprise', () => {
    const groups = edgesByEnterprise([
      cachedEdge(),
      cachedEdge({ serial_number: 'VC2' }),
      cachedEdge({
        serial_number: 'VC3',
        edge: { host: HOST, enterprise_id: 9, enterprise_name: null, edge_id: 1 },
      }),
    ]);
    expect([...groups.values()].map((g) => [g.enterpriseId, g.edges.length])).toEqual([
      [1, 2],
      [9, 1],
    ]);
  });
});

describe('BYOB reminder due (spec §2.8, SAM)', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const note = (noteValue: string, createdDate: string) => ({
    noteValue,
    createdDate,
    serviceNumber: ['S'],
  });
  const trouble = "#*MetTel's IPA*#\nTrouble: Latency\n";
  const reminder = "#*MetTel's IPA*#\nClient Reminder";

  it('recognises Client Reminder notes', () => {
    expect(isReminderNote(reminder)).toBe(true);
    expect(isReminderNote('#*Automation Engine*#\nClient Reminder')).toBe(false);
  });

  it('sends none while the documentation cycle started less than 24 h ago', () => {
    expect(
      reminderDue({
        notes: [note(trouble, '2026-11-22T01:00:00Z')],
        ticketCreateDate: null,
        now,
        waitSeconds: 86_400,
      }),
    ).toBe(false);
  });

  it('sends one when the cycle started over 24 h ago and no reminder was sent', () => {
    expect(
      reminderDue({
        notes: [note(trouble, '2026-11-20T01:00:00Z')],
        ticketCreateDate: null,
        now,
        waitSeconds: 86_400,
      }),
    ).toBe(true);
  });

  it('sends none when the last reminder is less than 24 h old', () => {
    const notes = [note(trouble, '2026-11-19T01:00:00Z'), note(reminder, '2026-11-22T00:00:00Z')];
    expect(reminderDue({ notes, ticketCreateDate: null, now, waitSeconds: 86_400 })).toBe(false);
  });

  it('falls back to the ticket creation date when the ticket has no notes', () => {
    expect(
      reminderDue({
        notes: [],
        ticketCreateDate: '2026-11-22T06:00:00Z',
        now,
        waitSeconds: 86_400,
      }),
    ).toBe(false);
    expect(
      reminderDue({
        notes: [],
        ticketCreateDate: '2026-11-10T06:00:00Z',
        now,
        waitSeconds: 86_400,
      }),
    ).toBe(true);
  });

  it('counts the cycle from the latest reopen note', () => {
    const notes = [
      note(trouble, '2026-11-01T00:00:00Z'),
      note("#*MetTel's IPA*#\nRe-opening ticket.\n\nTrouble: Latency", '2026-11-22T10:00:00Z'),
    ];
    expect(reminderDue({ notes, ticketCreateDate: null, now, waitSeconds: 86_400 })).toBe(false);
  });
});

describe('metric labels (spec §3.9)', () => {
  const labelSettings = settings({
    umbrellaHosts: { 'metvco04.mettel.net': 'FIS' },
    relevantClients: ['RSI'],
  });
  it('labels clients by umbrella prefix, relevance, else Other', () => {
    expect(clientLabel('FIS Bank 12', labelSettings)).toBe('FIS');
    expect(clientLabel('RSI', labelSettings)).toBe('RSI');
    expect(clientLabel('Acme', labelSettings)).toBe('Other');
    expect(clientLabel(null, labelSettings)).toBe('Other');
  });
  it('capitalises link types and writes booleans as the original', () => {
    expect(linkTypesLabel(['WIRED'])).toBe('Wired');
    expect(linkTypesLabel(null)).toBe('Unknown');
    expect(booleanLabel(true)).toBe('True');
    expect(booleanLabel(false)).toBe('False');
  });
  it('builds the labels of a task counter and of a forward', () => {
    expect(
      taskLabels({
        settings: labelSettings,
        cached: cachedEdge(),
        iface: 'GE2',
        label: 'BYOB DSL',
        trouble: 'Jitter',
      }),
    ).toEqual({
      feature: 'Service Affecting Monitor',
      system: 'VeloCloud',
      topic: 'VAS',
      severity: '3',
      host: HOST,
      client: 'Other',
      trouble: 'Jitter',
      has_byob: 'True',
      link_types: 'Wireless',
    });
    expect(
      forwardedLabels(
        {
          client: 'RSI',
          trouble: 'Latency',
          has_byob: false,
          link_type: 'WIRED',
          target_queue: 'HNOC Investigate',
        },
        labelSettings,
        'x',
      ),
    ).toMatchObject({
      client: 'RSI',
      trouble: 'Latency',
      has_byob: 'False',
      link_types: 'Wired',
      target_queue: 'HNOC Investigate',
    });
    expect(forwardedLabels({}, labelSettings, 'HNOC Investigate')).toMatchObject({
      client: 'Other',
      trouble: 'Unknown',
      link_types: 'Unknown',
      target_queue: 'HNOC Investigate',
    });
  });
});
