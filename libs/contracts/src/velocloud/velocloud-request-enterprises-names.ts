import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/**
 * Enterprise names of **every** configured VCO host (V10), exact matches of `filter` when it is
 * not empty. All hosts answered → 200 and the names. Some host failed → 500 (as the original)
 * with `enterprisesNamesPartialAnswer` as body: the names of the hosts that answered and, per
 * failed host, its status and error (docs/adr/0008).
 */
export const velocloudRequestEnterprisesNames = defineContract({
  subject: 'request.enterprises.names',
  request: z.object({ filter: z.array(z.string()) }),
  response: z.array(z.string()),
  timeoutMs: 90_000,
  description:
    'Enterprise names across every VCO host (monitoring/getAggregates), filtered by name',
});

/** One host's failure inside a multi-host answer. */
export const hostFailure = z.object({
  host: z.string(),
  status: z.number().int(),
  error: z.unknown(),
});
export type HostFailure = z.infer<typeof hostFailure>;

/** Body of the 500 reply of `request.enterprises.names` when some hosts failed. */
export const enterprisesNamesPartialAnswer = z.object({
  enterprise_names: z.array(z.string()),
  failed_hosts: z.array(hostFailure),
});
export type EnterprisesNamesPartialAnswer = z.infer<typeof enterprisesNamesPartialAnswer>;
