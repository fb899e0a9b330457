import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { digiHeaderValue, digiRecoveryLogLine } from './digi-shapes.js';

/**
 * `get.digi.recovery.logs`: DiGi's recovery logs. Any of `igzID`, `start_date_time`, `size`,
 * `offset` (at least one key), PascalCased into the headers `IgzID`, `StartDateTime`, `Size`,
 * `Offset`. A DiGi `Error` answer is replied 400 with DiGi's body. Echoes `request_id`.
 */
export const getDigiRecoveryLogs = defineContract({
  subject: 'get.digi.recovery.logs',
  request: z
    .looseObject({
      igzID: digiHeaderValue.optional(),
      start_date_time: digiHeaderValue.optional(),
      size: digiHeaderValue.optional(),
      offset: digiHeaderValue.optional(),
    })
    .refine((body) => Object.keys(body).length > 0, { message: 'must not be empty' }),
  response: z.looseObject({
    Logs: z.array(digiRecoveryLogLine),
    Count: z.number().int(),
    Size: z.string(),
    Offset: z.string(),
  }),
  timeoutMs: 150_000,
  echoRequestId: true,
  description: 'Reads DiGi recovery logs',
});
