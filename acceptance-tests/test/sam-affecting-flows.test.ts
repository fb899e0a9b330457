import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import type { FleetEdge, FleetLink } from '@automation-engine/simulators';
import { runAffectingCycle } from '../src/affecting-cycle.js';
import { engineOutput, startEngine, type Engine } from '../src/engine-harness.js';
import { EdgePicker, isPlainLink } from '../src/fleet-picks.js';
import {
  detailOf,
  NOTE_HEADER,
  notesStartingWith,
  ticketsFor,
  ticketUrl,
  waitForSlack,
} from '../src/flow-helpers.js';
import type { LabTicketView } from '../src/lab-reader.js';
import { parseCsv, textAttachments } from '../src/mime-attachments.js';
import { affectingMonitor, GRACE_SECONDS, MONITORED_HOST } from '../src/monitor-profiles.js';
import { waitFor } from '@automation-engine/testing';

const SAM = 'service-affecting-monitor';
const REPORT_RECIPIENT = 'reports@lab.example';
const DAY_MS = 86_400_000;

interface Degradation {
  id: string;
}

/**
 * service-affecting-monitor against the lab (issue #8). The monitor's cycle is at least a
 * minute, so each cycle is one process run (a cycle runs at start): cycle 1 finds the five
 * troubles and the recurrence, cycle 2 sees a new trouble, a recovery and the unchanged rest.
 */
