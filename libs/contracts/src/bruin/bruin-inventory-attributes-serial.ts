import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinInventoryFilters } from './bruin-id.js';

/**
 * `bruin.inventory.attributes.serial` → `GET /api/Inventory/Attribute`. Replies the value of the
 * `Serial Number` attribute (the device behind a circuit), or `null` when absent.
 */
export const bruinInventoryAttributesSerial = defineContract({
  subject: 'bruin.inventory.attributes.serial',
  request: bruinInventoryFilters,
  response: z.string().nullable(),
  timeoutMs: 120_000,
  description: "The `Serial Number` attribute of a service number's inventory",
});
