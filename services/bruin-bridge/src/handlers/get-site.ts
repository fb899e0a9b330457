import { EngineError } from '@automation-engine/contracts';
import { bruinGetSite } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { statusDeviations } from '../bruin-client/status-deviations.js';
import { defineHandler } from './define-handler.js';

/** `bruin.get.site`: `GET /api/Site?ClientId&SiteId`; the first site, none → 404. */
export const getSite = defineHandler(bruinGetSite, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.site, {
    query: pascalCaseKeys(body) as Record<string, QueryValue>,
    failure: { bodies: statusDeviations.site() },
  });
  const site = data.documents[0];
  if (site === undefined) {
    throw new EngineError(
      'NOT_FOUND',
      `No site information was found for site ${String(body.site_id)} and client ${String(body.client_id)}`,
    );
  }
  return { status, body: site };
});
