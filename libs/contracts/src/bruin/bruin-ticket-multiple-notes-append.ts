import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/** One note to append: its text and the detail it belongs to (by service number or id). */
export const bruinNoteToAppend = z
  .looseObject({
    text: z.string().min(1),
    service_number: z.string().min(1).optional(),
    detail_id: z.number().int().positive().optional(),
    /** Private notes are sent as `CON`, public ones as `ADN`. */
    is_private: z.boolean().optional(),
  })
  .refine((note) => note.service_number !== undefined || note.detail_id !== undefined, {
    message: 'each note needs "service_number" or "detail_id"',
  });
export type BruinNoteToAppend = z.infer<typeof bruinNoteToAppend>;

/**
 * `bruin.ticket.multiple.notes.append.request` → `POST /api/Ticket/{id}/notes/advanced`. Replies
 * the notes Bruin created (`ticketNotes`).
 */
export const bruinTicketMultipleNotesAppend = defineContract({
  subject: 'bruin.ticket.multiple.notes.append.request',
  request: z.looseObject({
    ticket_id: bruinId,
    notes: z.array(bruinNoteToAppend).min(1),
  }),
  response: z.array(
    z.looseObject({
      noteID: z.number().int().nullable().optional(),
      noteType: z.string().nullable().optional(),
      noteValue: z.string().nullable().optional(),
      detailID: z.number().int().nullable().optional(),
    }),
  ),
  timeoutMs: 75_000,
  description: 'Appends several notes to a ticket, each to a detail',
});
