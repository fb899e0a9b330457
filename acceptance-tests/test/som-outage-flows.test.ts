import { afterAll, beforeAll, describe, it } from 'vitest';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import { notificationSlackRequest } from '@automation-engine/contracts/notifications';
import type { FleetEdge } from '@automation-engine/simulators';
import { engineOutput, startEngine, type Engine } from '../src/engine-harness.js';
import { EdgePicker, isByobLink, isPlainLink } from '../src/fleet-picks.js';
import {
  detailOf,
  edgeDown,
  edgeUp,
  linkDown,
  notesStartingWith,
  ticketsFor,
  ticketUrl,
  waitForSlack,
  waitForTicket,
} from '../src/flow-helpers.js';
import type { LabTicketView } from '../src/lab-reader.js';
import {
  CYCLE_SECONDS,
  GRACE_SECONDS,
  MONITORED_HOST,
  outageMonitor,
  QUARANTINE_SECONDS,
} from '../src/monitor-profiles.js';
import { sleep, waitFor } from '@automation-engine/testing';

/** Actions that write to Bruin, DiGi or people (quarantine and skip do not). */
const WRITES = [
  'create',
  'reopen',
  'note',
  'forward',
  'schedule-forward',
  'severity',
  'reboot',
  'email',
  'resolve',
  'close',
];

/**
 * service-outage-monitor against the lab (issue #7): one engine, a live monitor on
 * mettel.velocloud.net and a dry-run one on metvco02.mettel.net, every flow on edges of its
 * own so the flows run side by side.
 */
