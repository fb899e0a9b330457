import { z } from 'zod';

/**
 * What a fault does to a matching call:
 * - `error`: answer `status` with `body` (and headers), optionally after `delayMs`;
 * - `delay`: wait `delayMs` (real time), then answer normally;
 * - `timeout`: accept the call and never answer, until the client gives up;
 * - `expire-auth`: invalidate the caller's token/session and answer as the vendor does then
 *   (Bruin 401, VeloCloud the expired-session 200).
 */
export const faultAction = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('error'),
    status: z.number().int().min(100).max(599),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    delayMs: z.number().int().min(0).max(3_600_000).optional(),
  }),
  z.strictObject({
    kind: z.literal('delay'),
    delayMs: z.number().int().min(0).max(3_600_000),
  }),
  z.strictObject({ kind: z.literal('timeout') }),
  z.strictObject({ kind: z.literal('expire-auth') }),
]);
export type FaultAction = z.infer<typeof faultAction>;
export type FaultKind = FaultAction['kind'];

/**
 * A fault to inject: which simulator (and instance, e.g. a VCO host), which calls (method and a
 * path pattern: `*`, `{name}` or `:name` match one segment, `**` anything; optional query values),
 * what to do, and for how long: `times` calls and/or `durationMs` of lab time (neither: until
 * cleared).
 */
export const faultSpec = z.strictObject({
  simulator: z.string().min(1),
  instance: z.string().min(1).optional(),
  method: z
    .string()
    .min(1)
    .transform((m) => m.toUpperCase())
    .optional(),
  path: z.string().startsWith('/', 'path must start with /'),
  query: z.record(z.string(), z.string()).optional(),
  action: faultAction,
  times: z.number().int().positive().optional(),
  durationMs: z.number().int().positive().optional(),
  note: z.string().optional(),
});
export type FaultSpec = z.output<typeof faultSpec>;
export type FaultSpecInput = z.input<typeof faultSpec>;
