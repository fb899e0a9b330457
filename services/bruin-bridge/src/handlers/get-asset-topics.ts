import { bruinGetAssetTopics } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.get.asset.topics`: `GET /api/Ticket/topics?ClientId&ServiceNumber`. Bruin's 4xx status
 * and body are passed through (an unknown asset is Bruin's 400 error object).
 */
export const getAssetTopics = defineHandler(bruinGetAssetTopics, async (body, { bruin }) => {
  const query = pascalCaseKeys({ ...body, client_id: Number(body.client_id) });
  const { status, data } = await bruin.call(bruinEndpoints.assetTopics, {
    query: query as Record<string, QueryValue>,
    failure: { passClientErrors: true },
  });
  return { status, body: data };
});
