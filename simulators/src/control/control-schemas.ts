import {
  BRUIN_TICKET_STATUSES,
  VCO_EDGE_STATES,
  VCO_GATEWAY_STATES,
  VCO_LINK_STATES,
} from '@automation-engine/vendor-apis';
import { z } from 'zod';
import { labTimeInput } from './control-http.js';

/** Bodies and queries of the control API (documented in simulators/README.md). */

export const edgeListQuery = z.strictObject({
  host: z.string().min(1).optional(),
  state: z.union([z.enum(VCO_EDGE_STATES), z.literal('null')]).optional(),
  /** Every state but this one (`notState=CONNECTED`: the edges worth a look). */
  notState: z.union([z.enum(VCO_EDGE_STATES), z.literal('null')]).optional(),
  clientId: z.coerce.number().int().optional(),
  client: z.string().min(1).optional(),
  changed: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(20_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const edgeStateBody = z.strictObject({ edgeState: z.enum(VCO_EDGE_STATES).nullable() });

export const linkStateBody = z.strictObject({ linkState: z.enum(VCO_LINK_STATES) });

export const flapBody = z.strictObject({
  count: z.number().int().min(1).max(1000),
  overMs: z
    .number()
    .int()
    .positive()
    .default(30 * 60_000),
});

export const degradeBody = z
  .strictObject({
    latencyMs: z.number().min(0).optional(),
    jitterMs: z.number().min(0).optional(),
    lossPct: z.number().min(0).max(100).optional(),
    bandwidthPct: z.number().min(0).max(10_000).optional(),
    /** Start (lab time); default now. */
    from: labTimeInput.optional(),
    /** How long it lasts (lab ms); default until removed. */
    durationMs: z.number().int().positive().optional(),
  })
  .refine(
    (b) =>
      b.latencyMs !== undefined ||
      b.jitterMs !== undefined ||
      b.lossPct !== undefined ||
      b.bandwidthPct !== undefined,
    { message: 'give at least one of latencyMs, jitterMs, lossPct, bandwidthPct' },
  );

export const gatewayStateBody = z.strictObject({ gatewayState: z.enum(VCO_GATEWAY_STATES) });

export const clockBody = z
  .strictObject({ speed: z.number().min(0).max(100_000).optional(), now: labTimeInput.optional() })
  .refine((b) => b.speed !== undefined || b.now !== undefined, {
    message: 'give speed and/or now',
  });

export const advanceBody = z
  .strictObject({
    ms: z.number().int().optional(),
    seconds: z.number().optional(),
    minutes: z.number().optional(),
  })
  .refine((b) => b.ms !== undefined || b.seconds !== undefined || b.minutes !== undefined, {
    message: 'give ms, seconds or minutes',
  });

export const ticketListQuery = z.strictObject({
  serviceNumber: z.string().min(1).optional(),
  clientId: z.coerce.number().int().optional(),
  status: z.string().min(1).optional(),
  topic: z.string().min(1).optional(),
});

export const ticketSeedBody = z.strictObject({
  serviceNumbers: z.array(z.string().min(1)).min(1),
  clientId: z.number().int().optional(),
  topic: z.enum(['VOO', 'VAS']).default('VOO'),
  status: z.enum(BRUIN_TICKET_STATUSES).default('New'),
  severity: z.number().int().min(1).max(4).optional(),
  createdBy: z.string().min(1).optional(),
  createdAt: labTimeInput.optional(),
  reopenable: z.boolean().default(true),
  notes: z.array(z.string().min(1)).default([]),
});

export const ticketPatchBody = z
  .strictObject({
    ticketStatus: z.enum(BRUIN_TICKET_STATUSES).optional(),
    reopenable: z.boolean().optional(),
    severity: z.number().int().min(1).max(4).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, {
    message: 'give ticketStatus, reopenable or severity',
  });
