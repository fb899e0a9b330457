import type { Trouble } from '../model.js';
import { noteInterface, troubleTasks, type ReportTicket } from './report-tickets-model.js';
import {
  bruinFilterDate,
  reportEmail,
  reportHtml,
  toCsv,
  type ReportCell,
} from './report-output.js';

const DAY_MS = 86_400_000;

/** A row: a trouble noted on one interface of a serial in at least `threshold` distinct tickets. */
export interface ReoccurringRow {
  trouble: string;
  serial: string;
  edgeName: string;
  /** The address lines of the serial's newest ticket. */
  location: string[];
  /** The distinct tickets counted, ascending. */
  tickets: number[];
  interface: string;
}

/** Today 00:00 UTC minus `lookupSeconds` → today 00:00 UTC. */
export function reoccurringWindow(now: Date, lookupSeconds: number): { start: Date; end: Date } {
  const end = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  return { start: new Date(end.getTime() - lookupSeconds * 1000), end };
}

function addressLines(address: unknown): string[] {
  if (address === null || typeof address !== 'object') return [];
  return Object.values(address as Record<string, unknown>)
    .filter((value) => value !== null && value !== undefined && value !== '')
    .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
}

/**
 * The reoccurring trouble rows (spec §3.8): per serial × trouble × interface the distinct tickets
 * with a system note of that trouble naming that interface; rows with at least `threshold`
 * tickets, sorted by serial. `tickets` should come newest first (the location is the first's).
 */
export function reoccurringRows(spec: {
  tickets: readonly ReportTicket[];
  edgeNames: ReadonlyMap<string, string | null>;
  troubles: readonly Trouble[];
  threshold: number;
}): ReoccurringRow[] {
  const tasks = troubleTasks(spec.tickets, new Set(spec.edgeNames.keys()), spec.troubles);
  const groups = new Map<
    string,
    { serial: string; trouble: string; iface: string; tickets: Set<number> }
  >();
  const locationBySerial = new Map<string, string[]>();
  for (const task of tasks) {
    if (!locationBySerial.has(task.serial)) {
      locationBySerial.set(task.serial, addressLines(task.ticket.address));
    }
    for (const text of task.notes) {
      const iface = noteInterface(text);
      if (iface === null) continue;
      const key = `${task.serial}\u0000${task.trouble}\u0000${iface}`;
      const group = groups.get(key) ?? {
        serial: task.serial,
        trouble: task.trouble,
        iface,
        tickets: new Set<number>(),
      };
      group.tickets.add(task.ticket.ticketID);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((group) => group.tickets.size >= spec.threshold)
    .map((group) => ({
      trouble: group.trouble,
      serial: group.serial,
      edgeName: spec.edgeNames.get(group.serial) ?? '',
      location: locationBySerial.get(group.serial) ?? [],
      tickets: [...group.tickets].sort((a, b) => a - b),
      interface: group.iface,
    }))
    .sort((a, b) => (a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0));
}

export const REOCCURRING_HEADERS = [
  'Trouble',
  'Serial Number',
  'Edge Name',
  'Location',
  'Number of tickets',
  'Tickets',
  'Interfaces',
] as const;

function cells(row: ReoccurringRow): ReportCell[] {
  return [
    row.trouble,
    row.serial,
    row.edgeName,
    { lines: row.location },
    row.tickets.length,
    { lines: row.tickets.map(String), separator: ',' },
    row.interface,
  ];
}

/** The report's e-mail: subject, HTML table and (with rows) the CSV attachment. */
export function reoccurringEmail(spec: {
  clientId: number;
  clientName: string;
  rows: readonly ReoccurringRow[];
  window: { start: Date; end: Date };
  recipients: readonly string[];
}) {
  const date = bruinFilterDate(spec.window.end).slice(0, 10);
  const rows = spec.rows.map(cells);
  return reportEmail({
    subject: `${spec.clientName} - Reoccurring Service Affecting Trouble - ${date}`,
    recipients: spec.recipients,
    html: reportHtml({
      title: `Reoccurring Service Affecting Trouble - ${date}`,
      intro: `${spec.clientName} (${String(spec.clientId)}): troubles reported in several tickets between ${bruinFilterDate(spec.window.start)} and ${bruinFilterDate(spec.window.end)}.`,
      headers: REOCCURRING_HEADERS,
      rows,
    }),
    csv:
      rows.length === 0
        ? null
        : {
            name: `reoccurring-service-affecting-trouble_${date}.csv`,
            text: toCsv(REOCCURRING_HEADERS, rows),
          },
  });
}
