import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hnocForwardKey,
  isByobLabel,
  isDigiLogicalId,
  NOTE_HEADER,
} from '@automation-engine/monitoring';
import { ticketForwardEvent } from '@automation-engine/contracts/task-dispatcher';
import { runService } from '@automation-engine/service-kit';
import { freePort, metricValue, waitFor } from '@automation-engine/testing';
import { wireOutageMonitor, type OutageMonitorApp } from '../../src/app.js';
import { serviceEnv } from '../../src/config.js';
import { attemptTicketCreation } from '../../src/creation/attempt-ticket-creation.js';
import { runMonitoringCycle, type CycleSummary } from '../../src/cycle/monitoring-cycle.js';
import { QuarantineRechecks } from '../../src/cycle/quarantine-rechecks.js';
import type { MonitoredEdge, OutageDeps } from '../../src/model.js';
import { classifyOutage, isHealthy } from '../../src/status/classify-outage.js';
import { fetchEdgeStatuses } from '../../src/status/fetch-edge-statuses.js';
import { joinWithCache } from '../../src/status/join-edges.js';
import { startOutageFixture, type OutageFixture } from '../support/outage-fixture.js';

interface LabTicketView {
  ticketID: number;
  ticketStatus: string;
  severity: number;
  details: { detailID: number; detailValue: string; detailStatus: string }[];
  notes: { noteValue: string; serviceNumbers: string[] }[];
}

let fixture: OutageFixture;
const taken = new Set<string>();

beforeAll(async () => {
  fixture = await startOutageFixture();
}, 150_000);

afterAll(async () => {
  await fixture.close();
});

function quarantinedOn(host: CycleSummary['hosts'][string] | undefined): number {
  return typeof host === 'object' ? host.quarantined : -1;
}

async function edgesOf(deps: OutageDeps, host: string): Promise<MonitoredEdge[]> {
  const statuses = await fetchEdgeStatuses(deps, host);
  if (statuses === null) throw new Error(`no statuses for ${host}`);
  return joinWithCache(statuses, fixture.cache);
}

/** A healthy edge without HA, with links and a Bruin client, not used by another test. */
async function pickHealthyEdge(deps: OutageDeps, host: string): Promise<MonitoredEdge> {
  const edge = (await edgesOf(deps, host)).find(
    (candidate) =>
      !taken.has(candidate.cached.serial_number) &&
      candidate.status.edgeHASerialNumber === null &&
      candidate.status.links.length > 0 &&
      candidate.cached.bruin_client_info.client_id !== null &&
      isHealthy(candidate.status),
  );
  if (edge === undefined) throw new Error(`no healthy edge left on ${host}`);
  taken.add(edge.cached.serial_number);
  return edge;
}

async function takeDown(deps: OutageDeps, edge: MonitoredEdge): Promise<MonitoredEdge> {
  await fixture.control('POST', `/fleet/edges/${edge.cached.serial_number}/down`);
  const now = (await edgesOf(deps, edge.cached.edge.host)).find(
    (candidate) => candidate.cached.serial_number === edge.cached.serial_number,
  );
  if (now === undefined) throw new Error('edge vanished');
  return now;
}

async function ticketsOf(serial: string): Promise<LabTicketView[]> {
  const list = await fixture.control<{ tickets: LabTicketView[] }>(
    'GET',
    `/bruin/tickets?serviceNumber=${encodeURIComponent(serial)}`,
  );
  return list.tickets;
}

