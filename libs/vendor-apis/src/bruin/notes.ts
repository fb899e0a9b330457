import { z } from 'zod';
import { bruinAnyJson, bruinDateTime, bruinNoteType } from './common.js';

/** B4 `POST /api/Ticket/{ticketId}/notes` body. */
export const bruinNoteAppendRequest = z.looseObject({
  note: z.string().min(1),
  serviceNumbers: z.array(z.string()).optional(),
});
export type BruinNoteAppendRequest = z.infer<typeof bruinNoteAppendRequest>;

/** B4 answer: any JSON (e.g. `{noteId}`), only the status matters. */
export const bruinNoteAppendResponse = bruinAnyJson;

/** One note of B5 `POST /api/Ticket/{ticketId}/notes/advanced`. */
export const bruinAdvancedNote = z.looseObject({
  noteValue: z.string().min(1),
  noteType: bruinNoteType,
  serviceNumber: z.string().optional(),
  detailId: z.number().int().optional(),
});
export type BruinAdvancedNote = z.infer<typeof bruinAdvancedNote>;

export const bruinAdvancedNotesRequest = z.looseObject({
  notes: z.array(bruinAdvancedNote).min(1),
});
export type BruinAdvancedNotesRequest = z.infer<typeof bruinAdvancedNotesRequest>;

/** A note created by B5; further nullable fields (`refNoteID`, `childNotes`…) may follow. */
export const bruinCreatedNote = z.looseObject({
  noteID: z.number().int(),
  noteType: bruinNoteType,
  noteValue: z.string(),
  actionID: z.number().int().nullable(),
  detailID: z.number().int().nullable(),
  enteredBy: z.number().int().nullable(),
  enteredDate: bruinDateTime,
});
export type BruinCreatedNote = z.infer<typeof bruinCreatedNote>;

export const bruinAdvancedNotesResponse = z.looseObject({
  ticketNotes: z.array(bruinCreatedNote),
});
export type BruinAdvancedNotesResponse = z.infer<typeof bruinAdvancedNotesResponse>;
