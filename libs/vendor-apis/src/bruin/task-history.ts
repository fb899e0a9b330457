import { z } from 'zod';
import { bruinCompactDate } from './common.js';

const text = z.string().nullable();

/** One B14 row: one per ticket event/note, keys exactly as Bruin spells them. */
export const bruinTaskHistoryRow = z.looseObject({
  ClientName: text,
  'Ticket Entered Date': bruinCompactDate.nullable(),
  EnteredDate: text,
  CallTicketID: z.number().int().nullable(),
  'Initial Note @ Ticket Creation': text,
  DetailID: z.number().int().nullable(),
  Product: text,
  Asset: text,
  Address1: text,
  Address2: text,
  City: text,
  State: text,
  Zip: text,
  'Site Name': text,
  NoteType: text,
  Notes: text,
  'Note Entered Date': bruinCompactDate.nullable(),
  EnteredDate_N: text,
  'Note Entered By': text,
  'Task Assigned To': text,
  Task: text,
  'Task Result': text,
  SLA: z.number().int().nullable(),
  'Ticket Status': text,
});
export type BruinTaskHistoryRow = z.infer<typeof bruinTaskHistoryRow>;

/** B14 `GET /api/Ticket/AITicketData?ticketId=N` → `{result: Row[]}`. */
export const bruinTaskHistoryResponse = z.looseObject({ result: z.array(bruinTaskHistoryRow) });
export type BruinTaskHistoryResponse = z.infer<typeof bruinTaskHistoryResponse>;