describe('monitoring cycle against the lab', () => {
  it('an OFFLINE edge gets, after its quarantine, one ticket with a triage note, severity 2 and an HNOC forward in Redis', async () => {
    const { deps, decisions, registry } = fixture.makeDeps();
    const host = fixture.hosts[0] ?? '';
    const edge = await pickHealthyEdge(deps, host);
    const serial = edge.cached.serial_number;
    await takeDown(deps, edge);
    let whitelist: ReadonlySet<string> = new Set();
    const rechecks = new QuarantineRechecks({ deps, whitelist: () => whitelist });
    const before = Date.now();

    const summary = await runMonitoringCycle(deps, {
      hosts: [host],
      rechecks,
      onWhitelist: (next) => {
        whitelist = next;
      },
    });
    expect(summary.ran).toBe(true);
    expect(whitelist.has(serial)).toBe(true);
    expect(decisions.of(serial)).toContainEqual(
      expect.objectContaining({
        action: 'quarantine',
        outcome: 'done',
        outageType: 'Hard Down (no HA)',
      }),
    );
    expect(await ticketsOf(serial)).toEqual([]);

    await rechecks.idle();
    const tickets = await ticketsOf(serial);
    expect(tickets).toHaveLength(1);
    const ticket = tickets[0] as LabTicketView;
    expect(ticket.severity).toBe(2);
    expect(
      ticket.notes.some((note) => note.noteValue.startsWith(`${NOTE_HEADER}\nTriage (VeloCloud)`)),
    ).toBe(true);
    const key = hnocForwardKey(ticket.ticketID, serial);
    const data = await deps.forwards.dataOf(key);
    expect(data).toMatchObject({
      service: 'service-outage-monitor',
      ticket_id: ticket.ticketID,
      serial_number: serial,
      target_queue: 'HNOC Investigate',
      metrics_labels: {
        outage_type: 'Hard Down (no HA)',
        severity: 2,
        target_queue: 'HNOC Investigate',
      },
    });
    const dueAt = (await deps.forwards.dueAtOf(key)) ?? 0;
    expect(dueAt * 1000).toBeGreaterThanOrEqual(before + 60_000);
    expect(dueAt * 1000).toBeLessThanOrEqual(Date.now() + 61_000);
    expect(
      await metricValue(registry, 'tasks_created_total', { outage_type: 'Hard Down (no HA)' }),
    ).toBe(1);
    await waitFor('the creation Slack', () =>
      fixture.slack.find((text) =>
        text.startsWith(
          `Service Outage ticket created for edge ${serial} in Hard Down (no HA) state:`,
        ),
      ),
    );

    // Same edge again: Bruin answers 409 — nothing new is created, severity already 2.
    const still = await takeDown(deps, edge);
    await attemptTicketCreation(deps, still, 'Hard Down (no HA)');
    expect(await ticketsOf(serial)).toHaveLength(1);
    expect(decisions.of(serial)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'create',
          outcome: 'skipped',
          reason: 'open ticket in progress (409)',
        }),
        expect.objectContaining({
          action: 'severity',
          outcome: 'skipped',
          reason: 'already at severity 2',
        }),
        expect.objectContaining({
          action: 'schedule-forward',
          outcome: 'skipped',
          reason: 'HNOC forward already scheduled',
        }),
      ]),
    );
    expect(await metricValue(registry, 'tasks_created_total')).toBe(1);
  }, 40_000);

  it('a cache still being built (202) aborts the cycle, reported to Slack', async () => {
    const { deps } = fixture.makeDeps({ mode: 'dry-run' });
    const rechecks = new QuarantineRechecks({ deps, whitelist: () => new Set() });
    const summary = await runMonitoringCycle(deps, { hosts: ['not-cached.example'], rechecks });
    expect(summary).toEqual({ ran: false, cachedEdges: 0, hosts: {} });
    await waitFor('the cache Slack', () =>
      fixture.slack.find((text) =>
        text.startsWith('Error while getting the customer cache of not-cached.example'),
      ),
    );
  });

  it('471: a resolved ticket Bruin does not reopen is reopened by SOM and counted', async () => {
    const { deps, decisions, registry } = fixture.makeDeps();
    const edge = await pickHealthyEdge(deps, fixture.hosts[0] ?? '');
    const serial = edge.cached.serial_number;
    const seeded = await fixture.control<{ ticketID: number }>('POST', '/bruin/tickets', {
      serviceNumbers: [serial],
      status: 'Resolved',
      reopenable: false,
    });
    const down = await takeDown(deps, edge);

    await attemptTicketCreation(deps, down, classifyOutage(down.status) ?? 'Hard Down (no HA)');

    expect(decisions.of(serial)).toContainEqual(
      expect.objectContaining({ action: 'reopen', outcome: 'done', ticketId: seeded.ticketID }),
    );
    const [ticket] = await ticketsOf(serial);
    expect(ticket?.ticketID).toBe(seeded.ticketID);
    expect(ticket?.details.find((detail) => detail.detailValue === serial)?.detailStatus).not.toBe(
      'R',
    );
    expect(
      ticket?.notes.some((note) => note.noteValue.startsWith(`${NOTE_HEADER}\nRe-opening`)),
    ).toBe(true);
    expect(await metricValue(registry, 'tasks_reopened_total')).toBe(1);
    await waitFor('the reopen Slack', () =>
      fixture.slack.find((text) =>
        text.startsWith(`Task for edge ${serial} of ticket ${String(seeded.ticketID)} reopened:`),
      ),
    );
  }, 30_000);

  it('would-have mode writes nothing to Bruin; a second cycle while the re-check is pending joins it (quirk §6.4)', async () => {
    const { deps, decisions } = fixture.makeDeps({
      mode: 'would-have',
      settings: {
        quarantineSeconds: {
          'Link Down (no HA)': 3,
          'Hard Down (no HA)': 3,
          'Link Down (HA)': 3,
          'Soft Down (HA)': 3,
          'Hard Down (HA)': 3,
        },
      },
    });
    const host = fixture.hosts[0] ?? '';
    const edge = await pickHealthyEdge(deps, host);
    const serial = edge.cached.serial_number;
    await takeDown(deps, edge);
    const rechecks = new QuarantineRechecks({ deps, whitelist: () => new Set() });

    const first = await runMonitoringCycle(deps, { hosts: [host], rechecks });
    const second = await runMonitoringCycle(deps, { hosts: [host], rechecks });
    expect(first.hosts[host]).not.toBe('failed');
    expect(quarantinedOn(second.hosts[host])).toBeGreaterThan(0);
    expect(decisions.of(serial)).toContainEqual(
      expect.objectContaining({
        action: 'quarantine',
        outcome: 'skipped',
        reason: 'already in quarantine',
      }),
    );
    await rechecks.idle();

    const held = decisions.of(serial).filter((decision) => decision.action === 'create');
    expect(held).toEqual([expect.objectContaining({ outcome: 'would-have' })]);
    expect(await ticketsOf(serial)).toEqual([]);
  }, 30_000);

  it('a VCO host answering 5xx is skipped; the other host is still monitored', async () => {
    const { deps, decisions } = fixture.makeDeps({ mode: 'dry-run' });
    const [hostA = '', hostB = ''] = fixture.hosts;
    const edge = await pickHealthyEdge(deps, hostA);
    await takeDown(deps, edge);
    const fault = await fixture.control<{ id: string }>('POST', '/faults', {
      simulator: 'vco',
      instance: hostB,
      path: '/portal/rest/**',
      action: { kind: 'error', status: 500 },
    });
    try {
      const rechecks = new QuarantineRechecks({ deps, whitelist: () => new Set() });
      const summary = await runMonitoringCycle(deps, { hosts: [hostA, hostB], rechecks });
      expect(summary.hosts[hostB]).toBe('skipped');
      expect(quarantinedOn(summary.hosts[hostA])).toBeGreaterThan(0);
      expect(decisions.of(edge.cached.serial_number)).toContainEqual(
        expect.objectContaining({ action: 'quarantine', outcome: 'done' }),
      );
      await rechecks.stop();
    } finally {
      await fixture.control('DELETE', `/faults/${fault.id}`);
    }
  }, 30_000);
});

