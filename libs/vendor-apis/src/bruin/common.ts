import { z } from 'zod';

/**
 * Building blocks shared by the Bruin schemas: enumerations, date formats, the address object and
 * the standard error object. Objects are `looseObject`: fields the engine does not read travel
 * along untouched, the fields it reads are typed strictly.
 */

/** Ticket statuses, as queried and as answered. Some answers spell `In-Progress`; tolerate it. */
export const BRUIN_TICKET_STATUSES = [
  'New',
  'InProgress',
  'In-Progress',
  'Draft',
  'Resolved',
  'Closed',
  'InReview',
] as const;
export const bruinTicketStatus = z.enum(BRUIN_TICKET_STATUSES);
export type BruinTicketStatus = z.infer<typeof bruinTicketStatus>;

/** Detail (task) status: `I` in progress/open, `R` resolved, `C` closed. */
export const BRUIN_DETAIL_STATUSES = ['I', 'R', 'C'] as const;
export const bruinDetailStatus = z.enum(BRUIN_DETAIL_STATUSES);
export type BruinDetailStatus = z.infer<typeof bruinDetailStatus>;

/** Note types: `ADN` public, `CON` private. */
export const BRUIN_NOTE_TYPES = ['ADN', 'CON'] as const;
export const bruinNoteType = z.enum(BRUIN_NOTE_TYPES);
export type BruinNoteType = z.infer<typeof bruinNoteType>;

/** Inventory document status: `A` active, `D` decommissioned, `S` suspended. */
export const BRUIN_INVENTORY_STATUSES = ['A', 'D', 'S'] as const;
export const bruinInventoryStatus = z.enum(BRUIN_INVENTORY_STATUSES);
export type BruinInventoryStatus = z.infer<typeof bruinInventoryStatus>;

/** Ticket `createDate`: `M/D/YYYY h:mm:ss AM` (read as UTC). */
export const bruinCreateDate = z
  .string()
  .regex(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$/, 'expected M/D/YYYY h:mm:ss AM');

/** Notes and details: ISO with an offset and a fraction (`2023-04-11T09:15:27.381-04:00`). */
export const bruinDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/,
    'expected an ISO date-time with offset',
  );

/** Task-history dates `YYYYMMDDhhmm`. */
export const bruinCompactDate = z.string().regex(/^\d{12}$/, 'expected YYYYMMDDhhmm');

export const bruinAddress = z.looseObject({
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  country: z.string().nullable(),
});
export type BruinAddress = z.infer<typeof bruinAddress>;

/** The standard Bruin error object (400 validation answers and the like). */
export const bruinErrorResponse = z.looseObject({
  message: z.string(),
  messageDetail: z.string().nullable(),
  data: z.unknown(),
  type: z.string(),
  code: z.number().int(),
});
export type BruinErrorResponse = z.infer<typeof bruinErrorResponse>;

/** Answers whose body the bridge never reads (only the status matters): any JSON. */
export const bruinAnyJson = z.unknown();
