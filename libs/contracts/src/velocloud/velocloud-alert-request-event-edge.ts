import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { edgeIdentifier, vcoEventRecord, vcoTimeBoundInput } from './velocloud-schemas.js';

/** Filters of the event subjects: `filter` event names (`rules`), `limit` (null = none). */
export const eventFilters = {
  filter: z.array(z.string()).nullable().optional(),
  limit: z.number().int().positive().nullable().optional(),
};

/** Events of one edge between two dates (V3 with `edgeId`); the reply is VCO's `data`. */
export const velocloudAlertRequestEventEdge = defineContract({
  subject: 'alert.request.event.edge',
  request: z.object({
    edge: edgeIdentifier,
    start_date: vcoTimeBoundInput,
    end_date: vcoTimeBoundInput,
    ...eventFilters,
  }),
  response: z.array(vcoEventRecord),
  timeoutMs: 240_000,
  description:
    'Events of an edge (event/getEnterpriseEvents with edgeId), optional event filter and limit',
});
