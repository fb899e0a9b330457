import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketForwardEvent } from '@automation-engine/contracts/task-dispatcher';
import { hnocForwardKey, isIpAddressLabel } from '@automation-engine/monitoring';
import { metricValue } from '@automation-engine/testing';
import {
  startAffectingFixture,
  type AffectingFixture,
  type RunningMonitor,
} from '../support/affecting-fixture.js';

interface LabTicket {
  ticketID: number;
  ticketStatus: string;
  topicCode: string;
  details: {
    detailID: number;
    detailValue: string;
    detailStatus: string;
    currentTaskName: string;
  }[];
  notes: { noteValue: string; serviceNumbers: string[] }[];
  subscribers: unknown[];
}

interface EdgeSummary {
  serial: string;
  edgeState: string | null;
  links: {
    interface: string;
    type: string;
    byob: boolean;
    displayName: string;
    linkState: string;
  }[];
}

let fixture: AffectingFixture;
/** Three edges with a plain wired GE1: latency (A), resolved ticket + jitter (B), flapping (C). */
let serials: { a: string; b: string; c: string };
let seededTicket: number;
let live: RunningMonitor;

async function ticketsOf(serial: string): Promise<LabTicket[]> {
  const answer = await fixture.control<{ tickets: LabTicket[] }>(
    'GET',
    `/bruin/tickets?serviceNumber=${serial}&topic=VAS`,
  );
  return answer.tickets;
}

async function slackMessages(contains: string): Promise<string[]> {
  const answer = await fixture.control<{ messages: { text: string }[] }>(
    'GET',
    `/slack/messages?contains=${encodeURIComponent(contains)}`,
  );
  return answer.messages.map((m) => m.text);
}

beforeAll(async () => {
  fixture = await startAffectingFixture();
  const plain: string[] = [];
  for (const entry of fixture.cache) {
    if (!entry.links_configuration.some((c) => c.type === 'WIRED' && c.interfaces.includes('GE1')))
      continue;
    const edge = await fixture.control<EdgeSummary>('GET', `/fleet/edges/${entry.serial_number}`);
    const ge1 = edge.links.find((link) => link.interface === 'GE1');
    if (
      edge.edgeState === 'CONNECTED' &&
      ge1 !== undefined &&
      ge1.type === 'WIRED' &&
      !ge1.byob &&
      !/piab|byob|customer|client/i.test(ge1.displayName) &&
      !isIpAddressLabel(ge1.displayName)
    ) {
      plain.push(entry.serial_number);
    }
    if (plain.length === 3) break;
  }
  const [a, b, c] = plain;
  if (a === undefined || b === undefined || c === undefined)
    throw new Error('the lab has no 3 plain wired links');
  serials = { a, b, c };
  await fixture.control('POST', `/fleet/edges/${a}/links/GE1/degrade`, { latencyMs: 400 });
  await fixture.control('POST', `/fleet/edges/${b}/links/GE1/degrade`, { jitterMs: 120 });
  const seeded = await fixture.control<LabTicket>('POST', '/bruin/tickets', {
    serviceNumbers: [b],
    topic: 'VAS',
    status: 'Resolved',
    notes: [`#*MetTel's IPA*#\nTrouble: Jitter\n\nEdge Name: old\nName: old\nInterface: GE1`],
  });
  seededTicket = seeded.ticketID;
  await fixture.control('POST', `/fleet/edges/${c}/links/GE1/flap`, { count: 12 });
}, 120_000);

afterAll(async () => {
  await fixture.close();
});

