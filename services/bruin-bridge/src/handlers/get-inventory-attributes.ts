import { bruinInventoryAttributes } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.inventory.attributes`: `GET /api/Inventory/Attribute?ClientId&Status&ServiceNumber`,
 * replied unchanged.
 */
export const getInventoryAttributes = defineHandler(
  bruinInventoryAttributes,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.inventoryAttributes, {
      query: pascalCaseKeys(body) as Record<string, QueryValue>,
    });
    return { status, body: data };
  },
);
