import type { BruinClientInfo } from '@automation-engine/contracts/bruin';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { EmailData } from '@automation-engine/contracts/notifications';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `%B %d %Y - %H:%M:%S` in UTC (`April 09 2023 - 13:15:27`), as the original's mails. */
export function mailTimestamp(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${MONTHS[now.getUTCMonth()] ?? ''} ${pad(now.getUTCDate())} ${String(now.getUTCFullYear())} - ` +
    `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}`
  );
}

const CSV_TITLES = [
  'Serial Number',
  'Bruin Client ID',
  'Bruin Client Name',
  'Velo Host',
  'Velo Enterprise ID',
  'Velo Edge ID',
  'Last Contact',
  'Logical IDs',
] as const;

/** A CSV field quoted only when it must be (Python's `csv.QUOTE_MINIMAL`). */
function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The cache as the snapshot CSV of the original, base64-encoded for an attachment. */
export function cacheCsvBase64(cache: readonly CustomerCacheEntry[]): string {
  const lines = [CSV_TITLES.join(',')];
  for (const entry of cache) {
    lines.push(
      [
        entry.serial_number,
        entry.bruin_client_info.client_id,
        entry.bruin_client_info.client_name,
        entry.edge.host,
        entry.edge.enterprise_id,
        entry.edge.edge_id,
        entry.last_contact,
        entry.logical_ids,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
}

/** The mail with the prior and the new cache of a host (spec §10.3, merge). */
export function snapshotEmail(spec: {
  host: string;
  environment: string;
  recipient: string;
  oldCache: readonly CustomerCacheEntry[];
  newCache: readonly CustomerCacheEntry[];
  now: Date;
}): EmailData {
  const { host } = spec;
  const stamp = mailTimestamp(spec.now);
  return {
    subject: `Customer cache snapshots. Environment: ${spec.environment}. Host: ${host}. ${stamp}`,
    recipient: spec.recipient,
    text: 'this is the accessible text for the email',
    html:
      `In this email you will see attached 2 CSV files: the prior and current status of the ` +
      `customer cache for the host ${host}. Please note that timestamps in the files and in the subject are in UTC.`,
    images: [],
    attachments: [
      { name: `old_customer_cache_${host}_${stamp}.csv`, data: cacheCsvBase64(spec.oldCache) },
      { name: `new_customer_cache_${host}_${stamp}.csv`, data: cacheCsvBase64(spec.newCache) },
    ],
  };
}

/** The mail listing serials with several active Bruin inventories (spec §10.3, finish). */
export function duplicatesEmail(spec: {
  recipient: string;
  duplicates: ReadonlyMap<string, readonly BruinClientInfo[]>;
  now: Date;
}): EmailData {
  const items = [...spec.duplicates]
    .map(
      ([serial, records]) => `<p>Serial: ${serial} and items: ${JSON.stringify(records)}<p></br>`,
    )
    .join('');
  return {
    subject: `Serials with multiple inventory items (${mailTimestamp(spec.now)})`,
    recipient: spec.recipient,
    text: 'this is the accessible text for the email',
    html: `<p>In this email you will see the serials with more than one inventory items</p></br>${items}`,
    images: [],
    attachments: [],
  };
}
