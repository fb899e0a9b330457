import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { bruinTicketNoteAppend } from '@automation-engine/contracts/bruin';
import { velocloudAlertRequestEventEdge } from '@automation-engine/contracts/velocloud';
import { bruinTicketUrl, NATS_ERROR_STATUS } from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageDeps, OutageType } from '../model.js';
import { TRIAGE_CONTINUATION_HEADER } from './note-patterns.js';
import { splitNote } from './split-note.js';
import { renderTriageNote } from './triage-note.js';
import type { VcoEvent } from './vco-event.js';

/** Events a triage note looks back over. */
export const TRIAGE_EVENTS_WINDOW_MS = 7 * 24 * 3_600_000;
/** The events a triage note reads (the bridge's default filter, sent explicitly). */
export const TRIAGE_EVENT_KINDS = ['EDGE_UP', 'EDGE_DOWN', 'LINK_ALIVE', 'LINK_DEAD'];

export interface AppendTriageNoteSpec {
  ticketId: number;
  /** The service number the note is tagged with (the caller picks it, see the README / ADR). */
  serviceNumber: string;
  edge: MonitoredEdge;
  outageType: OutageType;
  reopening: boolean;
}

/** Events of an edge from `since` to `now`, newest first; null when VeloCloud did not answer. */
export async function fetchEdgeEvents(
  deps: OutageDeps,
  cached: CustomerCacheEntry,
  since: Date,
): Promise<VcoEvent[] | null> {
  const { host, enterprise_id, edge_id } = cached.edge;
  const result = await deps.bridges.call(
    velocloudAlertRequestEventEdge,
    {
      edge: { host, enterprise_id, edge_id },
      start_date: since.toISOString(),
      end_date: deps.now().toISOString(),
      filter: TRIAGE_EVENT_KINDS,
    },
    { what: `getting the events of edge ${cached.serial_number}` },
  );
  if (!result.ok) return null;
  return [...result.body].sort((a, b) => Date.parse(b.eventTime) - Date.parse(a.eventTime));
}

/**
 * Appends the triage (or reopen) note of an edge to a ticket (§2.7): 7 days of events, rendered,
 * split when long, posted for `serviceNumber`. Outside live mode nothing is written: would-have →
 * Slack, dry-run → the decision only. True when every chunk was posted.
 */
export async function appendTriageNote(
  deps: OutageDeps,
  spec: AppendTriageNoteSpec,
): Promise<boolean> {
  const { ticketId, serviceNumber, edge, outageType, reopening } = spec;
  const serial = edge.status.edgeSerialNumber;
  const decision = {
    action: 'note' as const,
    serial,
    ticketId,
    outageType,
    serviceNumber,
    reopening,
  };
  const now = deps.now();
  const events = await fetchEdgeEvents(
    deps,
    edge.cached,
    new Date(now.getTime() - TRIAGE_EVENTS_WINDOW_MS),
  );
  if (events === null) {
    deps.decisions.record({
      ...decision,
      outcome: 'failed',
      reason: 'edge events could not be read; no triage note',
    });
    return false;
  }
  const note = renderTriageNote({ edge, outageType, reopening, events, now });

  if (!deps.decisions.writes) {
    deps.decisions.held({
      ...decision,
      reason: 'triage note not appended outside live mode',
      chars: note.length,
    });
    if (deps.decisions.mode === 'would-have') {
      await deps.notifier.slack(
        `Triage note would have been appended to ticket ${String(ticketId)} (serial: ${serviceNumber}). ` +
          `Note: ${note}. Details at ${bruinTicketUrl(ticketId)}`,
      );
    }
    return false;
  }

  const chunks = splitNote(note, TRIAGE_CONTINUATION_HEADER);
  for (const [index, chunk] of chunks.entries()) {
    const part = `${String(index + 1)}/${String(chunks.length)}`;
    const result = await deps.bridges.call(
      bruinTicketNoteAppend,
      { ticket_id: ticketId, note: chunk, service_numbers: [serviceNumber] },
      {
        what: `appending the triage note (${part}) to ticket ${String(ticketId)} for edge ${serial}`,
      },
    );
    if (!result.ok) {
      // A 503 is the bus timing out (Bruin may still have taken the note), told apart from a refusal.
      const timedOut = result.status === NATS_ERROR_STATUS;
      deps.decisions.record({
        ...decision,
        outcome: 'failed',
        reason: timedOut
          ? `appending the triage note (${part}) timed out (503)`
          : `Bruin refused the triage note (${part})`,
        status: result.status,
        timedOut,
      });
      return false;
    }
  }
  deps.decisions.record({
    ...decision,
    reason: reopening ? 'reopen note appended' : 'triage note appended',
    chunks: chunks.length,
  });
  return true;
}
