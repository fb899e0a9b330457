import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer } from './bruin-id.js';

/**
 * `bruin.subscribe.user` → `POST /api/Ticket/{ticket_id}/subscribeUser`
 * `{subscriptionType, user: {email}}`. Bruin's status and body are passed through.
 */
export const bruinSubscribeUser = defineContract({
  subject: 'bruin.subscribe.user',
  request: z.looseObject({
    ticket_id: z.number().int(),
    user_email: z.string().min(1),
    subscription_type: z.string().min(1),
  }),
  response: bruinAnyAnswer,
  timeoutMs: 150_000,
  description: "Subscribes a user to a ticket's notes and milestones",
});
