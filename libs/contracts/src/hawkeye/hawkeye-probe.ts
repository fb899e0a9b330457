import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/** A probe's state for one kind of test: `status` 0 = down; `lastUpdate` ISO or `"never"`. */
export const hawkeyeProbeState = z.looseObject({
  status: z.number().int(),
  lastUpdate: z.string(),
});

/** A Hawkeye probe as `GET /probes` lists it (descriptive fields pass through). */
export const hawkeyeProbeRecord = z.looseObject({
  probeId: z.string(),
  uid: z.string(),
  name: z.string(),
  serialNumber: z.string(),
  active: z.string().optional(),
  probeGroup: z.string().optional(),
  nodetonode: hawkeyeProbeState,
  realservice: hawkeyeProbeState,
});
export type HawkeyeProbeRecord = z.infer<typeof hawkeyeProbeRecord>;

/**
 * `hawkeye.probe.request` → `GET /probes`, every page. `serial_number` and `status` are forwarded
 * as query filters; `{}` lists all. Echoes `request_id`.
 */
export const hawkeyeProbeRequest = defineContract({
  subject: 'hawkeye.probe.request',
  request: z.looseObject({
    serial_number: z.string().min(1).optional(),
    status: z.union([z.string(), z.number().int()]).optional(),
  }),
  response: z.array(hawkeyeProbeRecord),
  timeoutMs: 120_000,
  echoRequestId: true,
  description: 'Every Hawkeye (Ixia) probe, optionally filtered',
});
