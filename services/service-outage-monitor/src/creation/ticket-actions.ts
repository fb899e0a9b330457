import {
  bruinChangeTicketSeverity,
  bruinNotificationEmailMilestone,
  bruinSingleTicketBasic,
  bruinTicketChangeWork,
  bruinTicketDetails,
  bruinTicketNoteAppend,
  bruinTicketStatusOpen,
  type BruinTicketDetailShape,
  type BruinTicketNoteShape,
} from '@automation-engine/contracts/bruin';
import { digiReboot } from '@automation-engine/contracts/digi';
import {
  bruinTicketUrl,
  hnocForwardKey,
  notesFor,
  workerForwardKey,
} from '@automation-engine/monitoring';
import { SERVICE_NAME } from '../model.js';
import {
  renderClientReminderNote,
  renderDigiRebootNote,
  renderTaskResultNote,
} from '../notes/index.js';
import { appendTriageNote } from '../notes/append-triage-note.js';
import type { LineForward } from './creation-response.js';
import { digiLinksDown, failedRebootPlan, WIRELESS_QUEUE } from './digi-plan.js';
import { outageMetricLabels } from './edge-facts.js';
import { hnocForwardDelayMinutes, workerForwardDelayMinutes } from './forward-delays.js';
import { reminderPlan } from './reminder-plan.js';
import { isAtSeverity, severityPlan } from './severity-plan.js';
import type { TicketContext } from './ticket-context.js';

export const HNOC_QUEUE = 'HNOC Investigate';
export const IPA_QUEUE = 'IPA Investigate';
export const WORKER_QUEUE = 'Dedicated Worker Queue';
export const BYOB_ACKNOWLEDGEMENT_EMAIL = 'TicketBYOBOutageRepairAcknowledgement-E-Mail';
export const BYOB_REMINDER_EMAIL = 'TicketBYOBOutageRepairReminder-E-Mail';
export const EDGE_DOWN_EMAIL = 'TicketServiceAffectingRepairVelo_E-Mail';

/** Ticket details as read once per creation attempt (null: the read failed). */
export interface TicketDetails {
  ticketDetails: BruinTicketDetailShape[];
  ticketNotes: BruinTicketNoteShape[];
}

function requireTicket(ctx: TicketContext): number {
  if (ctx.ticketId === null) throw new Error('ticket id not set before a ticket action');
  return ctx.ticketId;
}

/** Metric labels as the original stored them in a forward (raw values, labelled on success). */
function rawMetricLabels(ctx: TicketContext, targetQueue: string): Record<string, unknown> {
  return {
    client: ctx.facts.clientName,
    outage_type: ctx.outageType,
    severity: ctx.facts.targetSeverity,
    target_queue: targetQueue,
    has_digi: ctx.facts.hasDigi,
    has_byob: ctx.facts.hasByob,
    link_types: ctx.facts.faultyLinkTypes,
  };
}

export function labels(ctx: TicketContext) {
  return outageMetricLabels({
    settings: ctx.deps.settings,
    edge: ctx.edge,
    facts: ctx.facts,
    outageType: ctx.outageType,
  });
}

/** Triage (or reopen) note, tagged with the serial's task (or the first task, as the original). */
export async function triageNote(
  ctx: TicketContext,
  details: TicketDetails | null,
  reopening: boolean,
): Promise<void> {
  const ticketId = requireTicket(ctx);
  if (details === null) {
    ctx.record('note', 'skipped', {
      reason: 'ticket details could not be read; no triage note',
      reopening,
    });
    return;
  }
  const task =
    details.ticketDetails.find((detail) => detail.detailValue === ctx.serial) ??
    details.ticketDetails[0];
  await appendTriageNote(ctx.deps, {
    ticketId,
    serviceNumber: task?.detailValue ?? ctx.serial,
    edge: ctx.edge,
    outageType: ctx.outageType,
    reopening,
  });
}