describe('ticket actions against the lab', () => {
  async function pickEdgeWith(
    deps: OutageDeps,
    wanted: (edge: MonitoredEdge) => string | undefined,
  ): Promise<{ edge: MonitoredEdge; iface: string }> {
    for (const host of fixture.hosts) {
      for (const edge of await edgesOf(deps, host)) {
        if (taken.has(edge.cached.serial_number) || edge.status.edgeHASerialNumber !== null)
          continue;
        if (!isHealthy(edge.status) || edge.cached.bruin_client_info.client_id === null) continue;
        const iface = wanted(edge);
        if (iface !== undefined) {
          taken.add(edge.cached.serial_number);
          return { edge, iface };
        }
      }
    }
    throw new Error('no such edge in the lab');
  }

  async function linkDown(
    deps: OutageDeps,
    edge: MonitoredEdge,
    iface: string,
  ): Promise<MonitoredEdge> {
    await fixture.control('POST', `/fleet/edges/${edge.cached.serial_number}/links/${iface}/down`);
    const now = (await edgesOf(deps, edge.cached.edge.host)).find(
      (candidate) => candidate.cached.serial_number === edge.cached.serial_number,
    );
    if (now === undefined) throw new Error('edge vanished');
    return now;
  }

  it('only a BYOB link down: no HNOC forward, acknowledgement e-mail then Client Reminder note; the 409 reminder waits 24 h', async () => {
    const { deps, decisions } = fixture.makeDeps();
    const { edge, iface } = await pickEdgeWith(
      deps,
      (candidate) =>
        candidate.status.links.find((l) =>
          isByobLabel(l.displayName, deps.settings.hnocBlacklistedLabels),
        )?.interface,
    );
    const serial = edge.cached.serial_number;
    const down = await linkDown(deps, edge, iface);
    expect(classifyOutage(down.status)).toBe('Link Down (no HA)');

    await attemptTicketCreation(deps, down, 'Link Down (no HA)');
    const [ticket] = await ticketsOf(serial);
    expect(ticket).toBeDefined();
    expect(await deps.forwards.dataOf(hnocForwardKey(ticket?.ticketID ?? 0, serial))).toBeNull();
    expect(ticket?.notes.some((n) => n.noteValue === `${NOTE_HEADER}\nClient Reminder`)).toBe(true);
    expect(decisions.of(serial)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'email',
          outcome: 'done',
          reason: 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
        }),
        expect.objectContaining({ action: 'severity', outcome: 'done', severity: 3 }),
      ]),
    );

    await attemptTicketCreation(deps, down, 'Link Down (no HA)');
    expect(decisions.of(serial)).toContainEqual(
      expect.objectContaining({
        action: 'note',
        outcome: 'skipped',
        reason: 'last client reminder sent too recently',
      }),
    );
  }, 30_000);

  it('a DiGi link down: the ticket gets a DiGi reboot; after the grace, the 409 path forwards to the Wireless team', async () => {
    const { deps, decisions } = fixture.makeDeps({ settings: { digiRebootGraceSeconds: 0 } });
    const { edge, iface } = await pickEdgeWith(deps, (candidate) => {
      const digi = candidate.cached.logical_ids.find((id) =>
        isDigiLogicalId(id.logical_id, deps.settings.digiHeaders),
      );
      return digi !== undefined &&
        candidate.status.links.some((l) => l.interface === digi.interface_name)
        ? digi.interface_name
        : undefined;
    });
    const serial = edge.cached.serial_number;
    const down = await linkDown(deps, edge, iface);

    await attemptTicketCreation(deps, down, classifyOutage(down.status) ?? 'Link Down (no HA)');
    const reboots = await fixture.control<
      { reboots?: { ticket?: string; interface?: string }[] } | { ticket?: string }[]
    >('GET', '/digi/reboots');
    expect(JSON.stringify(reboots)).toContain(serial);
    expect(decisions.of(serial)).toContainEqual(
      expect.objectContaining({ action: 'reboot', outcome: 'done', interface: iface }),
    );
    await waitFor('the DiGi Slack', () =>
      fixture.slack.find((text) =>
        text.startsWith(`DiGi reboot started for faulty edge ${serial}.`),
      ),
    );

    await attemptTicketCreation(deps, down, classifyOutage(down.status) ?? 'Link Down (no HA)');
    expect(decisions.of(serial)).toContainEqual(
      expect.objectContaining({
        action: 'forward',
        target_queue: 'Wireless Repair Intervention Needed',
      }),
    );
  }, 30_000);

  it('472: Bruin reopened the resolved task itself — reopen note, counted, HNOC forward', async () => {
    const { deps, decisions, registry } = fixture.makeDeps();
    const edge = await pickHealthyEdge(deps, fixture.hosts[1] ?? '');
    const serial = edge.cached.serial_number;
    const seeded = await fixture.control<{ ticketID: number }>('POST', '/bruin/tickets', {
      serviceNumbers: [serial],
      status: 'Resolved',
    });
    const down = await takeDown(deps, edge);
    await attemptTicketCreation(deps, down, 'Hard Down (no HA)');
    expect(decisions.of(serial)).toContainEqual(
      expect.objectContaining({ action: 'reopen', outcome: 'done', ticketId: seeded.ticketID }),
    );
    expect(await metricValue(registry, 'tasks_reopened_total')).toBe(1);
    expect(await deps.forwards.dataOf(hnocForwardKey(seeded.ticketID, serial))).not.toBeNull();
    const [ticket] = await ticketsOf(serial);
    expect(ticket?.notes.some((n) => n.noteValue.startsWith(`${NOTE_HEADER}\nRe-opening`))).toBe(
      true,
    );
  }, 30_000);
});

