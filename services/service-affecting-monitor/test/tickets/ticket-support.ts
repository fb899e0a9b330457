import type { TroubledLink } from '../../src/tickets/troubled-link.js';
import type { BridgeAnswer, BridgeScript } from '../support/fake-deps.js';
import {
  cachedEdge,
  CLIENT_ID,
  linkMetrics,
  SERIAL,
  WIRED_LOOKUP,
  WIRED_THRESHOLDS,
} from '../support/samples.js';
import { ticketContactsFor } from '../../src/decisions/contacts.js';

export const troubleNote = (trouble: string, reopen = false) =>
  `#*MetTel's IPA*#\n${reopen ? 'Re-opening ticket.\n\n' : ''}Trouble: ${trouble}\n\nEdge Name: x`;

export function note(noteValue: string, createdDate: string, serial = SERIAL) {
  return { noteId: 1, noteValue, createdDate, serviceNumber: [serial] };
}

export function ticket(ticketID: number, createDate: string, extra: Record<string, unknown> = {}) {
  return { ticketID, clientID: CLIENT_ID, createDate, createdBy: 'Intelygenz Ai', ...extra };
}

export function details(
  notes: ReturnType<typeof note>[],
  detailStatus = 'I',
  detailID = 555,
): BridgeAnswer {
  return {
    status: 200,
    body: {
      ticketDetails: [{ detailID, detailValue: SERIAL, detailStatus, currentTaskName: null }],
      ticketNotes: notes,
    },
  };
}

/** Details per ticket id. */
export function detailsById(byId: Record<number, BridgeAnswer>): BridgeScript {
  return (body) => byId[Number(body['ticket_id'])] ?? { status: 404, body: 'no ticket' };
}

/** Open / resolved ticket lists by the statuses asked. */
export function ticketsByStatus(
  open: unknown[] | BridgeAnswer,
  resolved: unknown[] = [],
): BridgeScript {
  return (body) => {
    const statuses = body['ticket_statuses'] as string[];
    if (statuses.includes('Resolved')) return { status: 200, body: resolved };
    return Array.isArray(open) ? { status: 200, body: open } : open;
  };
}

export function troubledLink(
  overrides: Partial<TroubledLink> = {},
  label = 'Comcast',
  iface = 'GE1',
): TroubledLink {
  const cached = cachedEdge();
  return {
    cached,
    clientId: CLIENT_ID,
    metrics: linkMetrics({ bestLatencyMsRx: 300 }, { displayName: label, interface: iface }),
    iface,
    label,
    events: [],
    context: { thresholds: WIRED_THRESHOLDS, lookupMinutes: WIRED_LOOKUP, bandwidthChecked: true },
    contacts: ticketContactsFor(cached, [], []),
    ...overrides,
  };
}
