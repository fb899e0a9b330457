import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { noteInterface, troubleTasks, type ReportTicket } from './report-tickets-model.js';
import { reportEmail, reportHtml, toCsv, type ReportCell } from './report-output.js';

/** The original caps counts and ticket lists (one per 5 minutes of a day). */
export const MAX_COUNTED = 288;
export const BANDWIDTH_TROUBLE = 'Bandwidth Over Utilization';
export const SERIES_METRICS = ['bytesRx', 'bytesTx', 'bpsOfBestPathRx', 'bpsOfBestPathTx'] as const;

/** One series of `request.edge.links.series`. */
export interface LinkSeries {
  metric?: unknown;
  startTime?: unknown;
  tickInterval?: unknown;
  data?: unknown;
  min?: unknown;
  max?: unknown;
}

/** One link of an edge's series answer. */
export interface LinkSeriesOfLink {
  linkId: number;
  link?: unknown;
  series: readonly LinkSeries[];
}

/** Today 05:00 UTC minus `lookupSeconds` → today 05:00 UTC (as the original, even before 05:00). */
export function bandwidthWindow(now: Date, lookupSeconds: number): { start: Date; end: Date } {
  const end = new Date(now.getTime());
  end.setUTCHours(5, 0, 0, 0);
  return { start: new Date(end.getTime() - lookupSeconds * 1000), end };
}

/** Threshold-exceeded notes of one direction of one link. */
export interface DirectionCount {
  notes: number;
  tickets: Set<number>;
}

/** Both directions of one link. */
export interface LinkCounts {
  up: DirectionCount;
  down: DirectionCount;
}

/**
 * Bandwidth trouble notes per `serial → interface`, per direction. A note counts for `up` when it
 * reports the Tx direction — `Transfer` (older notes) or `Download` (current notes, which put Tx
 * under "Download") — and for `down` when it reports Rx — `Receive` or `Upload`. The original
 * only knew the older words (spec §6.7); both are counted here, and a note reporting both
 * directions counts for both.
 */
export function bandwidthNoteCounts(
  tickets: readonly ReportTicket[],
  serials: ReadonlySet<string>,
): Map<string, Map<string, LinkCounts>> {
  const counts = new Map<string, Map<string, LinkCounts>>();
  for (const task of troubleTasks(tickets, serials, [BANDWIDTH_TROUBLE])) {
    for (const text of task.notes) {
      const iface = noteInterface(text);
      if (iface === null) continue;
      const bySerial = counts.get(task.serial) ?? new Map<string, LinkCounts>();
      const entry: LinkCounts = bySerial.get(iface) ?? {
        up: { notes: 0, tickets: new Set<number>() },
        down: { notes: 0, tickets: new Set<number>() },
      };
      if (/Transfer|Download/.test(text)) {
        entry.up.notes += 1;
        entry.up.tickets.add(task.ticket.ticketID);
      }
      if (/Receive|Upload/.test(text)) {
        entry.down.notes += 1;
        entry.down.tickets.add(task.ticket.ticketID);
      }
      bySerial.set(iface, entry);
      counts.set(task.serial, bySerial);
    }
  }
  return counts;
}

/** One direction's figures of a link over the window. */
export interface DirectionFigures {
  minBps: number;
  maxBps: number;
  peakBps: number;
  peakAt: Date;
  /** Peak bps ÷ minimum available bps × 100, 2 decimals; 0 when the minimum is 0. */
  peakPercent: number;
}

export interface BandwidthRow {
  enterpriseId: number;
  enterpriseName: string;
  serial: string;
  edgeName: string;
  interface: string;
  linkName: string;
  accessType: string;
  down: DirectionFigures;
  up: DirectionFigures;
  exceededDown: number;
  ticketsDown: number[];
  exceededUp: number;
  ticketsUp: number[];
}

const numberOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function seriesOf(link: LinkSeriesOfLink, metric: string): LinkSeries | undefined {
  return link.series.find((series) => series.metric === metric);
}

/** Min/max available bps and the peak of `bytes` (bps and time) of one direction; null if incomplete. */
export function directionFigures(
  bytes: LinkSeries | undefined,
  bps: LinkSeries | undefined,
): DirectionFigures | null {
  const data = Array.isArray(bytes?.data) ? (bytes.data as unknown[]).map(numberOf) : null;
  const tickMs = numberOf(bytes?.tickInterval);
  const startTime = numberOf(bytes?.startTime);
  const minBps = numberOf(bps?.min);
  const maxBps = numberOf(bps?.max);
  if (data === null || tickMs === null || tickMs <= 0 || startTime === null) return null;
  if (minBps === null || maxBps === null) return null;
  let peakIndex = 0;
  data.forEach((value, index) => {
    if ((value ?? 0) > (data[peakIndex] ?? 0)) peakIndex = index;
  });
  const peakBytes = data[peakIndex] ?? 0;
  const peakBps = (peakBytes * 8) / (tickMs / 1000);
  return {
    minBps,
    maxBps,
    peakBps,
    peakAt: new Date(startTime + tickMs * peakIndex),
    peakPercent: minBps > 0 ? Math.round(((peakBps * 100) / minBps) * 100) / 100 : 0,
  };
}

