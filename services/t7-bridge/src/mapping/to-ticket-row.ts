import type { T7TicketRow } from '@automation-engine/vendor-apis';
import { protoFieldName } from './proto-field-name.js';

/** `TicketRow` fields that are integers (int64 as decimal strings, `sla` int32). */
const INT64_FIELDS: ReadonlySet<string> = new Set(['call_ticket_id', 'detail_id']);
const INT32_FIELDS: ReadonlySet<string> = new Set(['sla']);

/** Every `TicketRow` field of the .proto (spec/vendor-apis.md §5). */
export const TICKET_ROW_FIELDS: ReadonlySet<string> = new Set([
  'asset',
  'product',
  'entered_date',
  'notes',
  'task_result',
  'client_name',
  'city',
  'state',
  'entered_date_n',
  'note_entered_by',
  'ticket_entered_date',
  'call_ticket_id',
  'initial_note_ticket_creation',
  'detail_id',
  'address1',
  'address2',
  'zip',
  'site_name',
  'note_type',
  'note_entered_date',
  'task_assigned_to',
  'task',
  'sla',
  'ticket_status',
]);

/**
 * A B14 row as a `TicketRow`: keys normalised (`protoFieldName`), unknown keys dropped, nulls left
 * out (proto defaults), integers kept as integers and anything else as text.
 */
export function toTicketRow(row: Readonly<Record<string, unknown>>): T7TicketRow {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(row)) {
    const field = protoFieldName(key);
    if (!TICKET_ROW_FIELDS.has(field) || value === null || value === undefined) continue;
    const converted = convert(field, value);
    if (converted !== undefined) out[field] = converted;
  }
  return out;
}

function convert(field: string, value: unknown): string | number | undefined {
  if (INT64_FIELDS.has(field)) {
    const text = String(value).trim();
    return /^-?\d+$/.test(text) ? text : undefined;
  }
  if (INT32_FIELDS.has(field)) {
    const number = Number(value);
    return Number.isInteger(number) ? number : undefined;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