describe('service-outage-monitor acceptance flows', () => {
  let engine: Engine;
  let picker: EdgePicker;
  const SOM = 'service-outage-monitor';
  const DRY_SOM = 'som-dry-run';
  const DRY_RUN_HOST = 'metvco02.mettel.net';
  const FLOW_TIMEOUT = 150_000;
  /** Long enough for two more cycles and their quarantine re-checks. */
  const SETTLE_MS = (2 * CYCLE_SECONDS + QUARANTINE_SECONDS + 2) * 1000;

  beforeAll(async () => {
    engine = await startEngine({
      name: 'som',
      monitors: [
        outageMonitor(),
        // The other host, in dry-run: its flow shares the engine without touching the others.
        outageMonitor({ label: DRY_SOM, host: DRY_RUN_HOST, env: { DRY_RUN: 'true' } }),
      ],
    });
    picker = new EdgePicker(engine.lab.fleet, MONITORED_HOST);
  }, 120_000);

  afterAll(async () => {
    await engine.close();
  }, 60_000);

  const allPlain = (edge: FleetEdge) => edge.links.every(isPlainLink);
  const voo = (serial: string) => ticketsFor(engine, serial, 'VOO');
  const open = (serial: string) => (ticket: LabTicketView) =>
    detailOf(ticket, serial).detailStatus !== 'R';
  const resolved = (serial: string) => (ticket: LabTicketView) =>
    detailOf(ticket, serial).detailStatus === 'R';

  it.concurrent(
    'opens one ticket after quarantine for an offline edge, notes it, sets severity 2 and forwards it to HNOC',
    async ({ expect }) => {
      const edge = picker.pick('only plain links', allPlain);
      const downAt = Date.now();
      await edgeDown(engine, edge.serial);

      const created = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the outage ticket',
      });
      expect(Date.parse(created.createdAt) - downAt).toBeGreaterThanOrEqual(
        QUARANTINE_SECONDS * 1000 - 250,
      );
      const key = `${String(created.ticketID)}-${edge.serial}-HNOC`;
      const dueAt = await waitFor('the HNOC forward', () => engine.forwards.dueAtOf(key), {
        timeoutMs: 15_000,
      });
      // Hard Down: due one minute after the ticket was created.
      expect(dueAt * 1000 - Date.parse(created.createdAt)).toBeGreaterThan(50_000);
      expect(dueAt * 1000 - Date.parse(created.createdAt)).toBeLessThan(75_000);
      expect(await engine.forwards.dataOf(key)).toMatchObject({
        service: SOM,
        ticket_id: created.ticketID,
        serial_number: edge.serial,
        target_queue: 'HNOC Investigate',
      });

      await sleep(SETTLE_MS);
      const [ticket, ...others] = await voo(edge.serial);
      expect(others, engineOutput(engine)).toEqual([]);
      expect(ticket?.ticketID).toBe(created.ticketID);
      expect(ticket?.severity).toBe(2);
      const triage = notesStartingWith(ticket!, 'Triage (VeloCloud)');
      expect(triage).toHaveLength(1);
      expect(triage[0]?.noteValue).toContain('Outage Type: Hard Down (no HA)');
      expect(triage[0]?.noteValue).toContain(`Serial: ${edge.serial}`);
      expect(triage[0]?.noteValue).toContain(`Orchestrator Instance: ${MONITORED_HOST}`);
      // Edge offline with every link down: the "edge down" milestone e-mail.
      expect(ticket?.notifications.map((n) => n.notificationType)).toContain(
        'TicketServiceAffectingRepairVelo_E-Mail',
      );
      await waitForSlack(engine, [
        `Service Outage ticket created for edge ${edge.serial} in Hard Down (no HA) state`,
        ticketUrl(created.ticketID),
      ]);
      expect(
        engine.decisions({ service: SOM, action: 'create', outcome: 'done', serial: edge.serial }),
      ).toMatchObject([
        { outcome: 'done', ticket_id: created.ticketID, outage_type: 'Hard Down (no HA)' },
      ]);

      // The task-dispatcher performs the forward when due.
      const forwarded = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the task in HNOC Investigate',
        accepts: (t) => detailOf(t, edge.serial).currentTaskName === 'HNOC Investigate',
        timeoutMs: 90_000,
        intervalMs: 1_000,
      });
      expect(forwarded.ticketID).toBe(created.ticketID);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'documents a link down with severity 3 and an HNOC forward due grace ÷ 60 minutes later',
    async ({ expect }) => {
      const edge = picker.pick(
        'two or more plain links',
        (e) => e.links.length >= 2 && allPlain(e),
      );
      const link = edge.links[0]!;
      await linkDown(engine, edge.serial, link.interface);

      const created = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the link-down ticket',
      });
      const key = `${String(created.ticketID)}-${edge.serial}-HNOC`;
      const dueAt = await waitFor('the HNOC forward', () => engine.forwards.dueAtOf(key), {
        timeoutMs: 15_000,
      });
      const delayMs = dueAt * 1000 - Date.parse(created.createdAt);
      expect(delayMs).toBeGreaterThan((GRACE_SECONDS - 15) * 1000);
      expect(delayMs).toBeLessThan((GRACE_SECONDS + 15) * 1000);

      await sleep(SETTLE_MS);
      const [ticket, ...others] = await voo(edge.serial);
      expect(others).toEqual([]);
      expect(ticket?.severity).toBe(3);
      const triage = notesStartingWith(ticket!, 'Triage (VeloCloud)');
      expect(triage).toHaveLength(1);
      expect(triage[0]?.noteValue).toContain('Outage Type: Link Down (no HA)');
      expect(triage[0]?.noteValue).toContain(`Interface ${link.interface} Status: DISCONNECTED`);
      // Not due yet: still in the IPA queue, still scheduled.
      expect(detailOf(ticket!, edge.serial).currentTaskName).toBe('IPA Investigate');
      expect(await engine.forwards.dueAtOf(key)).toBe(dueAt);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'auto-resolves the ticket of an edge that came back, with an auto-resolve note',
    async ({ expect }) => {
      const edge = picker.pick('only plain links', allPlain);
      await edgeDown(engine, edge.serial);
      const created = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the outage ticket',
      });
      const key = `${String(created.ticketID)}-${edge.serial}-HNOC`;
      await waitFor('the HNOC forward', () => engine.forwards.dueAtOf(key));

      await edgeUp(engine, edge.serial);
      // The monitor resolves the task, then notes it and clears the forward: wait for all three.
      const noted = (candidate: Parameters<typeof notesStartingWith>[0]) =>
        notesStartingWith(candidate, `Auto-resolving detail for serial: ${edge.serial}`).length > 0;
      const ticket = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the auto-resolved ticket with its auto-resolve note',
        accepts: (candidate) => resolved(edge.serial)(candidate) && noted(candidate),
      });
      expect(ticket.ticketID).toBe(created.ticketID);
      const notes = notesStartingWith(ticket, `Auto-resolving detail for serial: ${edge.serial}`);
      expect(notes).toHaveLength(1);
      await waitFor('the HNOC forward cleared', async () =>
        (await engine.forwards.dueAtOf(key)) === null ? true : undefined,
      );
      await waitForSlack(engine, [
        `Outage ticket ${String(ticket.ticketID)} was autoresolved`,
        ticketUrl(ticket.ticketID),
      ]);
      expect(
        engine.decisions({ service: SOM, action: 'resolve', serial: edge.serial }),
      ).toMatchObject([{ outcome: 'done', ticket_id: ticket.ticketID }]);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'auto-resolves a flapping edge three times and leaves the fourth outage open',
    async ({ expect }) => {
      const edge = picker.pick('only plain links', allPlain);
      const autoResolveNotes = (t: LabTicketView) =>
        notesStartingWith(t, `Auto-resolving detail for serial: ${edge.serial}`).length;
      let ticketId = 0;
      for (let round = 1; round <= 4; round += 1) {
        await edgeDown(engine, edge.serial);
        const reopened = await waitForTicket(engine, {
          serial: edge.serial,
          topic: 'VOO',
          what: `outage ${String(round)} documented`,
          accepts: (t) =>
            open(edge.serial)(t) &&
            (round === 1 || notesStartingWith(t, 'Re-opening ticket.').length === round - 1),
        });
        if (round === 1) ticketId = reopened.ticketID;
        expect(reopened.ticketID).toBe(ticketId);
        await edgeUp(engine, edge.serial);
        if (round < 4) {
          const back = await waitForTicket(engine, {
            serial: edge.serial,
            topic: 'VOO',
            what: `auto-resolve ${String(round)}`,
            accepts: (t) => resolved(edge.serial)(t) && autoResolveNotes(t) === round,
          });
          expect(back.ticketID).toBe(ticketId);
        }
      }
      const lastUpAt = Date.now();
      await sleep(SETTLE_MS);
      const [ticket, ...others] = await voo(edge.serial);
      expect(others).toEqual([]);
      expect(detailOf(ticket!, edge.serial).detailStatus).not.toBe('R');
      expect(autoResolveNotes(ticket!)).toBe(3);
      const skips = engine
        .decisions({ service: SOM, action: 'skip', serial: edge.serial, ticketId })
        .filter((d) => d.time >= lastUpAt);
      expect(skips.length, engineOutput(engine)).toBeGreaterThan(0);
      expect(skips[0]?.reason).toMatch(/auto-?resolved.*\b3\b/i);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'reopens the task of a resolved ticket Bruin did not re-open (471) and notes the reopening',
    async ({ expect }) => {
      const edge = picker.pick('only plain links', allPlain);
      const seeded = await engine.control<LabTicketView>('POST', '/bruin/tickets', {
        serviceNumbers: [edge.serial],
        topic: 'VOO',
        status: 'Resolved',
        reopenable: false,
      });
      await edgeDown(engine, edge.serial);
      const ticket = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the reopened task with its note',
        accepts: (t) =>
          open(edge.serial)(t) && notesStartingWith(t, 'Re-opening ticket.').length > 0,
      });
      expect(ticket.ticketID).toBe(seeded.ticketID);
      await waitForSlack(engine, [
        `Task for edge ${edge.serial} of ticket ${String(seeded.ticketID)} reopened`,
      ]);
      await sleep(SETTLE_MS);
      const tickets = await voo(edge.serial);
      expect(tickets.map((t) => t.ticketID)).toEqual([seeded.ticketID]);
      expect(notesStartingWith(tickets[0]!, 'Re-opening ticket.')).toHaveLength(1);
      expect(
        engine.decisions({ service: SOM, action: 'reopen', serial: edge.serial }),
      ).toMatchObject([{ outcome: 'done', ticket_id: seeded.ticketID }]);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'notes the reopening of a resolved ticket Bruin re-opened itself (472)',
    async ({ expect }) => {
      const edge = picker.pick('only plain links', allPlain);
      const seeded = await engine.control<LabTicketView>('POST', '/bruin/tickets', {
        serviceNumbers: [edge.serial],
        topic: 'VOO',
        status: 'Resolved',
      });
      await edgeDown(engine, edge.serial);
      const ticket = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the reopen note',
        accepts: (t) => notesStartingWith(t, 'Re-opening ticket.').length > 0,
      });
      expect(ticket.ticketID).toBe(seeded.ticketID);
      await sleep(SETTLE_MS);
      const tickets = await voo(edge.serial);
      expect(tickets.map((t) => t.ticketID)).toEqual([seeded.ticketID]);
      expect(detailOf(tickets[0]!, edge.serial).detailStatus).toBe('I');
      const reopenNotes = notesStartingWith(tickets[0]!, 'Re-opening ticket.');
      expect(reopenNotes).toHaveLength(1);
      expect(reopenNotes[0]?.noteValue).toContain('Outage Type: Hard Down (no HA)');
      expect(tickets[0]?.severity).toBe(2);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    "triages the edge Bruin added to its site's resolved ticket (473)",
    async ({ expect }) => {
      const [edge, mate] = picker.pickSiteMates('only plain links', allPlain);
      const seeded = await engine.control<LabTicketView>('POST', '/bruin/tickets', {
        serviceNumbers: [mate.serial],
        topic: 'VOO',
        status: 'Resolved',
      });
      await edgeDown(engine, edge.serial);
      const ticket = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: "the site's ticket with a triage note for the edge",
        accepts: (t) =>
          notesStartingWith(t, 'Triage (VeloCloud)').some((n) =>
            n.noteValue.includes(`Serial: ${edge.serial}`),
          ),
      });
      expect(ticket.ticketID).toBe(seeded.ticketID);
      await sleep(SETTLE_MS);
      const tickets = await voo(edge.serial);
      expect(tickets.map((t) => t.ticketID)).toEqual([seeded.ticketID]);
      expect(detailOf(tickets[0]!, edge.serial).detailStatus).toBe('I');
      expect(detailOf(tickets[0]!, mate.serial).detailStatus).toBe('R');
      expect(
        notesStartingWith(tickets[0]!, 'Triage (VeloCloud)').filter((n) =>
          n.noteValue.includes(`Serial: ${edge.serial}`),
        ),
      ).toHaveLength(1);
      expect(tickets[0]?.severity).toBe(2);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'asks DiGi to reboot the router of a DiGi link that went down, and notes it',
    async ({ expect }) => {
      const edge = picker.pick('a DiGi link', (e) => e.links.some((l) => l.digi));
      const link = edge.links.find((l) => l.digi)!;
      await linkDown(engine, edge.serial, link.interface);
      const created = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the link-down ticket',
      });
      const reboot = await waitFor('the DiGi reboot in the lab', async () =>
        (await engine.read.digiReboots()).find((r) => r.serial === edge.serial),
      );
      expect(reboot).toMatchObject({
        mac: link.logicalId,
        interface: link.interface,
        ticket: String(created.ticketID),
      });
      const ticket = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the DiGi note',
        accepts: (t) =>
          t.notes.some((n) => n.noteValue.includes('Offline DiGi interface identified')),
      });
      const digiNote = ticket.notes.find((n) =>
        n.noteValue.includes('Offline DiGi interface identified'),
      );
      expect(digiNote?.noteValue).toContain(`serial: ${edge.serial}`);
      expect(digiNote?.noteValue).toContain(`Interface: ${link.interface}`);
      await waitForSlack(engine, [`DiGi reboot started for faulty edge ${edge.serial}`]);
      await sleep(SETTLE_MS);
      expect(
        (await engine.read.digiReboots()).filter((r) => r.serial === edge.serial),
      ).toHaveLength(1);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'sends the BYOB acknowledgement and a reminder note, and no HNOC forward, when only a BYOB link is down',
    async ({ expect }) => {
      const edge = picker.pick(
        'a BYOB link and another link',
        (e) => e.links.length >= 2 && e.links.some(isByobLink) && !e.links.some((l) => l.digi),
      );
      const link = edge.links.find(isByobLink)!;
      await linkDown(engine, edge.serial, link.interface);
      const ticket = await waitForTicket(engine, {
        serial: edge.serial,
        topic: 'VOO',
        what: 'the acknowledgement and the reminder note',
        accepts: (t) =>
          t.notifications.some(
            (n) => n.notificationType === 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
          ) && notesStartingWith(t, 'Client Reminder').length > 0,
      });
      await sleep(SETTLE_MS);
      const [latest, ...others] = await voo(edge.serial);
      expect(others).toEqual([]);
      expect(latest?.ticketID).toBe(ticket.ticketID);
      expect(await engine.forwards.dueAtOf(`${String(ticket.ticketID)}-${edge.serial}-HNOC`)).toBe(
        null,
      );
      expect(
        latest?.notifications.filter(
          (n) => n.notificationType === 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
        ),
      ).toHaveLength(1);
      expect(notesStartingWith(latest!, 'Client Reminder')).toHaveLength(1);
      expect(detailOf(latest!, edge.serial).currentTaskName).toBe('IPA Investigate');
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'in dry-run, logs the ticket it would create for an offline edge and writes nothing',
    async ({ expect }) => {
      const edge = new EdgePicker(engine.lab.fleet, DRY_RUN_HOST).pick(
        'only plain links',
        allPlain,
      );
      await edgeDown(engine, edge.serial);
      const decision = await waitFor(
        'the dry-run creation decision',
        () =>
          engine
            .decisions({ service: DRY_SOM, action: 'create', serial: edge.serial })
            .find((d) => d.outcome === 'dry-run'),
        { timeoutMs: 45_000 },
      );
      expect(decision).toMatchObject({ mode: 'dry-run', outage_type: 'Hard Down (no HA)' });
      expect(decision.reason).not.toBe('');
      await sleep(SETTLE_MS);
      expect(await engine.read.tickets({ serviceNumber: edge.serial })).toEqual([]);
      const scheduled = await engine.redis.zrange(engine.forwards.zKey, 0, -1);
      expect(scheduled.filter((key) => key.includes(edge.serial))).toEqual([]);
      expect(await engine.read.slack(edge.serial)).toEqual([]);
      expect((await engine.read.digiReboots()).filter((r) => r.serial === edge.serial)).toEqual([]);
      const written = engine
        .decisions({ service: DRY_SOM })
        .filter(
          (d) => WRITES.includes(d.action) && d.outcome !== 'dry-run' && d.outcome !== 'skipped',
        );
      expect(written).toEqual([]);
    },
    FLOW_TIMEOUT,
  );

  it.concurrent(
    'runs every process on one scope, the cache holding the monitored edges of the lab',
    async ({ expect }) => {
      const reply = await engine.bus.request(customerCacheGet, {
        filter: { [MONITORED_HOST]: [] },
      });
      expect(reply.status).toBe(200);
      const body = customerCacheGet.response.parse(reply.body);
      const serials = (typeof body === 'string' ? [] : body).map((entry) => entry.serial_number);
      const monitorable = new EdgePicker(engine.lab.fleet, MONITORED_HOST).candidates();
      expect(monitorable.length).toBeGreaterThan(5);
      for (const edge of monitorable) expect(serials).toContain(edge.serial);
      for (const child of engine.processes.values()) {
        expect(child.lines.some((line) => line.record?.['environment'] === engine.scope)).toBe(
          true,
        );
      }
      await engine.bus.publish(notificationSlackRequest, { message: `ping ${engine.scope}` });
      await waitForSlack(engine, [`ping ${engine.scope}`]);
    },
    FLOW_TIMEOUT,
  );
});