/** Severity change (§2.6); `checkTasks` for tickets that may hold other outages. */
export async function changeSeverity(
  ctx: TicketContext,
  details: TicketDetails | null,
  checkTasks: boolean,
): Promise<void> {
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  const plan = severityPlan({
    status: ctx.edge.status,
    settings: deps.settings,
    checkTasks,
    details: details?.ticketDetails ?? null,
  });
  if (plan.kind === 'skip') {
    ctx.record('severity', 'skipped', plan.reason);
    return;
  }
  const ticket = await deps.bridges.call(
    bruinSingleTicketBasic,
    { ticket_id: ticketId },
    { what: `getting ticket ${String(ticketId)} to check its severity` },
  );
  if (!ticket.ok) {
    ctx.record('severity', 'failed', {
      reason: 'ticket could not be read',
      severity: plan.severity,
    });
    return;
  }
  if (isAtSeverity(ticket.body.severity, plan.severity)) {
    ctx.record('severity', 'skipped', {
      reason: `already at severity ${String(plan.severity)}`,
      severity: plan.severity,
    });
    return;
  }
  const changed = await deps.bridges.call(
    bruinChangeTicketSeverity,
    { ticket_id: ticketId, severity: plan.severity, reason: plan.reason },
    { what: `changing the severity of ticket ${String(ticketId)} to ${String(plan.severity)}` },
  );
  if (!changed.ok) {
    ctx.record('severity', 'failed', {
      reason: 'Bruin refused the severity change',
      severity: plan.severity,
    });
    return;
  }
  ctx.record('severity', 'done', {
    reason: ctx.facts.isEdgeDown ? 'edge offline' : 'links disconnected',
    severity: plan.severity,
  });
  await deps.notifier.slack(
    `Severity level of Service Outage ticket ${String(ticketId)} changed to ${String(plan.severity)}: ${bruinTicketUrl(ticketId)}`,
  );
}

async function appendNote(
  ctx: TicketContext,
  spec: { note: string; serviceNumbers: string[] | null; what: string },
): Promise<boolean> {
  const { note, serviceNumbers, what } = spec;
  const ticketId = requireTicket(ctx);
  const result = await ctx.deps.bridges.call(
    bruinTicketNoteAppend,
    {
      ticket_id: ticketId,
      note,
      ...(serviceNumbers === null ? {} : { service_numbers: serviceNumbers }),
    },
    { what: `appending the ${what} note to ticket ${String(ticketId)}` },
  );
  ctx.record('note', result.ok ? 'done' : 'failed', `${what} note`);
  return result.ok;
}

async function milestoneEmail(ctx: TicketContext, notificationType: string): Promise<boolean> {
  const ticketId = requireTicket(ctx);
  const result = await ctx.deps.bridges.call(
    bruinNotificationEmailMilestone,
    { ticket_id: ticketId, service_number: ctx.serial, notification_type: notificationType },
    { what: `sending the ${notificationType} milestone e-mail of ticket ${String(ticketId)}` },
  );
  ctx.record('email', result.ok ? 'done' : 'failed', notificationType);
  return result.ok;
}

/** HNOC forward scheduled for the task-dispatcher, due after the table's delay (§2.5). */
export async function scheduleHnocForward(ctx: TicketContext): Promise<void> {
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  const now = deps.now();
  const minutes = hnocForwardDelayMinutes({
    edge: ctx.edge,
    type: ctx.outageType,
    settings: deps.settings,
    now,
  });
  const key = hnocForwardKey(ticketId, ctx.serial);
  const added = await deps.forwards.schedule({
    key,
    dueAt: new Date(now.getTime() + minutes * 60_000),
    data: {
      service: SERVICE_NAME,
      ticket_id: ticketId,
      serial_number: ctx.serial,
      target_queue: HNOC_QUEUE,
      metrics_labels: rawMetricLabels(ctx, HNOC_QUEUE),
    },
  });
  ctx.record('schedule-forward', added ? 'done' : 'skipped', {
    reason: added ? `HNOC forward in ${String(minutes)} min` : 'HNOC forward already scheduled',
    target_queue: HNOC_QUEUE,
    key,
    delay_minutes: minutes,
  });
}

/** HNOC forward when the outage is HNOC's, else BYOB acknowledgement e-mail + reminder note. */
export async function hnocOrByob(ctx: TicketContext): Promise<void> {
  if (ctx.facts.shouldForwardToHnoc) {
    await scheduleHnocForward(ctx);
    return;
  }
  ctx.record('skip', 'skipped', {
    reason: 'only BYOB links down: no HNOC forward',
    target_queue: HNOC_QUEUE,
  });
  if (await milestoneEmail(ctx, BYOB_ACKNOWLEDGEMENT_EMAIL)) {
    await appendNote(ctx, {
      note: renderClientReminderNote(),
      serviceNumbers: [ctx.serial],
      what: 'client reminder',
    });
  }
}

