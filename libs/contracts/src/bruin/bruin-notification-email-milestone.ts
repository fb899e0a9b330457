import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/**
 * `bruin.notification.email.milestone` → `POST /api/Notification/email/milestone`
 * `{TicketId, NotificationType, Detail: {ServiceNumber}}`; other keys are PascalCased and
 * forwarded.
 */
export const bruinNotificationEmailMilestone = defineContract({
  subject: 'bruin.notification.email.milestone',
  request: z.looseObject({
    ticket_id: bruinId,
    notification_type: z.string().min(1),
    service_number: z.string().min(1),
  }),
  response: z.looseObject({
    eventId: z.number().int().nullable().optional(),
    jobId: z.number().int().nullable().optional(),
  }),
  timeoutMs: 150_000,
  description: 'Asks Bruin to send a milestone e-mail (acknowledgement, reminder…) for a ticket',
});
