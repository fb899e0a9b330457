/**
 * One list out of the per-status ticket lists of `bruin.ticket.request`: tickets in the order first
 * seen, one per `ticketID` (the last copy wins, as a Python dict keyed by id did).
 */
export function mergeTicketLists<T extends { ticketID: number }>(
  lists: readonly (readonly T[])[],
): T[] {
  const byId = new Map<number, T>();
  for (const list of lists) for (const ticket of list) byId.set(ticket.ticketID, ticket);
  return [...byId.values()];
}