/** 409, only BYOB links down: HNOC forward or the periodic client reminder (§2.8). */
export async function hnocOrReminder(
  ctx: TicketContext,
  details: TicketDetails | null,
): Promise<void> {
  if (ctx.facts.shouldForwardToHnoc) {
    await scheduleHnocForward(ctx);
    return;
  }
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  if (details === null) {
    ctx.record('note', 'skipped', 'ticket details could not be read; no client reminder');
    return;
  }
  let createDate: string | null | undefined;
  if (details.ticketNotes.length === 0) {
    const ticket = await deps.bridges.call(
      bruinSingleTicketBasic,
      { ticket_id: ticketId },
      { what: `getting ticket ${String(ticketId)} for its creation date` },
    );
    createDate = ticket.ok ? ticket.body.createDate : null;
  }
  const plan = reminderPlan({
    notes: details.ticketNotes,
    ticketCreateDate: createDate,
    now: deps.now(),
    waitSeconds: deps.settings.milestoneReminderWaitSeconds,
  });
  if (!plan.send) {
    ctx.record('note', 'skipped', { reason: plan.reason, note: 'client reminder' });
    return;
  }
  if (!(await milestoneEmail(ctx, BYOB_REMINDER_EMAIL))) return;
  if (
    !(await appendNote(ctx, {
      note: renderClientReminderNote(),
      serviceNumbers: [ctx.serial],
      what: 'client reminder',
    }))
  )
    return;
  await deps.notifier.slack(
    `Service Outage reminder note posted for serial number ${ctx.serial} of ticket ${String(ticketId)}. ${bruinTicketUrl(ticketId)}`,
  );
}

export async function edgeDownEmail(ctx: TicketContext): Promise<void> {
  if (ctx.facts.allLinksDown) await milestoneEmail(ctx, EDGE_DOWN_EMAIL);
}

/** Re-opens the serial's task (471); only HTTP 200 counts. True when reopened. */
export async function reopenTask(
  ctx: TicketContext,
  details: TicketDetails | null,
): Promise<boolean> {
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  const task = details?.ticketDetails.find((detail) => detail.detailValue === ctx.serial);
  if (task === undefined) {
    ctx.record(
      'reopen',
      'failed',
      details === null ? 'ticket details could not be read' : 'no task for the serial',
    );
    return false;
  }
  const result = await deps.bridges.call(
    bruinTicketStatusOpen,
    { ticket_id: ticketId, detail_id: task.detailID },
    { what: `re-opening task ${String(task.detailID)} of ticket ${String(ticketId)}` },
  );
  if (result.status !== 200) {
    ctx.record('reopen', 'failed', {
      reason: `Bruin answered ${String(result.status)}`,
      detail_id: task.detailID,
    });
    return false;
  }
  ctx.record('reopen', 'done', {
    reason: 'resolved ticket not reopened by Bruin',
    detail_id: task.detailID,
  });
  await deps.notifier.slack(
    `Task for edge ${ctx.serial} of ticket ${String(ticketId)} reopened: ${bruinTicketUrl(ticketId)}`,
  );
  await triageNote(ctx, details, true);
  return true;
}

async function rebootDigiLink(
  ctx: TicketContext,
  link: { interface_name: string; logical_id: string },
): Promise<boolean> {
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  const result = await deps.bridges.call(
    digiReboot,
    { velo_serial: ctx.serial, ticket: String(ticketId), MAC: link.logical_id },
    { what: `rebooting DiGi link ${link.interface_name} of edge ${ctx.serial}` },
  );
  ctx.record('reboot', result.ok ? 'done' : 'failed', {
    reason: 'DiGi link disconnected',
    interface: link.interface_name,
  });
  return result.ok;
}

async function digiRebootNoteAndSlack(
  ctx: TicketContext,
  iface: string,
  slackFirst: boolean,
): Promise<void> {
  const ticketId = requireTicket(ctx);
  const slack = () =>
    ctx.deps.notifier.slack(
      `DiGi reboot started for faulty edge ${ctx.serial}. Ticket details at ${bruinTicketUrl(ticketId)}.`,
    );
  if (slackFirst) await slack();
  await appendNote(ctx, {
    note: renderDigiRebootNote({ serial: ctx.serial, interface: iface, now: ctx.deps.now() }),
    serviceNumbers: [ctx.serial],
    what: 'DiGi reboot',
  });
  if (!slackFirst) await slack();
}

/** Reboots every DISCONNECTED DiGi link (after 2xx and 471). */
export async function digiReboots(ctx: TicketContext): Promise<void> {
  for (const link of digiLinksDown(ctx.edge, ctx.deps.settings)) {
    if (await rebootDigiLink(ctx, link))
      await digiRebootNoteAndSlack(ctx, link.interface_name, true);
  }
}

