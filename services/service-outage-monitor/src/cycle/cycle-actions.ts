import { autoResolveEdge } from '../autoresolve/auto-resolve-edge.js';
import { attemptTicketCreation } from '../creation/attempt-ticket-creation.js';
import type { MonitoredEdge, OutageDeps, OutageType } from '../model.js';

/** What the cycle and the re-checks do to an edge; swapped only by tests and the bench. */
export interface CycleActions {
  createTicket: (deps: OutageDeps, edge: MonitoredEdge, type: OutageType) => Promise<void>;
  autoResolve: (
    deps: OutageDeps,
    edge: MonitoredEdge,
    whitelist: ReadonlySet<string>,
  ) => Promise<void>;
}

export const DEFAULT_CYCLE_ACTIONS: CycleActions = {
  createTicket: attemptTicketCreation,
  autoResolve: autoResolveEdge,
};
