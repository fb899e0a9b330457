import { describe, expect, it } from 'vitest';
import {
  digiNoteInterface,
  formatNoteTime,
  isAutoresolveNote,
  isClientReminderNote,
  isDigiRebootNote,
  isReopenNote,
  isTriageNote,
  linkBlocksOfNote,
  outageTypeOfNote,
  renderAutoresolveNote,
  renderClientReminderNote,
  renderDigiRebootNote,
  renderEventsNote,
  renderTaskResultNote,
  eventInterface,
} from '../../src/notes/index.js';
import { vcoEvent } from './edges.js';

const now = new Date('2026-11-22T15:30:00.000Z');

describe('events note', () => {
  it('writes one block per event in site-local time and the last event time as Timestamp', () => {
    const events = [
      { ...vcoEvent('LINK_DEAD', '2026-11-22T12:00:00.000Z', 'Link GE2 is now DEAD') },
      vcoEvent('EDGE_DOWN', '2026-11-22T11:00:00.000Z'),
      { ...vcoEvent('LINK_ALIVE', '2026-11-22T10:00:00.500Z', 'Interface GE1 is up') },
    ];
    expect(renderEventsNote(events, -5).split('\n')).toEqual([
      "#*MetTel's IPA*#",
      'Triage (VeloCloud)',
      '',
      'New event: LINK_DEAD',
      'Device: Interface GE2',
      'Event time: 2026-11-22 07:00:00-05:00',
      '',
      'New event: EDGE_DOWN',
      'Device: Edge',
      'Event time: 2026-11-22 06:00:00-05:00',
      '',
      'New event: LINK_ALIVE',
      'Device: Interface GE1',
      'Event time: 2026-11-22 05:00:00.500000-05:00',
      '',
      'Timestamp: 2026-11-22 05:00:00.500000-05:00',
    ]);
  });

  it('uses positive and half-hour site offsets', () => {
    const text = renderEventsNote([vcoEvent('EDGE_UP', '2026-11-22T23:30:00.000Z')], 5.5);
    expect(text).toContain('Event time: 2026-11-23 05:00:00+05:30');
  });

  it('refuses an empty event list', () => {
    expect(() => renderEventsNote([], 0)).toThrow(/at least one event/);
  });

  it('is recognised as a triage note (the original treats both alike)', () => {
    expect(
      isTriageNote(renderEventsNote([vcoEvent('EDGE_UP', '2026-11-22T23:30:00.000Z')], 0)),
    ).toBe(true);
  });
});

describe('event interface names', () => {
  it.each([
    ['Interface GE1 is up', 'GE1'],
    ['Interface GE3 is down', 'GE3'],
    ['Link INTERNET3 is now DEAD', 'INTERNET3'],
    ['Link GE2 is no longer DEAD', 'GE2'],
    ['Edge went offline', null],
    [null, null],
  ])('reads %s as %s', (message, expected) => {
    expect(eventInterface(message)).toBe(expected);
  });
});

describe('system notes', () => {
  it('renders the auto-resolve note for a serial', () => {
    expect(renderAutoresolveNote({ serial: 'VC1', now })).toBe(
      "#*MetTel's IPA*#\nAuto-resolving detail for serial: VC1\nTimeStamp: 2026-11-22 10:30:00-05:00",
    );
  });

  it('renders the auto-resolve line variant, which does not count as a serial auto-resolve', () => {
    const text = renderAutoresolveNote({ line: 'LINE-1', now });
    expect(text).toBe(
      "#*MetTel's IPA*#\nAuto-resolving detail for line: LINE-1\nTimeStamp: 2026-11-22 10:30:00-05:00",
    );
    expect(isAutoresolveNote(text)).toBe(false);
    expect(isAutoresolveNote(renderAutoresolveNote({ serial: 'VC1', now }))).toBe(true);
  });

  it('renders the DiGi reboot note and reads its interface back', () => {
    const text = renderDigiRebootNote({ serial: 'VC1', interface: 'GE2', now });
    expect(text.split('\n')).toEqual([
      "#*MetTel's IPA*#",
      'Offline DiGi interface identified for serial: VC1',
      'Interface: GE2',
      'Automatic reboot attempt started.',
      'TimeStamp: 2026-11-22 10:30:00-05:00',
    ]);
    expect(isDigiRebootNote(text)).toBe(true);
    expect(digiNoteInterface(text)).toBe('GE2');
  });

  it('renders the task result note', () => {
    expect(
      renderTaskResultNote({ queue: 'Wireless Repair Intervention Needed', now }).split('\n'),
    ).toEqual([
      "#*MetTel's IPA*#",
      'DiGi reboot failed',
      'Moving task to: Wireless Repair Intervention Needed',
      'TimeStamp: 2026-11-22 10:30:00-05:00',
    ]);
  });

  it('renders the client reminder note', () => {
    expect(renderClientReminderNote()).toBe("#*MetTel's IPA*#\nClient Reminder");
    expect(isClientReminderNote(renderClientReminderNote())).toBe(true);
  });

  it('stamps in another zone when asked', () => {
    expect(renderAutoresolveNote({ serial: 'VC1', now, timeZone: 'UTC' })).toContain(
      'TimeStamp: 2026-11-22 15:30:00+00:00',
    );
  });
});

