import { describe, expect, it } from 'vitest';
import { BRUIN_REPLY_TEXT, bruinStatusReply } from '../../src/bruin-client/bruin-status-reply.js';

const vendor = { message: 'Bruin says no', code: 400 };

describe('bruinStatusReply - the standard mapping (spec/bridges.md §2.2)', () => {
  it.each([
    { bruin: 400, code: 'BAD_REQUEST', status: 400, body: vendor },
    { bruin: 401, code: 'VENDOR_UNAUTHORIZED', status: 401, body: BRUIN_REPLY_TEXT.unauthorized },
    { bruin: 403, code: 'FORBIDDEN', status: 403, body: vendor },
    { bruin: 404, code: 'NOT_FOUND', status: 404, body: BRUIN_REPLY_TEXT.notFound },
    { bruin: 409, code: 'CONFLICT', status: 409, body: vendor },
    { bruin: 422, code: 'BAD_REQUEST', status: 422, body: vendor },
    { bruin: 429, code: 'BAD_REQUEST', status: 429, body: vendor },
    { bruin: 500, code: 'VENDOR_DOWN', status: 500, body: BRUIN_REPLY_TEXT.internal },
    { bruin: 503, code: 'VENDOR_DOWN', status: 500, body: BRUIN_REPLY_TEXT.internal },
    { bruin: 513, code: 'VENDOR_DOWN', status: 500, body: BRUIN_REPLY_TEXT.internal },
    { bruin: 302, code: 'INTERNAL', status: 500, body: 'Unexpected HTTP 302 from Bruin' },
  ])('Bruin $bruin → $status $code', ({ bruin, code, status, body }) => {
    expect(bruinStatusReply(bruin, vendor)).toEqual({ code, status, body });
  });

  it('never answers a null status (the original did for statuses without a branch)', () => {
    for (let status = 300; status < 600; status += 1) {
      expect(bruinStatusReply(status, null).status).toBeTypeOf('number');
    }
  });
});
