import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/** The body of the 204 reply: Bruin knows no such circuit. */
export const BRUIN_CIRCUIT_NOT_FOUND = '204 No Content';

/**
 * `bruin.get.circuit.id` → `GET /api/Inventory/circuit?CircuitId=` (other keys are forwarded as
 * PascalCase filters, e.g. `client_id` → `ClientId`). Unknown circuit → status 204 with body
 * `"204 No Content"`.
 */
export const bruinGetCircuitId = defineContract({
  subject: 'bruin.get.circuit.id',
  request: z.looseObject({ circuit_id: z.string().min(1) }),
  response: z.union([
    z.looseObject({
      clientID: z.number().int().nullable().optional(),
      subAccount: z.string().nullable().optional(),
      wtn: z.string().nullable().optional(),
      inventoryID: z.number().int().nullable().optional(),
      addressID: z.number().int().nullable().optional(),
    }),
    z.literal(BRUIN_CIRCUIT_NOT_FOUND),
  ]),
  timeoutMs: 120_000,
  description: 'The service number (WTN) and client of a circuit id',
});
