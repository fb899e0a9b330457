import { describe, expect, it } from 'vitest';
import { decideRepairOutcome } from '../../src/bruin/decide-repair-outcome.js';
import type { LabTicket } from '../../src/bruin/lab-ticket.js';

function anyTicket(overrides: Partial<LabTicket>): LabTicket {
  return {
    ticketID: 1,
    clientID: 1,
    clientName: 'c',
    ticketStatus: 'New',
    category: 'SD-WAN',
    topicCode: 'VOO',
    topic: 'Service Outage Trouble',
    callType: 'REP',
    createdAt: 0,
    createdBy: 'x',
    severity: 4,
    siteId: 1,
    siteLabel: null,
    address: { address: null, city: null, state: null, zip: null, country: null },
    description: '',
    reopenable: true,
    details: [],
    notes: [],
    history: [],
    notifications: [],
    subscribers: [],
    contacts: [],
    ...overrides,
  };
}

describe('decideRepairOutcome', () => {
  it('creates a ticket when nothing holds the service number', () => {
    expect(decideRepairOutcome({ holding: [], atSite: [] })).toEqual({ kind: 'create' });
  });

  it('answers 409 with the open outage ticket holding the service number', () => {
    for (const ticketStatus of ['New', 'InProgress', 'Draft', 'In-Progress'] as const) {
      const open = anyTicket({ ticketID: 7, ticketStatus });
      expect(decideRepairOutcome({ holding: [open], atSite: [] })).toEqual({
        kind: 'already-open',
        ticket: open,
      });
    }
  });

  it('re-opens the resolved ticket holding it (472), or answers 471 when it cannot be re-opened', () => {
    const resolved = anyTicket({ ticketStatus: 'Resolved' });
    expect(decideRepairOutcome({ holding: [resolved], atSite: [] }).kind).toBe('resolved-reopened');
    const locked = anyTicket({ ticketStatus: 'Resolved', reopenable: false });
    expect(decideRepairOutcome({ holding: [locked], atSite: [] }).kind).toBe(
      'resolved-not-reopened',
    );
  });

  it('prefers the open ticket to a resolved one, and the most recent resolved one', () => {
    const old = anyTicket({
      ticketID: 1,
      ticketStatus: 'Resolved',
      createdAt: 1,
      reopenable: false,
    });
    const recent = anyTicket({ ticketID: 2, ticketStatus: 'Resolved', createdAt: 2 });
    const open = anyTicket({ ticketID: 3, ticketStatus: 'InProgress', createdAt: 0 });
    expect(decideRepairOutcome({ holding: [old, recent], atSite: [] })).toEqual({
      kind: 'resolved-reopened',
      ticket: recent,
    });
    expect(decideRepairOutcome({ holding: [old, recent, open], atSite: [] }).kind).toBe(
      'already-open',
    );
  });

  it('re-opens a resolved ticket at the same site (473) when none holds the service number', () => {
    const site = anyTicket({ ticketStatus: 'Resolved' });
    expect(decideRepairOutcome({ holding: [], atSite: [site] })).toEqual({
      kind: 'site-ticket-reopened',
      ticket: site,
    });
    expect(
      decideRepairOutcome({
        holding: [],
        atSite: [anyTicket({ ticketStatus: 'Resolved', reopenable: false })],
      }).kind,
    ).toBe('create');
  });

  it('ignores closed tickets and affecting (VAS) tickets', () => {
    const closed = anyTicket({ ticketStatus: 'Closed' });
    const affecting = anyTicket({ topicCode: 'VAS', ticketStatus: 'InProgress' });
    expect(
      decideRepairOutcome({ holding: [closed, affecting], atSite: [closed, affecting] }).kind,
    ).toBe('create');
  });
});
