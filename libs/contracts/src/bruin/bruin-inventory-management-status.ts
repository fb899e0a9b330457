import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinInventoryFilters } from './bruin-id.js';

/**
 * `bruin.inventory.management.status` → `GET /api/Inventory/Attribute`. Replies the value of the
 * `Management Status` attribute (e.g. `"Active – Gold Monitoring"`, en dash), or `null` when absent.
 */
export const bruinInventoryManagementStatus = defineContract({
  subject: 'bruin.inventory.management.status',
  request: bruinInventoryFilters,
  response: z.string().nullable(),
  timeoutMs: 90_000,
  description: "The `Management Status` attribute of a service number's inventory",
});
