import { z } from 'zod';

/** A Bruin ticket id as callers send it: a positive integer or its decimal string ("truthy"). */
export const t7TicketId = z.union([
  z.number().int().positive(),
  z.string().regex(/^[1-9]\d*$/, 'expected a ticket id'),
]);

/** A ticket id that must be present but may be anything numeric (the metrics subjects). */
export const t7AnyTicketId = z.union([
  z.number().int().min(0),
  z.string().regex(/^\d+$/, 'expected a ticket id'),
]);

/** B14 ticket rows (Bruin's AITicketData) as callers send them: keys as Bruin names them. */
export const t7TicketRows = z.array(z.record(z.string(), z.unknown()));
