import type { Decision, DecisionAction, DecisionOutcome } from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageDeps, OutageType } from '../model.js';
import type { EdgeFacts } from './edge-facts.js';

/** One edge's creation flow: who, which ticket, and one place to record its decisions. */
export class TicketContext {
  readonly deps: OutageDeps;
  readonly edge: MonitoredEdge;
  readonly facts: EdgeFacts;
  readonly outageType: OutageType;
  ticketId: number | null = null;

  constructor(spec: {
    deps: OutageDeps;
    edge: MonitoredEdge;
    facts: EdgeFacts;
    outageType: OutageType;
  }) {
    this.deps = spec.deps;
    this.edge = spec.edge;
    this.facts = spec.facts;
    this.outageType = spec.outageType;
  }

  get serial(): string {
    return this.facts.serial;
  }

  record(
    action: DecisionAction,
    outcome: DecisionOutcome,
    why: string | (Omit<Decision, 'action' | 'outcome'> & { reason: string }),
  ): void {
    this.deps.decisions.record({
      serial: this.serial,
      ticketId: this.ticketId,
      outageType: this.outageType,
      ...(typeof why === 'string' ? { reason: why } : why),
      action,
      outcome,
    });
  }
}
