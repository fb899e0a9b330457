import { bruinEmailStatus } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.email.status`: `POST /api/Email/status` `{emailId, status, resolution: "Marked as <status>
 * by <user>", updatedBy}`. Bruin's 4xx status and body are passed through.
 */
export const postEmailStatus = defineHandler(
  bruinEmailStatus,
  async (body, { bruin, settings }) => {
    const user = settings.ipaSystemUsername;
    const { status, data } = await bruin.call(bruinEndpoints.emailStatus, {
      body: {
        emailId: body.email_id,
        status: body.email_status,
        resolution: `Marked as ${body.email_status} by ${user}`,
        updatedBy: user,
      },
      failure: { passClientErrors: true },
    });
    return { status, body: data };
  },
);
