import { bruinTicketChangeWork, bruinTicketDetails } from '@automation-engine/contracts/bruin';
import { isAsrBlacklistedLabel } from '@automation-engine/monitoring';
import { linkKindOf } from '../decisions/link-checks.js';
import { taskLabels } from '../decisions/metric-labels.js';
import { troubleOfNote, type AffectingDeps } from '../model.js';
import { renderAsrNote } from '../notes/render-notes.js';
import { about, appendNote, isHnocForwardable, scheduleHnocForward } from './follow-ups.js';
import { ASR_QUEUE, ASR_TASK_RESULT, type TroubledLink } from './troubled-link.js';

const TROUBLE = 'Circuit Instability' as const;

/**
 * After a circuit-instability ticket flow (spec §3.5 step 3): a link that is not wired goes to
 * HNOC right away (unless BYOB); a wired one with a forwardable label whose ticket documents no
 * other trouble and was never sent to ASR gets its task result changed to
 * `No Trouble Found - Carrier Issue` (ASR Investigate).
 */
export async function attemptAsrForward(
  deps: AffectingDeps,
  link: TroubledLink,
  ticketId: number | null,
): Promise<void> {
  const serial = link.cached.serial_number;
  const skip = (reason: string, id: number | null = ticketId) => {
    deps.decisions.record({
      action: 'skip',
      outcome: 'skipped',
      ...about(link, TROUBLE, id),
      target_queue: ASR_QUEUE,
      reason,
    });
  };
  if (ticketId === null) {
    skip('no ticket was created, reopened or updated: no ASR forward');
    return;
  }
  if (linkKindOf(link.cached, link.iface) !== 'WIRED' && isHnocForwardable(deps, link)) {
    await scheduleHnocForward(deps, { link, trouble: TROUBLE, ticketId, delayMinutes: 0 });
    return;
  }
  if (isAsrBlacklistedLabel(link.label, deps.settings.asrBlacklistedLabels)) {
    skip('link label blacklisted from ASR forwards (or an IP address)');
    return;
  }
  const details = await deps.bridges.call(
    bruinTicketDetails,
    { ticket_id: ticketId },
    { what: `retrieving details of ticket ${String(ticketId)}` },
  );
  if (!details.ok) {
    skip('ticket details could not be read: no ASR forward');
    return;
  }
  const task = details.body.ticketDetails.find((detail) => detail.detailValue === serial);
  const notes = details.body.ticketNotes.filter(
    (note) => typeof note.noteValue === 'string' && (note.serviceNumber ?? []).includes(serial),
  );
  if (notes.some((note) => (troubleOfNote(note.noteValue) ?? TROUBLE) !== TROUBLE)) {
    skip('the ticket documents other troubles for this serial');
    return;
  }
  if (notes.some((note) => (note.noteValue ?? '').includes(ASR_QUEUE))) {
    skip(`already forwarded to ${ASR_TASK_RESULT}`);
    return;
  }
  const decision = {
    action: 'forward' as const,
    ...about(link, TROUBLE, ticketId),
    target_queue: ASR_QUEUE,
  };
  if (!deps.decisions.writes) {
    deps.decisions.held({ ...decision, reason: 'write mode holds the ASR forward' });
    return;
  }
  const changed = await deps.bridges.call(
    bruinTicketChangeWork,
    {
      ticket_id: ticketId,
      queue_name: ASR_TASK_RESULT,
      service_number: serial,
      ...(task === undefined ? {} : { detail_id: task.detailID }),
    },
    {
      what: `changing the task result of serial ${serial} in ticket ${String(ticketId)} to ${ASR_TASK_RESULT}`,
    },
  );
  deps.decisions.record({
    ...decision,
    outcome: changed.ok ? 'done' : 'failed',
    reason: changed.ok ? 'wired circuit instability: carrier issue' : 'change of work queue failed',
  });
  if (!changed.ok) return;
  deps.metrics.forwarded.inc({
    ...taskLabels({
      settings: deps.settings,
      cached: link.cached,
      iface: link.iface,
      label: link.label,
      trouble: TROUBLE,
    }),
    target_queue: ASR_QUEUE,
  });
  await appendNote(deps, {
    ticketId,
    serial,
    note: renderAsrNote({
      iface: link.metrics.link.interface,
      label: link.label,
      linkState: link.metrics.link.linkState,
      now: deps.now(),
      timezone: deps.settings.timezone,
    }),
    what: 'the ASR forwarding note',
  });
  await deps.notifier.slack(
    `Detail of Circuit Instability ticket ${String(ticketId)} related to serial ${serial} was ` +
      `successfully forwarded to ${ASR_TASK_RESULT} queue!`,
  );
}
