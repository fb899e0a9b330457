import { EngineError } from '@automation-engine/contracts';
import { bruinGetTicketContacts } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { statusDeviations } from '../bruin-client/status-deviations.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.get.ticket.contacts`: `GET /api/Ticket/Contacts?ClientId`; Bruin's `results`, none → 404.
 * (The original logged into Bruin again before every one of these calls; the shared token is used.)
 */
export const getTicketContacts = defineHandler(bruinGetTicketContacts, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.ticketContacts, {
    query: pascalCaseKeys(body) as Record<string, QueryValue>,
    failure: { bodies: statusDeviations.ticketContacts() },
  });
  if (data.results.length === 0) {
    throw new EngineError(
      'NOT_FOUND',
      `No ticket contacts information was found for client ${String(body.client_id)}`,
    );
  }
  return { status, body: data.results };
});
