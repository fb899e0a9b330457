import {
  bruinNotificationEmailMilestone,
  bruinTicketNoteAppend,
} from '@automation-engine/contracts/bruin';
import {
  bruinTicketUrl,
  gracePeriodSeconds,
  hnocForwardKey,
  isByobLabel,
  siteLocalTime,
} from '@automation-engine/monitoring';
import { linkTypeOf } from '../decisions/metric-labels.js';
import { reminderDue } from '../decisions/reminder.js';
import { SERVICE_NAME, type AffectingDeps, type Trouble } from '../model.js';
import { renderReminderNote } from '../notes/render-notes.js';
import type { AffectingTicket } from './find-ticket.js';
import {
  BYOB_ACKNOWLEDGEMENT_EMAIL,
  BYOB_REMINDER_EMAIL,
  HNOC_QUEUE,
  type TroubledLink,
} from './troubled-link.js';

/** The fields every decision about a link carries. */
export function about(link: TroubledLink, trouble: Trouble, ticketId: number | null) {
  return {
    serial: link.cached.serial_number,
    ticketId,
    trouble,
    interface: link.iface,
  };
}

/** Links whose label is not BYOB go to HNOC; BYOB ones get milestone e-mails instead. */
export function isHnocForwardable(deps: AffectingDeps, link: TroubledLink): boolean {
  return !isByobLabel(link.label, deps.settings.hnocBlacklistedLabels);
}

/** Minutes before an HNOC forward: the site's day or night grace, in minutes. */
export function hnocDelayMinutes(deps: AffectingDeps, link: TroubledLink): number {
  const local = siteLocalTime(deps.now(), link.cached.site_details.tzOffset);
  return gracePeriodSeconds(local, deps.settings.grace) / 60;
}

/** Appends a note for the serial; true when Bruin took it. */
export async function appendNote(
  deps: AffectingDeps,
  spec: { ticketId: number; serial: string; note: string; what: string },
): Promise<boolean> {
  const result = await deps.bridges.call(
    bruinTicketNoteAppend,
    { ticket_id: spec.ticketId, note: spec.note, service_numbers: [spec.serial] },
    { what: `appending ${spec.what} to ticket ${String(spec.ticketId)}` },
  );
  return result.ok;
}

/** Schedules the HNOC forward of a task (spec §1.7; never moves an existing one). */
export async function scheduleHnocForward(
  deps: AffectingDeps,
  spec: { link: TroubledLink; trouble: Trouble; ticketId: number; delayMinutes: number },
): Promise<void> {
  const { link, trouble, ticketId, delayMinutes } = spec;
  const serial = link.cached.serial_number;
  const decision = {
    action: 'schedule-forward' as const,
    ...about(link, trouble, ticketId),
    target_queue: HNOC_QUEUE,
    delay_minutes: delayMinutes,
  };
  if (!deps.decisions.writes) {
    deps.decisions.held({ ...decision, reason: 'write mode holds the HNOC forward' });
    return;
  }
  const dueAt = new Date(deps.now().getTime() + delayMinutes * 60_000);
  try {
    const added = await deps.forwards.schedule({
      key: hnocForwardKey(ticketId, serial),
      dueAt,
      data: {
        service: SERVICE_NAME,
        ticket_id: ticketId,
        serial_number: serial,
        target_queue: HNOC_QUEUE,
        metrics_labels: {
          client: link.cached.bruin_client_info.client_name,
          trouble,
          has_byob: isByobLabel(link.label, deps.settings.hnocBlacklistedLabels),
          link_type: linkTypeOf(link.cached, link.iface),
          target_queue: HNOC_QUEUE,
        },
      },
    });
    deps.decisions.record({
      ...decision,
      outcome: added ? 'done' : 'skipped',
      due_at: dueAt.toISOString(),
      reason: added
        ? `HNOC forward due in ${String(delayMinutes)} minutes`
        : 'an HNOC forward is already scheduled for this task',
    });
  } catch (error) {
    deps.logger.error({ err: error, ticketId, serial }, 'HNOC forward could not be scheduled');
    deps.decisions.record({
      ...decision,
      outcome: 'failed',
      reason: 'task-dispatcher Redis failed',
    });
  }
}

