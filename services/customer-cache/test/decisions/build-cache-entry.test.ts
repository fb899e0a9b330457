import { describe, expect, it } from 'vitest';
import { addHaPartners } from '../../src/decisions/add-ha-partners.js';
import { buildCacheEntry, withCircuits } from '../../src/decisions/build-cache-entry.js';
import { mergeHostCache } from '../../src/decisions/merge-host-cache.js';
import { anyEntry } from './support.js';

const attributes = [
  { key: 'Management Status', value: 'Active – Gold Monitoring' },
  { key: 'GE1 Access Type', value: 'Ethernet/T1/MPLS' },
  { key: 'GE1 Service Number', value: '44.KXRA.552019' },
  { key: 'GE2 Access Type', value: 'Wireless' },
];

describe('withCircuits', () => {
  it('adds each link its "<iface> Access Type" and "<iface> Service Number", null when absent', () => {
    expect(
      withCircuits(
        [
          { interface_name: 'GE1', logical_id: 'a' },
          { interface_name: 'GE2', logical_id: 'b' },
          { interface_name: 'GE3', logical_id: null },
        ],
        attributes,
      ),
    ).toEqual([
      {
        interface_name: 'GE1',
        logical_id: 'a',
        access_type: 'Ethernet/T1/MPLS',
        service_number: '44.KXRA.552019',
      },
      { interface_name: 'GE2', logical_id: 'b', access_type: 'Wireless', service_number: null },
      { interface_name: 'GE3', logical_id: null, access_type: null, service_number: null },
    ]);
  });
});

describe('buildCacheEntry', () => {
  const edge = {
    edge: { host: 'h', enterprise_id: 1, enterprise_name: 'E|1|', edge_id: 2 },
    edge_name: 'edge',
    serial_number: 'S1',
    ha_serial_number: 'S2',
    last_contact: '2023-04-11T13:14:58.000Z',
  };
  const parts = {
    edge,
    logicalIds: [{ interface_name: 'GE1', logical_id: 'a' }],
    linksConfiguration: [{ interfaces: ['GE1'], mode: 'PUBLIC', type: 'WIRED' }],
    clientInfo: { client_id: 9, client_name: 'C', site_id: 3 },
    attributes,
    site: { siteID: '3', timeZone: 'Eastern', tzOffset: -5 },
  };

  it('the first contact is the ticket contact, the rest additional subscribers', () => {
    const contacts = [{ email: 'a@x' }, { email: 'b@x' }, { email: 'c@x' }];
    const entry = buildCacheEntry({ ...parts, contacts });
    expect(entry).toEqual({
      edge: edge.edge,
      edge_name: 'edge',
      last_contact: edge.last_contact,
      serial_number: 'S1',
      ha_serial_number: 'S2',
      logical_ids: [
        {
          interface_name: 'GE1',
          logical_id: 'a',
          access_type: 'Ethernet/T1/MPLS',
          service_number: '44.KXRA.552019',
        },
      ],
      bruin_client_info: parts.clientInfo,
      site_details: parts.site,
      ticket_contact_details: { email: 'a@x' },
      ticket_contact_additional_subscribers: [{ email: 'b@x' }, { email: 'c@x' }],
      links_configuration: parts.linksConfiguration,
    });
  });

  it('contacts Bruin could not give → both contact fields null', () => {
    const entry = buildCacheEntry({ ...parts, contacts: null });
    expect(entry.ticket_contact_details).toBeNull();
    expect(entry.ticket_contact_additional_subscribers).toBeNull();
  });

  it('no contacts at all → no ticket contact and no subscribers', () => {
    const entry = buildCacheEntry({ ...parts, contacts: [] });
    expect(entry.ticket_contact_details).toBeNull();
    expect(entry.ticket_contact_additional_subscribers).toEqual([]);
  });
});

describe('addHaPartners', () => {
  it('adds, for an HA pair, the standby with the serials swapped; a lone edge stays alone', () => {
    const pair = anyEntry({ serial_number: 'ACTIVE', ha_serial_number: 'STANDBY' });
    const lone = anyEntry({ serial_number: 'LONE' });
    expect(addHaPartners([pair, lone])).toEqual([
      pair,
      lone,
      { ...pair, serial_number: 'STANDBY', ha_serial_number: 'ACTIVE' },
    ]);
  });
});

describe('mergeHostCache (spec §10.3 merge)', () => {
  const stored = [
    anyEntry({ serial_number: 'A', edge_name: 'old A' }),
    anyEntry({
      serial_number: 'B',
      edge_name: 'old B',
      edge: { host: 'h', enterprise_id: 1, enterprise_name: null, edge_id: 20 },
    }),
  ];

  it('nothing new → keep the stored cache', () => {
    expect(mergeHostCache({ stored, fresh: [], invalid: new Set() })).toEqual({
      kind: 'keep-stored',
      reason: 'nothing-new',
    });
  });

  it('new entries win, stored-only ones are kept', () => {
    const fresh = [
      anyEntry({ serial_number: 'A', edge_name: 'new A' }),
      anyEntry({ serial_number: 'C' }),
    ];
    const decision = mergeHostCache({ stored, fresh, invalid: new Set() });
    expect(
      decision.kind === 'store' && decision.entries.map((e) => [e.serial_number, e.edge_name]),
    ).toEqual([
      ['A', 'new A'],
      ['B', 'old B'],
      ['C', 'NWR-STORE-114'],
    ]);
  });

  it('edges found invalid in this refresh are dropped, even when only stored', () => {
    const decision = mergeHostCache({
      stored,
      fresh: [anyEntry({ serial_number: 'C' })],
      invalid: new Set(['h#1#20']),
    });
    expect(decision).toMatchObject({ kind: 'store', removedInvalid: 1 });
    expect(decision.kind === 'store' && decision.entries.map((e) => e.serial_number)).toEqual([
      'A',
      'C',
    ]);
    expect(decision.kind === 'store' && decision.crossed.map((e) => e.serial_number)).toEqual([
      'A',
      'B',
      'C',
    ]);
  });
});
