import { bruinCustomerGetInfo } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { activeClientInfo } from '../mapping/active-client-info.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.customer.get.info`: `GET /api/Inventory?ServiceNumber=` (other keys forwarded as
 * PascalCase filters); replies the client of each active document of the service number.
 */
export const getClientInfo = defineHandler(bruinCustomerGetInfo, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.inventory, {
    query: pascalCaseKeys(body) as Record<string, QueryValue>,
  });
  return { status, body: activeClientInfo(data.documents, body.service_number) };
});
