import type { Harness } from './bridge-harness.js';

/** The parts of the lab's ticket view (control API) the tests read. */
export interface LabTicketView {
  ticketID: number;
  clientID: number;
  ticketStatus: string;
  severity: number;
  details: {
    detailID: number;
    detailValue: string;
    detailStatus: string;
    currentTaskName: string;
  }[];
  notes: { noteValue: string; noteType: string; serviceNumbers: string[] }[];
  notifications: { notificationType: string; serviceNumber: string }[];
  subscribers: { email: string; subscriptionType: string }[];
}

/** Given a ticket in the lab (through its control API). */
export function givenTicket(
  h: Harness,
  seed: {
    serviceNumbers: string[];
    topic?: 'VOO' | 'VAS';
    status?: string;
    reopenable?: boolean;
    clientId?: number;
  },
): Promise<LabTicketView> {
  return h.control<LabTicketView>('POST', '/bruin/tickets', seed);
}

/** The lab's view of a ticket now. */
export function labTicket(h: Harness, ticketId: number): Promise<LabTicketView> {
  return h.control<LabTicketView>('GET', `/bruin/tickets/${String(ticketId)}`);
}

/** Given the lab's Bruin answers `status` to the next `times` matching calls. */
export function givenBruinFault(
  h: Harness,
  fault: {
    path: string;
    method?: string;
    status?: number;
    body?: unknown;
    times?: number;
    kind?: 'error' | 'timeout' | 'expire-auth' | 'delay';
    delayMs?: number;
  },
): Promise<unknown> {
  const kind = fault.kind ?? 'error';
  const action =
    kind === 'error'
      ? {
          kind,
          status: fault.status ?? 500,
          ...(fault.body === undefined ? {} : { body: fault.body }),
        }
      : kind === 'delay'
        ? { kind, delayMs: fault.delayMs ?? 10 }
        : { kind };
  return h.control('POST', '/faults', {
    simulator: 'bruin',
    path: fault.path,
    ...(fault.method === undefined ? {} : { method: fault.method }),
    action,
    ...(fault.times === undefined ? {} : { times: fault.times }),
  });
}
