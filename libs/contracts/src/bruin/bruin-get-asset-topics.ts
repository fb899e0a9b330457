import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/**
 * `bruin.get.asset.topics` → `GET /api/Ticket/topics?ClientId&ServiceNumber`. Bruin's status and
 * body are passed through (an unknown asset is Bruin's 400 error object).
 */
export const bruinGetAssetTopics = defineContract({
  subject: 'bruin.get.asset.topics',
  request: z.looseObject({
    client_id: z.union([
      z.number().int({ error: 'should be an int' }),
      z.string().regex(/^\s*-?\d+\s*$/, 'should be an int'),
    ]),
    service_number: z.string().min(1, "can't be empty"),
  }),
  response: z.looseObject({
    callTypes: z.array(
      z.looseObject({
        callType: z.string(),
        callTypeDescription: z.string().nullable().optional(),
        category: z.string(),
        categoryDescription: z.string().nullable().optional(),
      }),
    ),
  }),
  timeoutMs: 120_000,
  description: 'The ticket topics (call types and categories) available for an asset',
});
