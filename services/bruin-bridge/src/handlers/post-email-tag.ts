import { bruinEmailTag } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { statusDeviations } from '../bruin-client/status-deviations.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.email.tag.request`: `POST /api/Email/{email_id}/tag/{tag_id}`. Bruin's 204 → body `""`;
 * a tag already there (409) → "Tag with ID X already present in e-mail with ID Y".
 */
export const postEmailTag = defineHandler(bruinEmailTag, async (body, { bruin }) => {
  const ids = { emailId: body.email_id, tagId: body.tag_id };
  const { status, data } = await bruin.call(bruinEndpoints.emailTag, {
    params: ids,
    failure: { bodies: statusDeviations.emailTag(ids) },
  });
  return { status, body: status === 204 ? '' : data };
});
