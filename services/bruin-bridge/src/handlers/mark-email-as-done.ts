import { EngineError } from '@automation-engine/contracts';
import { bruinMarkEmailDone } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.mark.email.done`: `POST /api/Email/status` with status "Done"; Bruin's `success: false`
 * → 400 "Problem marking email X as done".
 */
export const markEmailAsDone = defineHandler(
  bruinMarkEmailDone,
  async (body, { bruin, settings }) => {
    const user = settings.ipaSystemUsername;
    const { status, data } = await bruin.call(bruinEndpoints.emailStatus, {
      body: {
        emailId: Number(body.email_id),
        status: 'Done',
        resolution: `Mark as done by ${user}`,
        updatedBy: user,
      },
    });
    if (!data.success) {
      throw new EngineError(
        'BAD_REQUEST',
        `Problem marking email ${String(body.email_id)} as done`,
      );
    }
    return { status, body: data };
  },
);