describe('note times', () => {
  it('formats a fixed offset and an IANA zone as Python printed aware datetimes', () => {
    expect(formatNoteTime(new Date('2026-01-02T03:04:05.006Z'), 0)).toBe(
      '2026-01-02 03:04:05.006000+00:00',
    );
    expect(formatNoteTime(new Date('2026-01-02T03:04:05Z'), 'US/Eastern')).toBe(
      '2026-01-01 22:04:05-05:00',
    );
    expect(formatNoteTime(new Date('2026-01-02T03:04:05Z'), -3.5)).toBe(
      '2026-01-01 23:34:05-03:30',
    );
  });
});

describe('parsers accept the current and the legacy header', () => {
  const legacy = '#*Automation Engine*#';
  const current = "#*MetTel's IPA*#";

  it.each([current, legacy])('reads %s notes', (header) => {
    expect(isTriageNote(`${header}\nTriage (VeloCloud)\n\nOutage Type: Hard Down (HA)`)).toBe(true);
    expect(isReopenNote(`${header}\nRe-opening ticket.`)).toBe(true);
    expect(isAutoresolveNote(`${header}\nAuto-resolving detail for serial: VC1`)).toBe(true);
    expect(isClientReminderNote(`${header}\nClient Reminder`)).toBe(true);
    expect(
      digiNoteInterface(
        `${header}\nOffline DiGi interface identified for serial: VC1\nInterface: GE4\n`,
      ),
    ).toBe('GE4');
  });

  it('rejects notes without a header, null and undefined', () => {
    for (const parse of [
      isTriageNote,
      isReopenNote,
      isAutoresolveNote,
      isDigiRebootNote,
      isClientReminderNote,
    ]) {
      expect(parse('Triage (VeloCloud)')).toBe(false);
      expect(parse(null)).toBe(false);
      expect(parse(undefined)).toBe(false);
    }
    expect(isTriageNote(`x${current}\nTriage (VeloCloud)`)).toBe(false);
    expect(digiNoteInterface(null)).toBeNull();
    expect(digiNoteInterface(`${current}\nClient Reminder`)).toBeNull();
    expect(outageTypeOfNote(undefined)).toBeNull();
    expect(outageTypeOfNote(`${current}\nOutage Type: Something Else`)).toBeNull();
    expect(linkBlocksOfNote(null)).toEqual([]);
  });

  it('reads the outage type and link blocks of a legacy note', () => {
    const text = [
      legacy,
      'Triage (VeloCloud)',
      '',
      'Outage Type: Soft Down (HA)',
      'Interface GE1',
      'Interface GE1 Label: Customer Owned',
      'Interface GE1 IP Address: None',
      'Interface GE1 Type: Public Wireless',
      'Interface GE1 Status: DISCONNECTED',
      'Last GE1 Interface Online: Unknown',
    ].join('\n');
    expect(outageTypeOfNote(text)).toBe('Soft Down (HA)');
    expect(linkBlocksOfNote(text)).toEqual([
      { interface: 'GE1', label: 'Customer Owned', status: 'DISCONNECTED', type: 'Wireless' },
    ]);
  });
});