function linkField(link: unknown, field: string): string | null {
  if (link === null || typeof link !== 'object') return null;
  const value = (link as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

/**
 * The bandwidth report rows of one client (spec §3.8): one per link of its edges' series, with
 * the threshold-exceeded counts (capped at 288), sorted by serial then interface. Links whose
 * series lack a metric are left out.
 */
export function bandwidthRows(spec: {
  edges: readonly { cached: CustomerCacheEntry; links: readonly LinkSeriesOfLink[] }[];
  counts: ReturnType<typeof bandwidthNoteCounts>;
}): BandwidthRow[] {
  const rows: BandwidthRow[] = [];
  for (const { cached, links } of spec.edges) {
    for (const link of links) {
      const iface = linkField(link.link, 'interface');
      if (iface === null) continue;
      const down = directionFigures(seriesOf(link, 'bytesRx'), seriesOf(link, 'bpsOfBestPathRx'));
      const up = directionFigures(seriesOf(link, 'bytesTx'), seriesOf(link, 'bpsOfBestPathTx'));
      if (down === null || up === null) continue;
      const count = spec.counts.get(cached.serial_number)?.get(iface);
      const cap = (tickets: Set<number> | undefined) =>
        [...(tickets ?? [])].sort((a, b) => a - b).slice(0, MAX_COUNTED);
      rows.push({
        enterpriseId: cached.edge.enterprise_id,
        enterpriseName: cached.edge.enterprise_name ?? '',
        serial: cached.serial_number,
        edgeName: cached.edge_name ?? '',
        interface: iface,
        linkName: linkField(link.link, 'displayName') ?? '',
        accessType:
          cached.logical_ids.find((logicalId) => logicalId.interface_name === iface)?.access_type ??
          '',
        down,
        up,
        exceededDown: Math.min(count?.down.notes ?? 0, MAX_COUNTED),
        ticketsDown: cap(count?.down.tickets),
        exceededUp: Math.min(count?.up.notes ?? 0, MAX_COUNTED),
        ticketsUp: cap(count?.up.tickets),
      });
    }
  }
  return rows.sort((a, b) =>
    a.serial === b.serial ? a.interface.localeCompare(b.interface) : a.serial < b.serial ? -1 : 1,
  );
}

/** `12.345 Mbps`, as the original's report. */
export function mbps(bps: number): string {
  return `${(bps / 1_000_000).toFixed(3)} Mbps`;
}

/** `05:40 AM EST`: the peak time in the report's zone (the original always wrote "EST"). */
export function peakTime(at: Date, timezone: string): string {
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: true,
  }).format(at);
  return `${text} EST`;
}

export const BANDWIDTH_HEADERS = [
  'Enterprise Id',
  'Enterprise Name',
  'Serial Number',
  'Edge Name',
  'Interface',
  'Link Name',
  'Link Access Type',
  'Available Bandwidth Down Min',
  'Available Bandwidth Down Max',
  'Peak Utilization Down',
  'Peak Utilization Time Down',
  'Peak Utilization % Down',
  'Total Number: Bandwidth Threshold Exceeded Down',
  'Bandwidth Trouble Tickets Down',
  ' ',
  'Available Bandwidth Up Min',
  'Available Bandwidth Up Max',
  'Peak Utilization Up',
  'Peak Utilization Time Up',
  'Peak Utilization % Up',
  'Total Number: Bandwidth Threshold Exceeded Up',
  'Bandwidth Trouble Tickets Up',
] as const;

function cells(row: BandwidthRow, timezone: string): ReportCell[] {
  const direction = (
    figures: DirectionFigures,
    exceeded: number,
    tickets: number[],
  ): ReportCell[] => [
    mbps(figures.minBps),
    mbps(figures.maxBps),
    mbps(figures.peakBps),
    peakTime(figures.peakAt, timezone),
    figures.peakPercent,
    exceeded,
    tickets.join(', '),
  ];
  return [
    row.enterpriseId,
    row.enterpriseName,
    row.serial,
    row.edgeName,
    row.interface,
    row.linkName,
    row.accessType,
    ...direction(row.down, row.exceededDown, row.ticketsDown),
    ' ',
    ...direction(row.up, row.exceededUp, row.ticketsUp),
  ];
}

/** The CSV of a client's report (also what goes to the object store). */
export function bandwidthCsv(rows: readonly BandwidthRow[], timezone: string): string {
  return toCsv(
    BANDWIDTH_HEADERS,
    rows.map((row) => cells(row, timezone)),
  );
}

export function bandwidthCsvName(date: string): string {
  return `daily-bandwidth-report_${date}.csv`;
}

/** The object-store key of a client's CSV. */
export function bandwidthObjectKey(date: string, clientId: number): string {
  return `daily-bandwidth-report_${date}_${String(clientId)}.csv`;
}

export function bandwidthEmail(spec: {
  clientId: number;
  clientName: string;
  date: string;
  rows: readonly BandwidthRow[];
  timezone: string;
  recipients: readonly string[];
}) {
  const rows = spec.rows.map((row) => cells(row, spec.timezone));
  const edges = new Set(spec.rows.map((row) => row.serial)).size;
  return reportEmail({
    subject: `${spec.clientName} - Daily Bandwidth Report - ${spec.date}`,
    recipients: spec.recipients,
    html: reportHtml({
      title: `Daily Bandwidth Report - ${spec.date}`,
      intro: `${spec.clientName} (${String(spec.clientId)}): ${String(edges)} edges.`,
      headers: BANDWIDTH_HEADERS,
      rows,
    }),
    csv:
      rows.length === 0
        ? null
        : { name: bandwidthCsvName(spec.date), text: toCsv(BANDWIDTH_HEADERS, rows) },
  });
}
