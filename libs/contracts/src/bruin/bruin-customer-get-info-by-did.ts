import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/**
 * `bruin.customer.get.info_by_did` →
 * `GET /api/Inventory/phoneNumber/Lines?phoneNumber=<did>&phoneNumberType=DID`, replied unchanged.
 */
export const bruinCustomerGetInfoByDid = defineContract({
  subject: 'bruin.customer.get.info_by_did',
  request: z.looseObject({ did: z.string().min(1) }),
  response: z.looseObject({
    inventoryId: z.number().int().nullable().optional(),
    clientId: z.number().int().nullable().optional(),
    clientName: z.string().nullable().optional(),
    btn: z.string().nullable().optional(),
  }),
  timeoutMs: 75_000,
  description: 'The client that owns a DID phone line',
});
