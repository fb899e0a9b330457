import { z } from 'zod';
import { bruinDateTime, bruinDetailStatus } from './common.js';

/** A ticket detail (task), one per service number on the ticket. */
export const bruinTicketDetail = z.looseObject({
  detailID: z.number().int(),
  detailType: z.string().nullable(),
  detailStatus: bruinDetailStatus,
  detailValue: z.string(),
  assignedToName: z.string().nullable(),
  currentTaskID: z.number().int().nullable(),
  currentTaskName: z.string().nullable(),
  lastUpdatedBy: z.number().int().nullable(),
  lastUpdatedAt: bruinDateTime.nullable(),
});
export type BruinTicketDetail = z.infer<typeof bruinTicketDetail>;

/** A note; `serviceNumber` lists the service numbers it is attached to. Text is verbatim. */
export const bruinTicketNote = z.looseObject({
  noteId: z.number().int(),
  noteValue: z.string().nullable(),
  serviceNumber: z.array(z.string()).nullable(),
  createdDate: bruinDateTime,
  creator: z.string().nullable(),
});
export type BruinTicketNote = z.infer<typeof bruinTicketNote>;

/** B3 `GET /api/Ticket/{ticketId}/details`. */
export const bruinTicketDetailsResponse = z.looseObject({
  ticketDetails: z.array(bruinTicketDetail),
  ticketNotes: z.array(bruinTicketNote),
});
export type BruinTicketDetailsResponse = z.infer<typeof bruinTicketDetailsResponse>;
