import { BRUIN_CIRCUIT_NOT_FOUND, bruinGetCircuitId } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.get.circuit.id`: `GET /api/Inventory/circuit?CircuitId=` (other keys forwarded). Bruin's
 * 204 for an unknown circuit → status 204, body "204 No Content".
 */
export const getCircuitId = defineHandler(bruinGetCircuitId, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.circuit, {
    query: pascalCaseKeys(body) as Record<string, QueryValue>,
  });
  if (data === null) return { status: 204, body: BRUIN_CIRCUIT_NOT_FOUND } as const;
  return { status, body: data };
});
