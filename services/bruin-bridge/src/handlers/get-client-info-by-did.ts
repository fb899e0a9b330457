import { bruinCustomerGetInfoByDid } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.customer.get.info_by_did`:
 * `GET /api/Inventory/phoneNumber/Lines?phoneNumber=<did>&phoneNumberType=DID`, replied unchanged.
 */
export const getClientInfoByDid = defineHandler(
  bruinCustomerGetInfoByDid,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.phoneLines, {
      query: { phoneNumber: body.did, phoneNumberType: 'DID' },
    });
    return { status, body: data };
  },
);
