import { z } from 'zod';

/**
 * Bruin objects as the bridge's callers read them. Lenient on purpose: a caller must not reject a
 * success reply because Bruin added or left out a field it never reads. The bridge itself checks
 * Bruin's answers against the stricter vendor schemas (`@automation-engine/vendor-apis`).
 */
const text = z.string().nullable().optional();

export const bruinTicketShape = z.looseObject({
  ticketID: z.number().int(),
  clientID: z.number().int().nullable().optional(),
  clientName: text,
  ticketStatus: text,
  category: text,
  topic: text,
  callType: text,
  createDate: text,
  createdBy: text,
  severity: z.union([z.number(), z.string()]).nullable().optional(),
  address: z.looseObject({}).nullable().optional(),
});
export type BruinTicketShape = z.infer<typeof bruinTicketShape>;

export const bruinTicketDetailShape = z.looseObject({
  detailID: z.number().int(),
  detailStatus: text,
  detailValue: text,
  currentTaskName: text,
});
export type BruinTicketDetailShape = z.infer<typeof bruinTicketDetailShape>;

export const bruinTicketNoteShape = z.looseObject({
  noteId: z.number().int().nullable().optional(),
  noteValue: text,
  serviceNumber: z.array(z.string()).nullable().optional(),
  createdDate: text,
  creator: text,
});
export type BruinTicketNoteShape = z.infer<typeof bruinTicketNoteShape>;

export const bruinNextResultShape = z.looseObject({
  resultTypeId: z.number().int(),
  resultName: z.string(),
});
export type BruinNextResultShape = z.infer<typeof bruinNextResultShape>;