describe('service wiring (app.ts)', () => {
  async function startSom(env: Record<string, string>) {
    let app: OutageMonitorApp | undefined;
    const service = await runService(
      {
        name: 'service-outage-monitor',
        env: serviceEnv,
        start: (kit) => {
          app = wireOutageMonitor(kit);
        },
      },
      {
        env: {
          ...fixture.common,
          LOG_LEVEL: process.env['SOM_LOG_LEVEL'] ?? 'silent',
          HTTP_PORT: String(await freePort()),
          HTTP_HOST: '127.0.0.1',
          ...env,
        },
        handleSignals: false,
      },
    );
    if (app === undefined) throw new Error('SOM was not wired');
    return { service, app };
  }

  it('a monitoring instance runs its first cycle at start and counts the forwards the dispatcher did', async () => {
    const { service, app } = await startSom({
      MONITORING__VELOCLOUD_HOST: fixture.hosts[0] ?? '',
      MONITORING__MONITORING_JOB_INTERVAL: '86400',
      BRUIN_WRITES: 'would-have',
    });
    try {
      const job = app.monitoring?.job;
      expect(job).toBeDefined();
      await waitFor('the first cycle', () => job?.lastRun);
      expect(job?.lastRun?.outcome).toBe('succeeded');
      expect(app.deps.decisions.mode).toBe('would-have');

      await fixture.caller.publish(ticketForwardEvent('service-outage-monitor', 'success'), {
        service: 'service-outage-monitor',
        ticket_id: 77,
        serial_number: 'VC077',
        target_queue: 'HNOC Investigate',
        metrics_labels: {
          client: 'RSI',
          outage_type: 'Hard Down (no HA)',
          severity: 2,
          target_queue: 'HNOC Investigate',
          has_digi: false,
          has_byob: false,
          link_types: ['WIRED'],
        },
      });
      const registry = service.kit.registry;
      const counted = await waitFor(
        'the forward counted',
        async () =>
          (await metricValue(registry, 'tasks_forwarded_total', {
            target_queue: 'HNOC Investigate',
            outage_type: 'Hard Down (no HA)',
            has_digi: 'False',
            link_types: 'Wired',
            severity: '2',
          })) ?? undefined,
      );
      expect(counted).toBe(1);
    } finally {
      await service.stop();
    }
  }, 30_000);

  it('the triage instance runs only the triage job', async () => {
    const { service, app } = await startSom({
      ENABLE_TRIAGE_MONITORING: '1',
      TRIAGE__MONITORED_VELOCLOUD_HOSTS: JSON.stringify(fixture.hosts),
      TRIAGE__MONITORING_JOB_INTERVAL: '86400',
      BRUIN_WRITES: 'would-have',
    });
    try {
      expect(app.monitoring).toBeUndefined();
      await waitFor('the first triage run', () => app.triage?.lastRun, { timeoutMs: 25_000 });
    } finally {
      await service.stop();
    }
  }, 30_000);
});
