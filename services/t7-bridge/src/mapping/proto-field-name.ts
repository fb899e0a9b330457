/**
 * A B14 row key as the original reduced it to a proto field name: drop non-word characters and
 * `_`, split camel case with `_`, lower-case (`EnteredDate_N` → `entered_date_n`,
 * `Initial Note @ Ticket Creation` → `initial_note_ticket_creation`, `CallTicketID` →
 * `call_ticket_id`).
 */
export function protoFieldName(key: string): string {
  return key
    .replace(/[\W_]+/g, '')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}
