import { describe, expect, it } from 'vitest';
import { ticketContactsFor } from '../../src/decisions/contacts.js';
import { defaultContactsByClient, monitoredEdges } from '../../src/decisions/monitored-edges.js';
import { cachedEdge, HOST } from '../support/samples.js';

const defaults = [{ email: 'noc@example.com', name: 'NOC', type: 'ticket', phone: null }];

describe('monitored edges (spec §3.2)', () => {
  const acme = cachedEdge();
  const other = cachedEdge({
    serial_number: 'VC2',
    bruin_client_info: { client_id: 2, client_name: 'Other', site_id: 1 },
  });
  const elsewhere = cachedEdge({
    serial_number: 'VC3',
    edge: { ...acme.edge, host: 'metvco02.mettel.net' },
    bruin_client_info: { client_id: 3, client_name: 'Far', site_id: 1 },
  });
  const noClient = cachedEdge({
    serial_number: 'VC4',
    bruin_client_info: { client_id: null, client_name: null, site_id: null },
  });

  it('gives "*" contacts to every cached client of the host', () => {
    const byClient = defaultContactsByClient(
      [acme, other, elsewhere, noClient],
      { '*': defaults },
      HOST,
    );
    expect([...byClient.keys()].sort()).toEqual([2, 30000]);
    expect(
      monitoredEdges([acme, other, elsewhere, noClient], byClient).map((e) => e.serial_number),
    ).toEqual([acme.serial_number, 'VC2']);
  });

  it('monitors only the configured clients when there is no "*"', () => {
    const byClient = defaultContactsByClient(
      [acme, other],
      { '2': defaults, nope: defaults },
      HOST,
    );
    expect([...byClient.keys()]).toEqual([2]);
    expect(monitoredEdges([acme, other], byClient).map((e) => e.serial_number)).toEqual(['VC2']);
  });

  it('monitors nothing without default contacts', () => {
    expect(monitoredEdges([acme], defaultContactsByClient([acme], {}, HOST))).toEqual([]);
  });
});

describe('ticket contacts (spec §3.4)', () => {
  it('forces the default contacts, without subscribers, for an always-default client', () => {
    const edge = cachedEdge({
      bruin_client_info: { client_id: 83109, client_name: 'X', site_id: 1 },
    });
    expect(ticketContactsFor(edge, defaults, [83109])).toEqual({
      contacts: [{ email: 'noc@example.com', name: 'NOC', type: 'ticket' }],
      subscribers: [],
    });
  });

  it('uses the site and ticket contacts, and the non-empty subscribers', () => {
    expect(ticketContactsFor(cachedEdge(), defaults, [83109])).toEqual({
      contacts: [
        { email: 'site@acme.example', name: 'Site Person', type: 'site', phone: '555-0100' },
        { email: 'ticket@acme.example', name: 'Ticket Person', type: 'ticket', phone: '555-0101' },
      ],
      subscribers: ['watcher@acme.example'],
    });
  });

  it('copies the ticket contact as the site contact when the site has none', () => {
    const edge = cachedEdge();
    edge.site_details = { tzOffset: 0, primaryContactName: null, primaryContactEmail: 'x@y' };
    edge.ticket_contact_details = { firstName: 'A', lastName: 'B', email: 'ab@x', phone: null };
    expect(ticketContactsFor(edge, defaults, []).contacts).toEqual([
      { email: 'ab@x', name: 'A B', type: 'site' },
      { email: 'ab@x', name: 'A B', type: 'ticket' },
    ]);
  });

  it('copies the site contact as the ticket contact when the ticket contact is incomplete', () => {
    const edge = cachedEdge();
    edge.site_details = {
      tzOffset: 0,
      primaryContactName: 'S',
      primaryContactEmail: 's@x',
      primaryContactPhone: '',
    };
    edge.ticket_contact_details = { firstName: 'A', lastName: null, email: 'ab@x' };
    expect(ticketContactsFor(edge, defaults, []).contacts).toEqual([
      { email: 's@x', name: 'S', type: 'site' },
      { email: 's@x', name: 'S', type: 'ticket' },
    ]);
  });

  it('falls back to the default contacts when both are missing', () => {
    const edge = cachedEdge({
      ticket_contact_details: null,
      ticket_contact_additional_subscribers: null,
    });
    edge.site_details = { tzOffset: 0 };
    expect(ticketContactsFor(edge, defaults, [])).toEqual({
      contacts: [{ email: 'noc@example.com', name: 'NOC', type: 'ticket' }],
      subscribers: [],
    });
  });
});
