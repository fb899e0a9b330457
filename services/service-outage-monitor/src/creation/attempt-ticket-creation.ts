import { bruinTicketCreationOutage, bruinTicketDetails } from '@automation-engine/contracts/bruin';
import { bruinTicketUrl } from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageDeps, OutageType } from '../model.js';
import {
  breakDownCreationAnswer,
  creationOutcomeOf,
  ipaLineForwards,
  workerLineForwards,
  type CreationBreakdown,
} from './creation-response.js';
import { edgeFactsOf } from './edge-facts.js';
import {
  changeSeverity,
  digiReboots,
  edgeDownEmail,
  failedDigiRebootCheck,
  forwardLinesToIpa,
  hnocOrByob,
  hnocOrReminder,
  labels,
  reopenTask,
  scheduleWorkerForwards,
  triageNote,
  type TicketDetails,
} from './ticket-actions.js';
import { TicketContext } from './ticket-context.js';

/**
 * Opens (or finds, or re-opens) the outage ticket of an edge and does what Bruin's answer calls
 * for (§2.5 table), then handles the lines. Only in `live` mode; otherwise the decision is logged
 * as held. A bridge failure ends the attempt for this edge only (it never throws for one).
 */
export async function attemptTicketCreation(
  deps: OutageDeps,
  edge: MonitoredEdge,
  outageType: OutageType,
): Promise<void> {
  const facts = edgeFactsOf(edge, deps.settings);
  const ctx = new TicketContext({ deps, edge, facts, outageType });
  if (!deps.decisions.writes) {
    ctx.record('create', deps.decisions.heldOutcome, {
      reason: 'edge still in outage; Bruin writes are off',
      interfaces: facts.faultyInterfaces,
    });
    return;
  }

  if (facts.clientId === null) {
    ctx.record('create', 'skipped', 'no Bruin client id in the cache');
    return;
  }
  const answer = await deps.bridges.call(
    bruinTicketCreationOutage,
    {
      client_id: facts.clientId,
      service_number: facts.serial,
      interfaces: facts.faultyInterfaces,
      get_full_response: true,
    },
    { what: `creating the outage ticket of edge ${facts.serial}` },
  );
  if (!answer.ok) {
    ctx.record('create', 'failed', `Bruin answered ${String(answer.status)}`);
    return;
  }
  const breakdown = breakDownCreationAnswer(answer.body, {
    serial: facts.serial,
    faultyInterfaces: facts.faultyInterfaces,
    logicalIds: edge.cached.logical_ids,
  });
  logBreakdown(deps, facts.serial, breakdown);
  const item = breakdown.edgeItem;
  if (item === null) {
    ctx.record('create', 'failed', 'no item for the edge in Bruin answer');
    return;
  }
  const outcome = creationOutcomeOf(item);
  if (outcome === 'unavailable') {
    ctx.record('create', 'failed', {
      reason: 'Bruin answered ticket id 0: creation unavailable',
      error_message: item.errorMessage ?? null,
    });
    return;
  }
  const ticketId = item.ticketId;
  ctx.ticketId = ticketId;

  const detailsResult = await deps.bridges.call(
    bruinTicketDetails,
    { ticket_id: ticketId },
    { what: `getting details of ticket ${String(ticketId)}` },
  );
  const details: TicketDetails | null = detailsResult.ok ? detailsResult.body : null;
  const metricLabels = labels(ctx);

  switch (outcome) {
    case 'created':
      ctx.record('create', 'done', 'edge in outage after quarantine');
      deps.metrics.created.inc(metricLabels);
      await deps.notifier.slack(
        `Service Outage ticket created for edge ${facts.serial} in ${outageType} state: ${bruinTicketUrl(ticketId)}.`,
      );
      await triageNote(ctx, details, false);
      await changeSeverity(ctx, details, false);
      await hnocOrByob(ctx);
      await edgeDownEmail(ctx);
      await digiReboots(ctx);
      break;
    case 'already-open':
      ctx.record('create', 'skipped', 'open ticket in progress (409)');
      await changeSeverity(ctx, details, true);
      await hnocOrReminder(ctx, details);
      await failedDigiRebootCheck(ctx);
      break;
    case 'resolved-not-reopened':
      ctx.record('create', 'skipped', 'resolved ticket not reopened by Bruin (471): reopening');
      if (await reopenTask(ctx, details)) deps.metrics.reopened.inc(metricLabels);
      await changeSeverity(ctx, details, true);
      await hnocOrByob(ctx);
      await digiReboots(ctx);
      break;
    case 'reopened-by-bruin':
      ctx.record('reopen', 'done', 'Bruin reopened the resolved task (472)');
      deps.metrics.reopened.inc(metricLabels);
      await triageNote(ctx, details, true);
      await changeSeverity(ctx, details, true);
      await hnocOrByob(ctx);
      break;
    case 'site-ticket-reopened':
      ctx.record('reopen', 'done', 'Bruin unresolved the site ticket and added a task (473)');
      deps.metrics.reopened.inc(metricLabels);
      await triageNote(ctx, details, false);
      await changeSeverity(ctx, details, false);
      await hnocOrByob(ctx);
      break;
    case 'unknown':
      ctx.record('create', 'skipped', `unexpected Bruin code ${String(item.errorCode)}`);
      break;
  }

  if (breakdown.lineItems.length === 0) return;
  if (details === null) {
    ctx.record('forward', 'skipped', 'ticket details could not be read; lines not forwarded');
    return;
  }
  const ipa = ipaLineForwards(breakdown.lineItems, details.ticketDetails);
  for (const skip of ipa.skips)
    ctx.record('forward', 'skipped', { reason: skip.reason, line: skip.item.wtn });
  await forwardLinesToIpa(ctx, ipa.forwards);
  if (!facts.shouldForwardToHnoc) return;
  const worker = workerLineForwards(breakdown.lineItems, details.ticketDetails);
  for (const skip of worker.skips)
    ctx.record('schedule-forward', 'skipped', { reason: skip.reason, line: skip.item.wtn });
  await scheduleWorkerForwards(ctx, worker.forwards);
}

function logBreakdown(deps: OutageDeps, serial: string, breakdown: CreationBreakdown): void {
  if (breakdown.message !== null && breakdown.message !== '') {
    deps.logger.warn(
      { serial },
      `Bruin message on ticket creation for ${serial}: ${breakdown.message}`,
    );
  }
  if (breakdown.unmappedItems.length > 0) {
    deps.logger.warn(
      { serial, items: breakdown.unmappedItems },
      `Bruin answered items of ${serial} that match no faulty line`,
    );
  }
}
