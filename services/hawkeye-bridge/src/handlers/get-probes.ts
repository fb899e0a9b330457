import { hawkeyeProbeRequest } from '@automation-engine/contracts/hawkeye';
import { defineHandler } from './define-handler.js';

/** `hawkeye.probe.request`: every page of `GET /probes`, `serial_number`/`status` as filters. */
export const getProbes = defineHandler(hawkeyeProbeRequest, async (body, { hawkeye, logger }) => {
  const query: Record<string, string | number> = {};
  if (body.serial_number !== undefined) query['serial_number'] = body.serial_number;
  if (body.status !== undefined) query['status'] = body.status;
  const probes = await hawkeye.probes(query, logger);
  return { status: 200, body: probes };
});
