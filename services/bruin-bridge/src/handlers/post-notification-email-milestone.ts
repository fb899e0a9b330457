import { bruinNotificationEmailMilestone } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.notification.email.milestone`: `POST /api/Notification/email/milestone`
 * `{TicketId, NotificationType, Detail: {ServiceNumber}, …}` (the other keys PascalCased).
 */
export const postNotificationEmailMilestone = defineHandler(
  bruinNotificationEmailMilestone,
  async (body, { bruin }) => {
    const { service_number: serviceNumber, ...rest } = body;
    const { status, data } = await bruin.call(bruinEndpoints.milestoneEmail, {
      body: pascalCaseKeys({
        ...rest,
        ticket_id: Number(body.ticket_id),
        detail: { service_number: serviceNumber },
      }),
    });
    return { status, body: data };
  },
);
