import type { EmailData } from '@automation-engine/contracts/notifications';

/** A cell of a report: plain text; `lines` are shown one per line (HTML) or space-joined (CSV). */
export type ReportCell = string | number | { lines: readonly string[]; separator?: string };

function cellText(cell: ReportCell, joiner: (separator: string) => string): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return cell.lines.join(joiner(cell.separator ?? ''));
}

/** RFC 4180 CSV, every field quoted (as the original's `QUOTE_ALL`), CRLF line ends. */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly ReportCell[])[],
): string {
  const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  const lines = [
    headers.map(quote).join(','),
    ...rows.map((row) =>
      row.map((cell) => quote(cellText(cell, (separator) => `${separator} `))).join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function htmlCell(cell: ReportCell): string {
  if (typeof cell === 'string' || typeof cell === 'number') return escapeHtml(String(cell));
  return cell.lines.map(escapeHtml).join(`${escapeHtml(cell.separator ?? '')}<br>`);
}

/** The e-mail body: a title, a line of context and the table (or a "no data" sentence). */
export function reportHtml(spec: {
  title: string;
  intro: string;
  headers: readonly string[];
  rows: readonly (readonly ReportCell[])[];
}): string {
  const table =
    spec.rows.length === 0
      ? '<p>No data matching the criteria was found for this report.</p>'
      : [
          '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">',
          `<thead><tr>${spec.headers.map((header) => `<th>${escapeHtml(header)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...spec.rows.map(
            (row) => `<tr>${row.map((cell) => `<td>${htmlCell(cell)}</td>`).join('')}</tr>`,
          ),
          '</tbody>',
          '</table>',
        ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"></head><body>',
    `<h2>${escapeHtml(spec.title)}</h2>`,
    `<p>${escapeHtml(spec.intro)}</p>`,
    table,
    '</body></html>',
  ].join('\n');
}

/** An e-mail with an optional CSV attachment (base64), as notifications-bridge expects. */
export function reportEmail(spec: {
  subject: string;
  recipients: readonly string[];
  html: string;
  csv: { name: string; text: string } | null;
}): EmailData {
  return {
    subject: spec.subject,
    recipient: spec.recipients.join(', '),
    text: '',
    html: spec.html,
    images: [],
    attachments:
      spec.csv === null
        ? []
        : [{ name: spec.csv.name, data: Buffer.from(spec.csv.text, 'utf8').toString('base64') }],
  };
}

/** `YYYY-MM-DD` of `at` in `timezone`. */
export function dateIn(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Bruin's date filter format, `YYYY-MM-DDTHH:MM:SSZ`. */
export function bruinFilterDate(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}
