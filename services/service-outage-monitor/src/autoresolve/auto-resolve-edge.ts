import {
  bruinTicketBasic,
  bruinTicketClose,
  bruinTicketDetails,
  bruinTicketNoteAppend,
  bruinTicketStatusResolve,
  bruinTicketUnpause,
} from '@automation-engine/contracts/bruin';
import {
  booleanLabel,
  bruinTicketUrl,
  clientLabel,
  gracePeriodSeconds,
  hnocForwardKey,
  labelValue,
  linkTypesLabel,
  siteLocalTime,
  workerForwardKey,
} from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageDeps, OutageMetricLabel } from '../model.js';
import { renderAutoresolveNote } from '../notes/index.js';
import { decideAutoresolve } from './autoresolve-decision.js';
import { autoresolveFacts, type AutoresolveFacts } from './ticket-facts.js';

export const OPEN_TICKET_STATUSES = ['New', 'InProgress', 'Draft'];
export const OUTAGE_TOPIC = 'VOO';
export const BYOB_CLOSE_NOTE = 'Closing ticket due to byob link.';

/**
 * Auto-resolves the outage task of a healthy edge (§2.9): finds the edge's open outage ticket,
 * reads it, decides by the table of `decideAutoresolve`, then unpauses, resolves, notes, closes
 * (BYOB in the IPA queue), tells Slack, counts and clears the edge's pending forwards. Every
 * outcome is one decision line; a bridge failure ends the attempt without throwing.
 */
