import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { eventFilters } from './velocloud-alert-request-event-edge.js';
import { vcoEventRecord, vcoHost, vcoTimeBoundInput } from './velocloud-schemas.js';

/** Events of a whole enterprise between two dates (V3); often over 1 MiB (claim-check). */
export const velocloudAlertRequestEventEnterprise = defineContract({
  subject: 'alert.request.event.enterprise',
  request: z.object({
    host: vcoHost,
    enterprise_id: z.number().int(),
    start_date: vcoTimeBoundInput,
    end_date: vcoTimeBoundInput,
    ...eventFilters,
  }),
  response: z.array(vcoEventRecord),
  timeoutMs: 240_000,
  description:
    'Events of an enterprise (event/getEnterpriseEvents), optional event filter and limit',
});
