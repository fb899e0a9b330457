import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/** What DRI is asked for: TR-069 parameter names; callers send `Source: 0`. */
export const driParameterSetBody = z.looseObject({
  ParameterNames: z.array(z.string().min(1)).min(1),
  Source: z.number().int(),
});
export type DriParameterSetBody = z.infer<typeof driParameterSetBody>;

/** The device's answer: `{<parameter name>: <value>}`. */
export const driParameterValues = z.record(z.string(), z.string());
export type DriParameterValues = z.infer<typeof driParameterValues>;

/**
 * `dri.parameters.request` → the DRI task flow (spec/bridges.md §7): reuse or start a parameter
 * task for the serial, poll it, reply `{Name: Value}` (200). While the task is still pending
 * after the bridge's bounded wait the reply is **204** with the text
 * `"Data is still being fetched from DRI for serial X"` (the caller asks again; the task is kept).
 * Rejected → 403, DRI `FAILED` → 400, vendor statuses passed through, 401 "Got 401 from DRI".
 */
export const driParametersRequest = defineContract({
  subject: 'dri.parameters.request',
  request: z.looseObject({
    serial_number: z.string().min(1),
    parameter_set: driParameterSetBody,
  }),
  response: z.union([driParameterValues, z.string()]),
  timeoutMs: 180_000,
  description: 'TR-069 parameters of a PIAB device, through a DRI task',
});
