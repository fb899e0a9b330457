import { z } from 'zod';
import { hawkeyeDateTime, hawkeyeNumericString, hawkeyePage } from './common.js';

/**
 * A probe's state for one kind of test: `status` 0 = down; `lastUpdate` is `"never"` when the
 * probe never reported (never cached when both kinds say so).
 */
export const hawkeyeProbeStatus = z.looseObject({
  status: z.union([z.literal(0), z.literal(1)]),
  lastUpdate: z.union([hawkeyeDateTime, z.literal('never')]),
});
export type HawkeyeProbeStatus = z.infer<typeof hawkeyeProbeStatus>;

/**
 * H1 record. `serialNumber` (12 upper-case hex) is a Bruin service number; `uid` is what test
 * results are queried by (`probeFrom`). Descriptive fields the engine does not read pass through.
 */
export const hawkeyeProbe = z.looseObject({
  probeId: hawkeyeNumericString,
  uid: z.string().min(1),
  os: z.string(),
  name: z.string().min(1),
  active: z.enum(['0', '1']),
  type: z.string(),
  mode: z.string(),
  typeName: z.string(),
  serialNumber: z.string().regex(/^[0-9A-F]{12}$/, 'expected 12 upper-case hex characters'),
  probeGroup: z.string(),
  lastRestart: z.union([hawkeyeDateTime, z.literal('never')]),
  ips: z.array(z.string()),
  nodetonode: hawkeyeProbeStatus,
  realservice: hawkeyeProbeStatus,
});
export type HawkeyeProbe = z.infer<typeof hawkeyeProbe>;

/** H1 `GET /probes` answer (one page). */
export const hawkeyeProbesResponse = hawkeyePage(hawkeyeProbe);
export type HawkeyeProbesResponse = z.infer<typeof hawkeyeProbesResponse>;

/** H1 query: optional filters passed as given, plus paging. */
export const hawkeyeProbesQuery = z.looseObject({
  serial_number: z.string().optional(),
  status: z.string().optional(),
  limit: z.coerce.number().int().min(1).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export type HawkeyeProbesQuery = z.infer<typeof hawkeyeProbesQuery>;