export async function autoResolveEdge(
  deps: OutageDeps,
  edge: MonitoredEdge,
  whitelist: ReadonlySet<string>,
): Promise<void> {
  const serial = edge.cached.serial_number;
  const skip = (reason: string, extra: Record<string, unknown> = {}): void => {
    deps.decisions.record({ action: 'skip', outcome: 'skipped', serial, reason, ...extra });
  };
  if (!whitelist.has(serial)) {
    skip('edge not in the auto-resolve whitelist', { routine: true });
    return;
  }
  const clientId = edge.cached.bruin_client_info.client_id;
  const tickets = await deps.bridges.call(
    bruinTicketBasic,
    {
      ticket_statuses: OPEN_TICKET_STATUSES,
      ticket_topic: OUTAGE_TOPIC,
      product_category: deps.settings.productCategory,
      client_id: clientId,
      service_number: serial,
    },
    { what: `getting open Service Outage tickets of edge ${serial}` },
  );
  if (!tickets.ok) {
    skip('open outage tickets could not be read');
    return;
  }
  const ticket = tickets.body[0];
  if (ticket === undefined) {
    skip('no open outage ticket', { routine: true });
    return;
  }
  const ticketId = ticket.ticketID;
  if (ticket.createdBy !== deps.settings.ipaSystemUsername) {
    skip('ticket not created by the IPA system user', { ticketId, createdBy: ticket.createdBy });
    return;
  }
  const details = await deps.bridges.call(
    bruinTicketDetails,
    { ticket_id: ticketId },
    { what: `getting details of ticket ${String(ticketId)}` },
  );
  if (!details.ok) {
    skip('ticket details could not be read', { ticketId });
    return;
  }
  const facts = autoresolveFacts({
    edge,
    ticketCreatedAt: ticket.createDate,
    details: details.body.ticketDetails,
    notes: details.body.ticketNotes,
    byobLabels: deps.settings.hnocBlacklistedLabels,
  });
  const common = { serial, ticketId, outageType: facts.outageType };
  const task = facts.task;
  if (task === null) {
    skip('ticket has no task for the serial', { ticketId });
    return;
  }
  const now = deps.now();
  const graceSeconds = gracePeriodSeconds(
    siteLocalTime(now, edge.cached.site_details.tzOffset),
    deps.settings.grace,
  );
  const decision = decideAutoresolve({
    facts,
    nowMs: now.getTime(),
    graceSeconds,
    maxAutoresolves: deps.settings.maxAutoresolvesPerTicket,
    writes: deps.decisions.writes,
  });
  const detailId = task.detailID;
  if (decision.kind === 'skip') {
    deps.decisions.record({
      action: 'skip',
      outcome: 'skipped',
      ...common,
      reason: decision.reason,
      detailId,
    });
    return;
  }
  const lineInterfaces = facts.lines.map((line) => line.interface);
  if (decision.held) {
    deps.decisions.held({
      action: 'resolve',
      ...common,
      reason: 'healthy edge; task would be auto-resolved',
      detailId,
      interfaces: lineInterfaces,
      closeForByob: decision.closeForByob,
    });
    return;
  }

  // The original ignores the unpause answer: a task that was not paused resolves all the same.
  await deps.bridges.call(
    bruinTicketUnpause,
    { ticket_id: ticketId, service_number: serial, detail_id: detailId },
    { what: `unpausing task ${String(detailId)} of ticket ${String(ticketId)}` },
  );
  const resolved = await deps.bridges.call(
    bruinTicketStatusResolve,
    { ticket_id: ticketId, detail_id: detailId, interfaces: lineInterfaces },
    { what: `resolving task ${String(detailId)} of ticket ${String(ticketId)} for edge ${serial}` },
  );
  if (!resolved.ok) {
    deps.decisions.record({
      action: 'resolve',
      outcome: 'failed',
      ...common,
      reason: 'Bruin refused to resolve the task',
      detailId,
      status: resolved.status,
    });
    return;
  }
  await appendNote(deps, {
    ticketId,
    serviceNumber: serial,
    note: renderAutoresolveNote({ serial, now }),
  });
  for (const line of facts.lines) {
    await appendNote(deps, {
      ticketId,
      serviceNumber: line.serviceNumber,
      note: renderAutoresolveNote({ line: line.serviceNumber, now }),
    });
  }
  if (decision.closeForByob) {
    const closed = await deps.bridges.call(
      bruinTicketClose,
      { ticket_id: ticketId, close_note: BYOB_CLOSE_NOTE },
      { what: `closing ticket ${String(ticketId)} of a BYOB link` },
    );
    deps.decisions.record({
      action: 'close',
      outcome: closed.ok ? 'done' : 'failed',
      ...common,
      reason: 'BYOB link task in the IPA queue',
    });
  }
  deps.decisions.record({
    action: 'resolve',
    ...common,
    reason: decision.closeForByob ? 'healthy edge; BYOB task in IPA queue' : 'healthy edge',
    detailId,
    interfaces: lineInterfaces,
  });
  await deps.notifier.slack(
    `Outage ticket ${String(ticketId)} was autoresolved. Details at ${bruinTicketUrl(ticketId)}`,
  );
  deps.metrics.autoresolved.inc(
    autoresolveLabels(deps, edge, { ...facts, severity: ticket.severity }),
  );
  await deps.forwards.clear(
    hnocForwardKey(ticketId, serial),
    ...facts.lines.map((line) => workerForwardKey(ticketId, serial, line.detailId)),
  );
}

async function appendNote(
  deps: OutageDeps,
  spec: { ticketId: number; serviceNumber: string; note: string },
): Promise<void> {
  const { ticketId, serviceNumber, note } = spec;
  // A failed note is reported by the bridge caller; the task is resolved already.
  await deps.bridges.call(
    bruinTicketNoteAppend,
    { ticket_id: ticketId, note, service_numbers: [serviceNumber] },
    { what: `appending the auto-resolve note for ${serviceNumber} to ticket ${String(ticketId)}` },
  );
}

/** `tasks_autoresolved` labels (§2.11): outage facts come from the cycle's triage note. */
export function autoresolveLabels(
  deps: OutageDeps,
  edge: MonitoredEdge,
  facts: AutoresolveFacts & { severity: number | string | null | undefined },
): Record<OutageMetricLabel, string> {
  const host = edge.cached.edge.host;
  return {
    feature: 'Service Outage Monitor',
    system: 'VeloCloud',
    topic: 'VOO',
    host: labelValue(deps.settings.host === '' ? host : deps.settings.host),
    client: clientLabel(edge.cached.bruin_client_info.client_name, deps.settings),
    outage_type: labelValue(facts.outageType),
    severity: labelValue(facts.severity),
    has_digi: booleanLabel(facts.hasDigi),
    has_byob: booleanLabel(facts.hasByob),
    link_types: linkTypesLabel(facts.linkTypes),
  };
}
