import { setTimeout as sleep } from 'node:timers/promises';
import type { Contract } from '@automation-engine/contracts';
import { bruinTicket, bruinTicketDetails } from '@automation-engine/contracts/bruin';
import type { RequestResult } from '@automation-engine/messaging';
import { parseBruinDate } from '@automation-engine/monitoring';
import { runLimited } from '../autoresolve/run-limited.js';
import type { AffectingDeps } from '../model.js';
import type { ReportTicket } from './report-tickets-model.js';

/** Statuses of the tickets a report looks at (spec §1.3). */
export const REPORT_TICKET_STATUSES = ['New', 'InProgress', 'Draft', 'Resolved', 'Closed'];
/** Bruin answers the original retried (an expired or refused token). */
const RETRIED_STATUSES = [401, 403];

export interface RetrySettings {
  waitMs: number;
  attempts: number;
}

/** Calls `call` until it answers something else than 401/403; null once the tries are used up. */
async function withAuthRetry<C extends Contract>(
  retry: RetrySettings,
  call: () => Promise<RequestResult<C>>,
): Promise<RequestResult<C> | null> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await call();
    if (result.status === null || !RETRIED_STATUSES.includes(result.status)) return result;
    if (attempt >= retry.attempts) return null;
    await sleep(retry.waitMs);
  }
}

/**
 * Every Service Affecting ticket of a client created in the window, newest first, with its
 * details and notes (401/403 retried; a ticket whose details cannot be read is left out). Null
 * when the ticket list cannot be read.
 */
export async function fetchReportTickets(
  deps: Pick<AffectingDeps, 'bridges' | 'notifier' | 'logger' | 'settings'>,
  spec: { clientId: number; start: string; end: string; retry: RetrySettings },
): Promise<ReportTicket[] | null> {
  const { bridges, settings } = deps;
  const list = await withAuthRetry(spec.retry, () =>
    bridges.call(
      bruinTicket,
      {
        client_id: spec.clientId,
        category: settings.productCategory,
        ticket_topic: 'VAS',
        ticket_status: REPORT_TICKET_STATUSES,
        start_date: spec.start,
        end_date: spec.end,
      },
      { what: `getting Service Affecting tickets of client ${String(spec.clientId)} for a report` },
    ),
  );
  if (list === null) {
    await deps.notifier.slack('Max retries reached getting all tickets for the report.');
    return null;
  }
  if (!list.ok) return null;
  const ordered = [...list.body].sort(
    (a, b) => (parseBruinDate(b.createDate) ?? 0) - (parseBruinDate(a.createDate) ?? 0),
  );
  const found = new Map<number, ReportTicket>();
  await runLimited(ordered, settings.concurrency, async (ticket) => {
    const details = await withAuthRetry(spec.retry, () =>
      bridges.call(
        bruinTicketDetails,
        { ticket_id: ticket.ticketID },
        { what: `getting details of ticket ${String(ticket.ticketID)} for a report` },
      ),
    );
    if (details === null) {
      await deps.notifier.slack(
        `Max retries reached getting ticket details ${String(ticket.ticketID)} for the report.`,
      );
      return;
    }
    if (!details.ok) return;
    found.set(ticket.ticketID, {
      ticket,
      details: details.body.ticketDetails,
      notes: details.body.ticketNotes,
    });
  });
  return ordered.flatMap((ticket) => {
    const entry = found.get(ticket.ticketID);
    return entry === undefined ? [] : [entry];
  });
}
