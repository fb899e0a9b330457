import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hnocForwardKey, NOTE_HEADER } from '@automation-engine/monitoring';
import { metricValue, waitFor } from '@automation-engine/testing';
import { autoResolve } from '../../src/autoresolve/auto-resolve.js';
import { renderAutoresolveNote } from '../../src/autoresolve/autoresolve-note.js';
import { startAffectingFixture, type AffectingFixture } from '../support/affecting-fixture.js';

interface LabEdge {
  serial: string;
  edgeState: string | null;
  haSerial: string | null;
  links: { interface: string; displayName: string; linkState: string; byob: boolean }[];
}
interface LabTicket {
  ticketID: number;
  details: { detailID: number; detailValue: string; detailStatus: string }[];
  notes: { noteValue: string; serviceNumbers: string[] }[];
}

function troubleNote(serial: string, edge: LabEdge): string {
  const link = edge.links[0];
  return [
    NOTE_HEADER,
    'Trouble: Latency',
    '',
    `Edge Name: ${serial}`,
    `Name: ${link?.displayName ?? 'ISP'}`,
    `Interface: ${link?.interface ?? 'GE1'}`,
    'IP Address: 10.0.0.1',
    'Link Type: Public Wired',
    '',
    'Interval for Scan: 30 minutes',
  ].join('\n');
}

