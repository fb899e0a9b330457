import { bruinTicketBasic } from '@automation-engine/contracts/bruin';
import { OPEN_TICKET_STATUSES, OUTAGE_TOPIC } from '../autoresolve/auto-resolve-edge.js';
import type { OutageDeps } from '../model.js';

/**
 * The clients that have at least one open outage ticket now: one listing per host and cycle.
 * A healthy edge of any other client has nothing to auto-resolve, so its per-edge ticket lookup
 * (the original's, one Bruin call per healthy edge per cycle) is skipped. Null when the listing
 * failed: every healthy edge is then looked up as before.
 */
export async function clientsWithOpenOutageTickets(
  deps: OutageDeps,
): Promise<ReadonlySet<number> | null> {
  const tickets = await deps.bridges.call(
    bruinTicketBasic,
    {
      ticket_statuses: OPEN_TICKET_STATUSES,
      ticket_topic: OUTAGE_TOPIC,
      product_category: deps.settings.productCategory,
    },
    { what: 'listing open Service Outage tickets' },
  );
  if (!tickets.ok) return null;
  const clients = new Set<number>();
  for (const ticket of tickets.body) {
    if (typeof ticket.clientID === 'number') clients.add(ticket.clientID);
  }
  return clients;
}