describe('SAM monitoring cycle against the lab', () => {
  it('writes nothing in would-have mode', async () => {
    const monitor = await fixture.startMonitor({ BRUIN_WRITES: 'would-have' });
    await monitor.cycle();
    await monitor.stop();
    expect(await ticketsOf(serials.a)).toEqual([]);
    expect(await ticketsOf(serials.c)).toEqual([]);
    const [seeded] = await ticketsOf(serials.b);
    expect(seeded?.ticketStatus).toBe('Resolved');
    expect(seeded?.notes).toHaveLength(1);
  }, 90_000);

  it('creates a VAS ticket with a Latency trouble note for a degraded link and schedules HNOC', async () => {
    live = await fixture.startMonitor({ BRUIN_WRITES: 'live' });
    await live.cycle();
    const [created, ...others] = await ticketsOf(serials.a);
    expect(others).toEqual([]);
    expect(created?.topicCode).toBe('VAS');
    const notes = created?.notes.map((n) => n.noteValue) ?? [];
    expect(notes.filter((n) => n.includes('Trouble: Latency'))).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^#\*MetTel's IPA\*#\nTrouble: Latency\n\nEdge Name: .+\nName: .+\nInterface: GE1\n/,
    );
    expect(notes[0]).toContain('Receive: 400 ms');
    const key = hnocForwardKey(created?.ticketID ?? 0, serials.a);
    expect(await live.app.deps.forwards.dataOf(key)).toMatchObject({
      service: 'service-affecting-monitor',
      target_queue: 'HNOC Investigate',
      metrics_labels: { trouble: 'Latency', link_type: 'WIRED', has_byob: false },
    });
    expect(
      await slackMessages(
        `Service Affecting ticket has been created for serial number ${serials.a}`,
      ),
    ).toHaveLength(1);
  }, 90_000);

  it('reopens a resolved ticket when its trouble comes back', async () => {
    const [reopened] = await ticketsOf(serials.b);
    expect(reopened?.ticketID).toBe(seededTicket);
    expect(reopened?.details.find((d) => d.detailValue === serials.b)?.detailStatus).not.toBe('R');
    expect(
      reopened?.notes
        .map((n) => n.noteValue)
        .some((n) => n.includes('Re-opening ticket.\n\nTrouble: Jitter')),
    ).toBe(true);
    expect(
      await slackMessages(
        `of Service Affecting ticket ${String(seededTicket)} has been unresolved`,
      ),
    ).toHaveLength(1);
  });

  it('opens a Circuit Instability ticket for a flapping link and forwards it to ASR', async () => {
    const [ticket] = await ticketsOf(serials.c);
    const notes = ticket?.notes.map((n) => n.noteValue) ?? [];
    expect(
      notes.some((n) => n.includes('Trouble: Circuit Instability') && n.includes('Events: 12')),
    ).toBe(true);
    expect(notes.some((n) => n.includes('Moving task to: ASR Investigate'))).toBe(true);
    expect(ticket?.details.find((d) => d.detailValue === serials.c)?.currentTaskName).toBe(
      'No Trouble Found - Carrier Issue',
    );
    expect(
      await live.app.deps.forwards.dueAtOf(hnocForwardKey(ticket?.ticketID ?? 0, serials.c)),
    ).toBeNull();
  });

  it('appends nothing new for the same troubles on the next cycle', async () => {
    const before = await Promise.all([serials.a, serials.b, serials.c].map(ticketsOf));
    await live.cycle();
    const after = await Promise.all([serials.a, serials.b, serials.c].map(ticketsOf));
    expect(after.map((tickets) => tickets.map((t) => t.notes.length))).toEqual(
      before.map((tickets) => tickets.map((t) => t.notes.length)),
    );
  }, 90_000);

  it('counts tasks_forwarded when the task-dispatcher reports a forward done', async () => {
    await fixture.caller.publish(ticketForwardEvent('service-affecting-monitor', 'success'), {
      service: 'service-affecting-monitor',
      ticket_id: 1,
      serial_number: serials.a,
      target_queue: 'HNOC Investigate',
      metrics_labels: {
        client: 'Acme',
        trouble: 'Latency',
        has_byob: false,
        link_type: 'WIRED',
        target_queue: 'HNOC Investigate',
      },
    });
    const registry = live.service.kit.registry;
    const labels = {
      target_queue: 'HNOC Investigate',
      trouble: 'Latency',
      link_types: 'Wired',
      has_byob: 'False',
    };
    const deadline = Date.now() + 5_000;
    while (
      (await metricValue(registry, 'tasks_forwarded_total', labels)) === undefined &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await metricValue(registry, 'tasks_forwarded_total', labels)).toBe(1);
  });
});
