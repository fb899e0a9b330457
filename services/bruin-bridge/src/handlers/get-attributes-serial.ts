import { bruinInventoryAttributesSerial } from '@automation-engine/contracts/bruin';
import { BRUIN_ATTRIBUTE_KEYS } from '@automation-engine/vendor-apis';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { attributeValue } from '../mapping/attribute-value.js';
import { defineHandler } from './define-handler.js';

/** `bruin.inventory.attributes.serial`: the `Serial Number` attribute, or null. */
export const getAttributesSerial = defineHandler(
  bruinInventoryAttributesSerial,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.inventoryAttributes, {
      query: pascalCaseKeys(body) as Record<string, QueryValue>,
    });
    return { status, body: attributeValue(data, BRUIN_ATTRIBUTE_KEYS.serialNumber) };
  },
);