describe('autoResolve against the lab (spec §3.6)', () => {
  let fixture: AffectingFixture;
  let healthy: LabEdge;
  let limited: LabEdge;

  beforeAll(async () => {
    fixture = await startAffectingFixture({ lab: { seed: 31, edges: 30 } });
    const { edges } = await fixture.control<{ edges: LabEdge[] }>(
      'GET',
      `/fleet/edges?host=${fixture.host}&state=CONNECTED&limit=200`,
    );
    const cached = new Set(fixture.cache.map((entry) => entry.serial_number));
    const candidates = edges.filter(
      (edge) =>
        cached.has(edge.serial) &&
        edge.haSerial === null &&
        edge.links.length > 0 &&
        edge.links.every((link) => link.linkState === 'STABLE' && !link.byob),
    );
    if (candidates.length < 2) throw new Error('the lab has fewer than 2 healthy cached edges');
    [healthy, limited] = candidates as [LabEdge, LabEdge];
  }, 120_000);

  afterAll(async () => {
    await fixture.close();
  });

  it('resolves a healthy edge’s IPA ticket and skips one with 3 auto-resolve notes', async () => {
    const seed = (edge: LabEdge, extraNotes: string[]) =>
      fixture.control<LabTicket>('POST', '/bruin/tickets', {
        serviceNumbers: [edge.serial],
        topic: 'VAS',
        status: 'InProgress',
        notes: [...extraNotes, troubleNote(edge.serial, edge)],
      });
    const earlier = new Date(Date.now() - 3 * 3_600_000);
    const resolvable = await seed(healthy, []);
    const maxedOut = await seed(
      limited,
      [0, 1, 2].map(() => renderAutoresolveNote({ serial: limited.serial, now: earlier })),
    );
    const built = fixture.buildDeps({ mode: 'live' });
    const key = hnocForwardKey(resolvable.ticketID, healthy.serial);
    await built.forwards.schedule({
      key,
      dueAt: new Date(Date.now() + 3_600_000),
      data: {
        service: 'service-affecting-monitor',
        ticket_id: resolvable.ticketID,
        serial_number: healthy.serial,
        target_queue: 'HNOC Investigate',
      },
    });

    await autoResolve(built.deps, fixture.cache);

    const after = await fixture.control<LabTicket>(
      'GET',
      `/bruin/tickets/${String(resolvable.ticketID)}`,
    );
    expect(
      after.details.find((detail) => detail.detailValue === healthy.serial)?.detailStatus,
    ).toBe('R');
    expect(
      after.notes.some((note) =>
        note.noteValue.includes(`Auto-resolving task for serial: ${healthy.serial}`),
      ),
    ).toBe(true);
    expect(await built.forwards.dueAtOf(key)).toBeNull();
    expect(
      await metricValue(built.registry, 'tasks_autoresolved_total', {
        trouble: 'Latency',
        link_types: 'Wired',
        has_byob: 'False',
      }),
    ).toBe(1);
    const slack = await waitFor(
      'the auto-resolve Slack message',
      async () => {
        const { messages } = await fixture.control<{ messages: { text: string }[] }>(
          'GET',
          `/slack/messages?contains=${encodeURIComponent(`Service Affecting ticket ${String(resolvable.ticketID)} has been autoresolved`)}`,
        );
        return messages[0];
      },
      { timeoutMs: 15_000 },
    );
    expect(slack.text).toBe(
      `[service-affecting-monitor] Task for serial number ${healthy.serial} of Service Affecting ticket ${String(resolvable.ticketID)} has been autoresolved. Details at https://app.bruin.com/t/${String(resolvable.ticketID)}`,
    );

    const untouched = await fixture.control<LabTicket>(
      'GET',
      `/bruin/tickets/${String(maxedOut.ticketID)}`,
    );
    expect(
      untouched.details.find((detail) => detail.detailValue === limited.serial)?.detailStatus,
    ).not.toBe('R');
    expect(built.decisions()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'resolve',
          outcome: 'done',
          serial: healthy.serial,
          ticket_id: resolvable.ticketID,
        }),
        expect.objectContaining({
          action: 'skip',
          outcome: 'skipped',
          serial: limited.serial,
          ticket_id: maxedOut.ticketID,
          reason: 'auto-resolve limit reached (3 of 3)',
        }),
      ]),
    );
  }, 90_000);

  it('does not write outside live mode, and skips every ticket not created by the IPA user', async () => {
    const edge = healthy;
    const ipa = await fixture.control<LabTicket>('POST', '/bruin/tickets', {
      serviceNumbers: [edge.serial],
      topic: 'VAS',
      status: 'InProgress',
      notes: [troubleNote(edge.serial, edge)],
    });
    const byPerson = await fixture.control<LabTicket>('POST', '/bruin/tickets', {
      serviceNumbers: [edge.serial],
      topic: 'VAS',
      status: 'InProgress',
      createdBy: 'Jane Doe',
      notes: [troubleNote(edge.serial, edge)],
    });
    const built = fixture.buildDeps({ mode: 'would-have' });

    await autoResolve(built.deps, fixture.cache);

    const after = await fixture.control<LabTicket>('GET', `/bruin/tickets/${String(ipa.ticketID)}`);
    expect(after.details[0]?.detailStatus).not.toBe('R');
    expect(built.decisions()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'resolve',
          outcome: 'would-have',
          ticket_id: ipa.ticketID,
        }),
        expect.objectContaining({
          action: 'skip',
          ticket_id: byPerson.ticketID,
          reason: 'ticket not created by the IPA user',
        }),
      ]),
    );
  }, 90_000);

  it('skips an edge whose link flapped 4 times (LINK_DEAD events) and one with high latency', async () => {
    const [flapping, slow] = [healthy, limited];
    const link = (edge: LabEdge) => edge.links[0]?.interface ?? 'GE1';
    await fixture.control('POST', `/fleet/edges/${flapping.serial}/links/${link(flapping)}/flap`, {
      count: 4,
      overMs: 10 * 60_000,
    });
    await fixture.control('POST', `/fleet/edges/${slow.serial}/links/${link(slow)}/degrade`, {
      latencyMs: 500,
      from: Date.now() - 30 * 60_000,
    });
    try {
      const built = fixture.buildDeps({ mode: 'live' });
      await autoResolve(built.deps, fixture.cache);
      const skips = built
        .decisions()
        .filter((d) => d['action'] === 'skip' && String(d['reason']).startsWith('not stable'));
      expect(skips).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            serial: flapping.serial,
            reason: `not stable: link ${link(flapping)}: 4 LINK_DEAD events`,
          }),
          expect.objectContaining({
            serial: slow.serial,
            reason: `not stable: link ${link(slow)}: latency not within threshold`,
          }),
        ]),
      );
    } finally {
      await fixture.control('DELETE', '/degradations');
    }
  }, 90_000);

  it('stops without metrics (the VeloCloud host fails)', async () => {
    await fixture.control('POST', '/faults', {
      simulator: 'vco',
      path: '/portal/rest/monitoring/getAggregateEdgeLinkMetrics',
      action: { kind: 'error', status: 500 },
    });
    try {
      const built = fixture.buildDeps({ mode: 'live' });
      await expect(autoResolve(built.deps, fixture.cache)).resolves.toBeUndefined();
      expect(built.decisions()).toEqual([]);
    } finally {
      await fixture.control('DELETE', '/faults?simulator=vco');
    }
  }, 60_000);
});