describe('service-affecting-monitor acceptance flows', () => {
  let engine: Engine;
  const edges = {} as Record<
    'latency' | 'jitter' | 'loss' | 'bandwidth' | 'instability' | 'recurrence' | 'report',
    { edge: FleetEdge; link: FleetLink }
  >;
  const degradations: Record<string, Degradation> = {};
  let resolvedTicket: LabTicketView;

  const wiredPlainEdge = (edge: FleetEdge) =>
    edge.links.every(isPlainLink) && edge.links[0]?.type === 'WIRED';
  const vas = (serial: string) => ticketsFor(engine, serial, 'VAS');
  const troubleNotes = (ticket: LabTicketView, trouble: string) =>
    ticket.notes.filter(
      (n) =>
        n.noteValue.startsWith(NOTE_HEADER) &&
        (n.noteValue.includes(`\nTrouble: ${trouble}\n`) ||
          n.noteValue.startsWith(`${NOTE_HEADER}\nRe-opening ticket.\n\nTrouble: ${trouble}\n`)),
    );
  const degrade = async (serial: string, iface: string, values: Record<string, number>) =>
    engine.control<Degradation>('POST', `/fleet/edges/${serial}/links/${iface}/degrade`, values);

  beforeAll(async () => {
    engine = await startEngine({ name: 'sam' });
    const picker = new EdgePicker(engine.lab.fleet, MONITORED_HOST);
    for (const name of [
      'latency',
      'jitter',
      'loss',
      'bandwidth',
      'instability',
      'recurrence',
      'report',
    ] as const) {
      const edge = picker.pick('a wired plain first link', wiredPlainEdge);
      edges[name] = { edge, link: edge.links[0]! };
    }
    const { latency, jitter, loss, bandwidth, instability, recurrence } = edges;
    degradations['latency'] = await degrade(latency.edge.serial, latency.link.interface, {
      latencyMs: 300,
    });
    degradations['jitter'] = await degrade(jitter.edge.serial, jitter.link.interface, {
      jitterMs: 120,
    });
    degradations['loss'] = await degrade(loss.edge.serial, loss.link.interface, { lossPct: 20 });
    degradations['bandwidth'] = await degrade(bandwidth.edge.serial, bandwidth.link.interface, {
      bandwidthPct: 95,
    });
    await engine.control(
      'POST',
      `/fleet/edges/${instability.edge.serial}/links/${instability.link.interface}/flap`,
      { count: 12 },
    );
    // A recurrence: a resolved Latency ticket of the edge, then latency again.
    resolvedTicket = await engine.control<LabTicketView>('POST', '/bruin/tickets', {
      serviceNumbers: [recurrence.edge.serial],
      topic: 'VAS',
      status: 'Resolved',
      notes: [
        `${NOTE_HEADER}\nTrouble: Latency\n\nEdge Name: ${recurrence.edge.name}\nName: ${recurrence.link.displayName}\nInterface: ${recurrence.link.interface}\n`,
      ],
    });
    degradations['recurrence'] = await degrade(recurrence.edge.serial, recurrence.link.interface, {
      latencyMs: 300,
    });
    await runAffectingCycle(engine, affectingMonitor({ label: 'sam-cycle-1' }));
  }, 180_000);

  afterAll(async () => {
    await engine.close();
  }, 60_000);

  it.each([
    ['latency', 'Latency', ['Threshold: 140 ms', 'ms']],
    ['jitter', 'Jitter', ['Threshold: 50 ms']],
    ['loss', 'Packet Loss', ['Threshold: 8 packets']],
    ['bandwidth', 'Bandwidth Over Utilization', ['Threshold: 80%']],
    ['instability', 'Circuit Instability', ['Threshold: 10 events', 'Events: ']],
  ] as const)(
    'opens one VAS ticket with a %s trouble note for the degraded link',
    async (name, trouble, lines) => {
      const { edge, link } = edges[name];
      const tickets = await vas(edge.serial);
      expect(tickets, engineOutput(engine)).toHaveLength(1);
      const ticket = tickets[0]!;
      expect(ticket.createdBy).toBe('Intelygenz Ai');
      expect(detailOf(ticket, edge.serial).detailStatus).toBe('I');
      const notes = troubleNotes(ticket, trouble);
      expect(notes).toHaveLength(1);
      const text = notes[0]!.noteValue;
      expect(text).toContain(`Edge Name: ${edge.name}`);
      expect(text).toContain(`Name: ${link.displayName}`);
      expect(text).toContain(`Interface: ${link.interface}`);
      for (const line of lines) expect(text).toContain(line);
      expect(notes[0]?.serviceNumbers).toContain(edge.serial);
      await waitForSlack(engine, [
        `[${SAM}] Service Affecting ticket has been created for serial number ${edge.serial}`,
        `Detected trouble was ${trouble.toUpperCase()}. ${ticketUrl(ticket.ticketID)}`,
      ]);
      expect(
        engine.decisions({ service: 'sam-cycle-1', action: 'create', serial: edge.serial }),
      ).toMatchObject([{ outcome: 'done', ticket_id: ticket.ticketID, trouble }]);
      const key = `${String(ticket.ticketID)}-${edge.serial}-HNOC`;
      if (trouble === 'Circuit Instability') {
        // No HNOC forward on creation for circuit instability (it goes to ASR instead).
        expect(await engine.forwards.dueAtOf(key)).toBeNull();
      } else {
        const dueAt = await engine.forwards.dueAtOf(key);
        expect(dueAt).not.toBeNull();
        const delayMs = dueAt! * 1000 - Date.parse(ticket.createdAt);
        expect(delayMs).toBeGreaterThan((GRACE_SECONDS - 30) * 1000);
        expect(delayMs).toBeLessThan((GRACE_SECONDS + 30) * 1000);
      }
    },
  );

  it('forwards the circuit-instability ticket of a wired link to ASR', async () => {
    const { edge, link } = edges.instability;
    const [ticket] = await vas(edge.serial);
    expect(detailOf(ticket!, edge.serial).currentTaskName).toBe('No Trouble Found - Carrier Issue');
    const asrNotes = ticket!.notes.filter((n) =>
      n.noteValue.includes('Moving task to: ASR Investigate'),
    );
    expect(asrNotes).toHaveLength(1);
    expect(asrNotes[0]?.noteValue).toContain(
      `Status of Wired Link ${link.interface} (${link.displayName}) is`,
    );
    await waitForSlack(engine, [
      `[${SAM}] Detail of Circuit Instability ticket ${String(ticket!.ticketID)}`,
      'forwarded to No Trouble Found - Carrier Issue',
    ]);
  });

  it('reopens the resolved ticket of a recurring trouble instead of opening another', async () => {
    const { edge } = edges.recurrence;
    const tickets = await vas(edge.serial);
    expect(
      tickets.map((t) => t.ticketID),
      engineOutput(engine),
    ).toEqual([resolvedTicket.ticketID]);
    const ticket = tickets[0]!;
    expect(detailOf(ticket, edge.serial).detailStatus).not.toBe('R');
    expect(notesStartingWith(ticket, 'Re-opening ticket.\n\nTrouble: Latency')).toHaveLength(1);
    await waitForSlack(engine, [
      `[${SAM}] Task for serial number ${edge.serial} of Service Affecting ticket ${String(ticket.ticketID)} has been unresolved`,
    ]);
    const key = `${String(ticket.ticketID)}-${edge.serial}-HNOC`;
    expect(await engine.forwards.dueAtOf(key)).not.toBeNull();
  });

  describe('after a second cycle', () => {
    beforeAll(async () => {
      const { latency } = edges;
      // A new trouble on an edge that has a ticket, and a recovery.
      await degrade(latency.edge.serial, latency.link.interface, { jitterMs: 120 });
      await engine.control('DELETE', `/degradations/${degradations['jitter']!.id}`);
      await runAffectingCycle(engine, affectingMonitor({ label: 'sam-cycle-2' }));
    }, 120_000);

    it('appends the note of a new trouble to the open ticket and repeats nothing', async () => {
      const { latency, loss, bandwidth, instability, recurrence } = edges;
      const [ticket, ...others] = await vas(latency.edge.serial);
      expect(others, engineOutput(engine)).toEqual([]);
      expect(troubleNotes(ticket!, 'Latency')).toHaveLength(1);
      expect(troubleNotes(ticket!, 'Jitter')).toHaveLength(1);
      for (const [{ edge }, trouble] of [
        [loss, 'Packet Loss'],
        [bandwidth, 'Bandwidth Over Utilization'],
        [instability, 'Circuit Instability'],
        [recurrence, 'Latency'],
      ] as const) {
        const tickets = await vas(edge.serial);
        expect(tickets, `${trouble} of ${edge.serial}`).toHaveLength(1);
        expect(troubleNotes(tickets[0]!, trouble), `${trouble} of ${edge.serial}`).toHaveLength(
          trouble === 'Latency' && edge === recurrence.edge ? 2 : 1,
        );
      }
      expect(
        engine
          .decisions({ service: 'sam-cycle-2', action: 'create' })
          .filter((d) => d.outcome === 'done'),
      ).toEqual([]);
    });

    it('auto-resolves the ticket of the link that recovered, with an auto-resolve note', async () => {
      const { edge } = edges.jitter;
      const [ticket, ...others] = await vas(edge.serial);
      expect(others).toEqual([]);
      expect(detailOf(ticket!, edge.serial).detailStatus, engineOutput(engine)).toBe('R');
      const notes = ticket!.notes.filter((n) =>
        n.noteValue.includes(`Auto-resolving task for serial: ${edge.serial}`),
      );
      expect(notes).toHaveLength(1);
      expect(notes[0]?.noteValue).toContain('have stabilized.');
      expect(
        await engine.forwards.dueAtOf(`${String(ticket!.ticketID)}-${edge.serial}-HNOC`),
      ).toBeNull();
      await waitForSlack(engine, [
        `[${SAM}] Task for serial number ${edge.serial} of Service Affecting ticket ${String(ticket!.ticketID)} has been autoresolved`,
      ]);
      // Still degraded: not resolved.
      const [stillBad] = await vas(edges.loss.edge.serial);
      expect(detailOf(stillBad!, edges.loss.edge.serial).detailStatus).toBe('I');
    });
  });

  describe('reoccurring trouble report', () => {
    beforeAll(async () => {
      const { edge, link } = edges.report;
      // Three tickets of the last two weeks (the window ends today 00:00 UTC) with Latency on GE1.
      for (const daysAgo of [2, 3, 4]) {
        await engine.control('POST', '/bruin/tickets', {
          serviceNumbers: [edge.serial],
          topic: 'VAS',
          status: 'Resolved',
          createdAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
          notes: [
            `${NOTE_HEADER}\nTrouble: Latency\n\nEdge Name: ${edge.name}\nName: ${link.displayName}\nInterface: ${link.interface}\n`,
          ],
        });
      }
      // Kept running until the mail is there: the report runs next to the start cycle.
      await engine.startService(
        affectingMonitor({
          label: 'sam-reports',
          env: {
            EXEC_MONITOR_REPORTS_ON_START: 'true',
            EXEC_BANDWIDTH_REPORTS_ON_START: 'true',
            DAILY_BANDWIDTH_REPORT__RECIPIENTS: JSON.stringify({
              [MONITORED_HOST]: { [String(edge.clientId)]: [REPORT_RECIPIENT] },
            }),
            REOCCURRING_TROUBLE_REPORT__RECIPIENTS: JSON.stringify({
              [MONITORED_HOST]: { [String(edge.clientId)]: [REPORT_RECIPIENT] },
            }),
          },
        }),
      );
    }, 120_000);

    afterAll(async () => {
      await engine.stopService('sam-reports');
    }, 30_000);

    it(
      'mails the client a CSV with one row per trouble seen in three tickets',
      { timeout: 90_000 },
      async () => {
        const { edge, link } = edges.report;
        const client = engine.lab.fleet.index.clientById.get(edge.clientId)!;
        const mail = await waitFor(
          'the reoccurring trouble report e-mail',
          async () =>
            (await engine.read.emails({ to: REPORT_RECIPIENT })).find((m) =>
              m.subject.includes('Reoccurring Service Affecting Trouble'),
            ),
          { timeoutMs: 60_000 },
        );
        expect(mail.subject).toMatch(
          new RegExp(
            `^${client.clientName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} - Reoccurring Service Affecting Trouble - \\d{4}-\\d{2}-\\d{2}$`,
          ),
        );
        const [csv, ...more] = textAttachments(await engine.read.rawEmail(mail.id));
        expect(more).toEqual([]);
        expect(csv?.filename).toMatch(
          /^reoccurring-service-affecting-trouble_\d{4}-\d{2}-\d{2}\.csv$/,
        );
        const [header, ...rows] = parseCsv(csv!.text);
        expect(header).toEqual([
          'Trouble',
          'Serial Number',
          'Edge Name',
          'Location',
          'Number of tickets',
          'Tickets',
          'Interfaces',
        ]);
        const seeded = (await vas(edge.serial))
          .map((t) => t.ticketID)
          .sort((a, b) => a - b)
          .map(String);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          0: 'Latency',
          1: edge.serial,
          2: edge.name,
          4: '3',
          6: link.interface,
        });
        expect(rows[0]?.[5]?.split(/,\s*/)).toEqual(seeded);
      },
    );

    it(
      'mails the client its daily bandwidth CSV with one row per link of its edges',
      { timeout: 90_000 },
      async () => {
        const { edge } = edges.report;
        const client = engine.lab.fleet.index.clientById.get(edge.clientId)!;
        const mail = await waitFor(
          'the daily bandwidth report e-mail',
          async () =>
            (await engine.read.emails({ to: REPORT_RECIPIENT })).find((m) =>
              m.subject.includes('Daily Bandwidth Report'),
            ),
          { timeoutMs: 60_000 },
        );
        expect(mail.subject).toMatch(/ - Daily Bandwidth Report - \d{4}-\d{2}-\d{2}$/);
        expect(mail.subject.startsWith(client.clientName)).toBe(true);
        const [csv, ...more] = textAttachments(await engine.read.rawEmail(mail.id));
        expect(more).toEqual([]);
        expect(csv?.filename).toMatch(/^daily-bandwidth-report_\d{4}-\d{2}-\d{2}\.csv$/);
        const [header, ...rows] = parseCsv(csv!.text);
        expect(header?.slice(0, 7)).toEqual([
          'Enterprise Id',
          'Enterprise Name',
          'Serial Number',
          'Edge Name',
          'Interface',
          'Link Name',
          'Link Access Type',
        ]);
        // Every link of the client's edges the cache holds for the host, sorted by serial, interface.
        const reply = await engine.bus.request(customerCacheGet, {
          filter: { [MONITORED_HOST]: [] },
        });
        const cached = customerCacheGet.response.parse(reply.body);
        const serials = new Set(
          (typeof cached === 'string' ? [] : cached)
            .filter((entry) => entry.bruin_client_info.client_id === edge.clientId)
            .map((entry) => entry.serial_number),
        );
        const expected = engine.lab.fleet.edges
          .filter((e) => serials.has(e.serial))
          .flatMap((e) => e.links.map((l) => [e.serial, e.name, l.interface, l.displayName]))
          .sort((a, b) => (a[0] === b[0] ? a[2]!.localeCompare(b[2]!) : a[0]! < b[0]! ? -1 : 1));
        expect(expected.length).toBeGreaterThan(0);
        expect(rows.map((row) => [row[2], row[3], row[4], row[5]])).toEqual(expected);
        for (const row of rows) {
          expect(row[7]).toMatch(/^\d+\.\d{3} Mbps$/);
          expect(row[16]).toMatch(/^\d+\.\d{3} Mbps$/);
        }
      },
    );
  });
});