/** After a 409: a DiGi link still down after a reboot goes to the Wireless team (§2.6). */
export async function failedDigiRebootCheck(ctx: TicketContext): Promise<void> {
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  if (ctx.facts.isEdgeDown) return;
  for (const link of digiLinksDown(ctx.edge, deps.settings)) {
    const details = await deps.bridges.call(
      bruinTicketDetails,
      { ticket_id: ticketId },
      { what: `getting details of ticket ${String(ticketId)} to check DiGi reboots` },
    );
    if (!details.ok) {
      ctx.record('reboot', 'skipped', {
        reason: 'ticket details could not be read',
        interface: link.interface_name,
      });
      return;
    }
    const plan = failedRebootPlan({
      iface: link.interface_name,
      serialNotes: notesFor(details.body.ticketNotes, [ctx.serial]),
      now: deps.now(),
      graceSeconds: deps.settings.digiRebootGraceSeconds,
    });
    if (plan.kind === 'stop') {
      ctx.record('reboot', 'skipped', { reason: plan.reason, interface: link.interface_name });
      return;
    }
    if (plan.kind === 'reboot') {
      if (!(await rebootDigiLink(ctx, link))) return;
      await digiRebootNoteAndSlack(ctx, link.interface_name, false);
      continue;
    }
    const task = details.body.ticketDetails.find((detail) => detail.detailValue === ctx.serial);
    const moved = await deps.bridges.call(
      bruinTicketChangeWork,
      {
        ticket_id: ticketId,
        queue_name: WIRELESS_QUEUE,
        service_number: ctx.serial,
        ...(task === undefined ? {} : { detail_id: task.detailID }),
      },
      { what: `forwarding ticket ${String(ticketId)} to ${WIRELESS_QUEUE}` },
    );
    if (!moved.ok) {
      ctx.record('forward', 'failed', {
        reason: 'DiGi reboot failed; Bruin refused the forward',
        target_queue: WIRELESS_QUEUE,
      });
      return;
    }
    ctx.record('forward', 'done', { reason: 'DiGi reboot failed', target_queue: WIRELESS_QUEUE });
    deps.metrics.forwarded.inc({ ...labels(ctx), target_queue: WIRELESS_QUEUE });
    await appendNote(ctx, {
      note: renderTaskResultNote({ queue: WIRELESS_QUEUE, now: deps.now() }),
      serviceNumbers: null,
      what: 'task result',
    });
    await deps.notifier.slack(`Forwarding ticket ${String(ticketId)} to Wireless team`);
  }
}

/** Line tasks moved to the IPA queue now (§2.5 line items 1). */
export async function forwardLinesToIpa(
  ctx: TicketContext,
  forwards: LineForward[],
): Promise<void> {
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  for (const { item, detailId } of forwards) {
    const result = await deps.bridges.call(
      bruinTicketChangeWork,
      {
        ticket_id: ticketId,
        queue_name: IPA_QUEUE,
        service_number: ctx.serial,
        detail_id: detailId,
        work_queue_id: deps.settings.ipaQueueId,
      },
      { what: `forwarding line ${item.wtn} of ticket ${String(ticketId)} to ${IPA_QUEUE}` },
    );
    ctx.record('forward', result.ok ? 'done' : 'failed', {
      reason: `line ${item.wtn} to IPA`,
      target_queue: IPA_QUEUE,
      detail_id: detailId,
      line: item.wtn,
    });
  }
}

/** Deferred Dedicated Worker Queue forwards of the lines (§2.5 line items 2). */
export async function scheduleWorkerForwards(
  ctx: TicketContext,
  forwards: LineForward[],
): Promise<void> {
  const { deps } = ctx;
  const ticketId = requireTicket(ctx);
  const now = deps.now();
  const minutes = workerForwardDelayMinutes({
    edge: ctx.edge,
    type: ctx.outageType,
    settings: deps.settings,
    now,
  });
  for (const { item, detailId } of forwards) {
    const key = workerForwardKey(ticketId, ctx.serial, detailId);
    const added = await deps.forwards.schedule({
      key,
      dueAt: new Date(now.getTime() + minutes * 60_000),
      data: {
        service: SERVICE_NAME,
        ticket_id: ticketId,
        serial_number: ctx.serial,
        target_queue: WORKER_QUEUE,
        work_queue_id: deps.settings.workerQueueId,
        detail_id: detailId,
        metrics_labels: rawMetricLabels(ctx, WORKER_QUEUE),
      },
    });
    ctx.record('schedule-forward', added ? 'done' : 'skipped', {
      reason: added
        ? `line ${item.wtn} to worker queue in ${String(minutes)} min`
        : 'worker forward already scheduled',
      target_queue: WORKER_QUEUE,
      key,
      detail_id: detailId,
      delay_minutes: minutes,
    });
  }
}