async function milestoneEmail(
  deps: AffectingDeps,
  spec: { link: TroubledLink; trouble: Trouble; ticketId: number; type: string },
): Promise<boolean> {
  const serial = spec.link.cached.serial_number;
  const result = await deps.bridges.call(
    bruinNotificationEmailMilestone,
    { ticket_id: spec.ticketId, service_number: serial, notification_type: spec.type },
    { what: `sending the ${spec.type} of ticket ${String(spec.ticketId)} for serial ${serial}` },
  );
  deps.decisions.record({
    action: 'email',
    outcome: result.ok ? 'done' : 'failed',
    ...about(spec.link, spec.trouble, spec.ticketId),
    notification_type: spec.type,
    reason: result.ok ? 'BYOB link: milestone e-mail instead of HNOC' : 'milestone e-mail failed',
  });
  return result.ok;
}

async function reminderNote(
  deps: AffectingDeps,
  spec: { link: TroubledLink; trouble: Trouble; ticketId: number },
): Promise<boolean> {
  const appended = await appendNote(deps, {
    ticketId: spec.ticketId,
    serial: spec.link.cached.serial_number,
    note: renderReminderNote(),
    what: 'a Client Reminder note',
  });
  deps.decisions.record({
    action: 'note',
    outcome: appended ? 'done' : 'failed',
    ...about(spec.link, spec.trouble, spec.ticketId),
    reason: appended
      ? 'Client Reminder note after the milestone e-mail'
      : 'Client Reminder note failed',
  });
  return appended;
}

/**
 * After a creation or a reopen: the HNOC forward at the site's grace, or, for a BYOB link, the
 * acknowledgement e-mail and then (if sent) the Client Reminder note. Writes already happened.
 */
export async function hnocOrByobAcknowledgement(
  deps: AffectingDeps,
  spec: { link: TroubledLink; trouble: Trouble; ticketId: number },
): Promise<void> {
  if (isHnocForwardable(deps, spec.link)) {
    await scheduleHnocForward(deps, { ...spec, delayMinutes: hnocDelayMinutes(deps, spec.link) });
    return;
  }
  if (await milestoneEmail(deps, { ...spec, type: BYOB_ACKNOWLEDGEMENT_EMAIL })) {
    await reminderNote(deps, spec);
  }
}

/**
 * The BYOB reminder of an open ticket (spec §2.8 with SAM's e-mail): when due, the reminder
 * e-mail, then the Client Reminder note, then Slack; any failure stops the chain.
 */
export async function sendReminder(
  deps: AffectingDeps,
  spec: { link: TroubledLink; trouble: Trouble; found: AffectingTicket },
): Promise<void> {
  const { link, trouble, found } = spec;
  const ticketId = found.ticket.ticketID;
  const due = reminderDue({
    notes: found.notes,
    ticketCreateDate: found.ticket.createDate,
    now: deps.now(),
    waitSeconds: deps.settings.milestoneReminderWaitSeconds,
  });
  if (!due) {
    deps.decisions.record({
      action: 'skip',
      outcome: 'skipped',
      ...about(link, trouble, ticketId),
      reason: 'last reminder (or documentation cycle start) too recent',
    });
    return;
  }
  if (!deps.decisions.writes) {
    deps.decisions.held({
      action: 'email',
      ...about(link, trouble, ticketId),
      reason: 'write mode holds the BYOB reminder',
    });
    return;
  }
  if (!(await milestoneEmail(deps, { link, trouble, ticketId, type: BYOB_REMINDER_EMAIL }))) return;
  if (!(await reminderNote(deps, { link, trouble, ticketId }))) return;
  await deps.notifier.slack(
    `Service Affecting reminder note posted for serial number ${link.cached.serial_number} of ` +
      `ticket ${String(ticketId)}. ${bruinTicketUrl(ticketId)}`,
  );
}
