import { bruinSubscribeUser } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.subscribe.user`: `POST /api/Ticket/{ticket_id}/subscribeUser`
 * `{subscriptionType, user: {email}}`. Bruin's 4xx status and body are passed through.
 */
export const subscribeUser = defineHandler(bruinSubscribeUser, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.subscribeUser, {
    params: { ticketId: body.ticket_id },
    body: { subscriptionType: body.subscription_type, user: { email: body.user_email } },
    failure: { passClientErrors: true },
  });
  return { status, body: data };
});
