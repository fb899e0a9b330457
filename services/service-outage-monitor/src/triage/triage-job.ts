import { Registry } from 'prom-client';
import {
  bruinTicketBasic,
  bruinTicketDetails,
  bruinTicketNoteAppend,
} from '@automation-engine/contracts/bruin';
import { scheduleJob, type ScheduledJob } from '@automation-engine/scheduling';
import { bruinTicketUrl } from '@automation-engine/monitoring';
import { OPEN_TICKET_STATUSES, OUTAGE_TOPIC } from '../autoresolve/auto-resolve-edge.js';
import { fetchCustomerCache } from '../cache/fetch-customer-cache.js';
import { eachLimited } from '../cycle/map-limited.js';
import type { EdgeStatus, OutageDeps } from '../model.js';
import { appendTriageNote, fetchEdgeEvents } from '../notes/append-triage-note.js';
import { renderEventsNote } from '../notes/index.js';
import { fetchEdgeStatuses } from '../status/fetch-edge-statuses.js';
import { eventChunks, planTriage, type TicketWithDetails, type TriageStep } from './triage-plan.js';

export const TRIAGE_JOB_NAME = 'service-outage-triage';

/** One run of the triage job (§2.10). Never throws for a bridge failure. */
export async function runTriage(deps: OutageDeps): Promise<void> {
  const cache = await fetchCustomerCache(deps, { hosts: 'all' });
  if (cache === null) {
    deps.logger.warn('customer cache unavailable; triage run skipped');
    return;
  }
  const clients = new Set(cache.map((entry) => entry.bruin_client_info.client_id));
  const open = await deps.bridges.call(
    bruinTicketBasic,
    {
      ticket_statuses: OPEN_TICKET_STATUSES,
      ticket_topic: OUTAGE_TOPIC,
      product_category: deps.settings.productCategory,
    },
    { what: 'getting open Service Outage tickets for triage' },
  );
  if (!open.ok) return;
  const relevant = open.body.filter(
    (ticket) =>
      ticket.clientID !== null && ticket.clientID !== undefined && clients.has(ticket.clientID),
  );

  const tickets: TicketWithDetails[] = [];
  await eachLimited({
    items: relevant,
    limit: deps.settings.concurrency,
    task: async (ticket) => {
      const details = await deps.bridges.call(
        bruinTicketDetails,
        { ticket_id: ticket.ticketID },
        { what: `getting details of ticket ${String(ticket.ticketID)}` },
      );
      // Tickets whose details failed or hold no task are left out of this run.
      if (!details.ok || details.body.ticketDetails.length === 0) return;
      tickets.push({
        ticketId: ticket.ticketID,
        details: details.body.ticketDetails,
        notes: details.body.ticketNotes,
      });
    },
    onError: (ticket, error) => {
      deps.logger.error(
        { err: error, ticket_id: ticket.ticketID },
        'triage: reading ticket failed',
      );
    },
  });

  const statuses: EdgeStatus[] = [];
  for (const host of deps.settings.triage.hosts) {
    statuses.push(...((await fetchEdgeStatuses(deps, host)) ?? []));
  }
  const steps = planTriage({
    tickets,
    cache,
    statuses,
    now: deps.now(),
    lastNoteIntervalMinutes: deps.settings.triage.lastNoteIntervalMinutes,
  });
  await eachLimited({
    items: steps,
    limit: deps.settings.concurrency,
    task: (step) => performStep(deps, step),
    onError: (step, error) => {
      deps.logger.error(
        { err: error, ticket_id: step.ticketId, serial: step.serial },
        'triage: step failed',
      );
    },
  });
}

async function performStep(deps: OutageDeps, step: TriageStep): Promise<void> {
  const { ticketId, serial } = step;
  if (step.kind === 'skip') {
    deps.decisions.record({
      action: 'skip',
      outcome: 'skipped',
      serial,
      ticketId,
      reason: step.reason,
    });
    return;
  }
  if (step.kind === 'triage') {
    await appendTriageNote(deps, {
      ticketId,
      serviceNumber: serial,
      edge: step.edge,
      outageType: step.outageType,
      reopening: false,
    });
    return;
  }
  await appendEventsNotes(deps, step);
}

async function appendEventsNotes(
  deps: OutageDeps,
  step: Extract<TriageStep, { kind: 'events' }>,
): Promise<void> {
  const { ticketId, serial, detail } = step;
  const decision = { action: 'note' as const, serial, ticketId, detailId: detail.detailID };
  const events = await fetchEdgeEvents(deps, step.cached, step.since);
  if (events === null) {
    deps.decisions.record({
      ...decision,
      outcome: 'failed',
      reason: 'edge events could not be read; no events note',
    });
    return;
  }
  const chunks = eventChunks(events, deps.settings.triage.maxEventsPerNote);
  if (chunks.length === 0) {
    deps.decisions.record({
      ...decision,
      action: 'skip',
      outcome: 'skipped',
      reason: `no events since ${step.since.toISOString()}`,
    });
    return;
  }
  let appended = 0;
  for (const chunk of chunks) {
    const note = renderEventsNote(chunk, step.cached.site_details.tzOffset);
    if (!deps.decisions.writes) {
      deps.decisions.held({
        ...decision,
        reason: 'events note not appended outside live mode',
        events: chunk.length,
      });
      appended += 1;
      continue;
    }
    const result = await deps.bridges.call(
      bruinTicketNoteAppend,
      { ticket_id: ticketId, note, service_numbers: [serial] },
      { what: `appending an events note to ticket ${String(ticketId)} for edge ${serial}` },
    );
    deps.decisions.record({
      ...decision,
      outcome: result.ok ? 'done' : 'failed',
      reason: result.ok ? 'events note appended' : 'Bruin refused the events note',
      events: chunk.length,
    });
    if (result.ok) appended += 1;
  }
  if (appended > 0 && deps.decisions.mode !== 'dry-run') {
    await deps.notifier.slack(
      `Triage appended to detail ${String(detail.detailID)} (serial: ${serial}) of ticket ${String(ticketId)}. ` +
        `Details at ${bruinTicketUrl(ticketId)}`,
    );
  }
}

/**
 * Runs the triage job every `intervalSeconds`, first run at start, never two at once. Pass the
 * service's registry so the job's run metrics are exported.
 */
export function startTriageJob(
  deps: OutageDeps,
  intervalSeconds: number,
  registry: Registry = new Registry(),
): ScheduledJob {
  return scheduleJob({
    name: TRIAGE_JOB_NAME,
    schedule: { everySeconds: intervalSeconds },
    runAtStart: true,
    logger: deps.logger,
    registry,
    run: () => runTriage(deps),
  });
}
