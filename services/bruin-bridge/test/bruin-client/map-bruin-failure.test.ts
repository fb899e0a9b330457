import { EngineError } from '@automation-engine/contracts';
import { VendorLoginError } from '@automation-engine/http-client';
import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { mapBruinFailure } from '../../src/bruin-client/map-bruin-failure.js';
import { statusDeviations } from '../../src/bruin-client/status-deviations.js';

function httpError(status: number, data: unknown): AxiosError {
  const config = { headers: new AxiosHeaders(), url: '/api/Ticket/1/details', method: 'get' };
  const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse;
  return new AxiosError(
    `Request failed with status code ${String(status)}`,
    'ERR_BAD_RESPONSE',
    config,
    {},
    response,
  );
}

function noAnswer(code: string, message: string): AxiosError {
  return new AxiosError(message, code, { headers: new AxiosHeaders(), url: '/api/Site' }, {});
}

describe('mapBruinFailure', () => {
  it('applies the standard mapping to a Bruin status', () => {
    const error = mapBruinFailure(httpError(400, { message: 'bad' }));
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 400, body: { message: 'bad' } });
  });

  it('names an empty Bruin error body rather than replying null', () => {
    expect(mapBruinFailure(httpError(403, ''))).toMatchObject({
      status: 403,
      body: 'Bruin answered 403 with no body',
    });
  });

  it.each([
    { deviation: statusDeviations.site(), status: 403, body: { error: '403 error' } },
    { deviation: statusDeviations.ticketContacts(), status: 403, body: { error: '403 error' } },
    {
      deviation: statusDeviations.severity({ ticketId: 5 }),
      status: 403,
      body: 'Permissions to change the severity level of ticket 5 were not granted',
    },
    {
      deviation: statusDeviations.emailTag({ emailId: 1, tagId: 2 }),
      status: 409,
      body: 'Tag with ID 2 already present in e-mail with ID 1',
    },
    {
      deviation: statusDeviations.outageTicket({
        payload: { ClientID: 1 },
        url: 'https://b/api/Ticket/repair',
      }),
      status: 404,
      body: 'Check mistypings in URL: https://b/api/Ticket/repair',
    },
    {
      deviation: statusDeviations.outageTicket({ payload: { ClientID: 1 }, url: 'u' }),
      status: 403,
      body: 'Permissions to create a new outage ticket with payload {"ClientID":1} were not granted',
    },
  ])('uses a subject deviation: $status → $body', ({ deviation, status, body }) => {
    expect(mapBruinFailure(httpError(status, { x: 1 }), { bodies: deviation })).toMatchObject({
      status,
      body,
    });
  });

  it('keeps the standard reply for statuses a deviation does not name', () => {
    expect(mapBruinFailure(httpError(500, {}), { bodies: statusDeviations.site() })).toMatchObject({
      status: 500,
      body: 'Got internal error from Bruin',
    });
  });

  it.each([400, 404, 409, 422])(
    'passes a %i through when asked (the generic-session subjects)',
    (status) => {
      expect(
        mapBruinFailure(httpError(status, 'text body'), { passClientErrors: true }),
      ).toMatchObject({
        status,
        body: 'text body',
      });
    },
  );

  it('still maps 401 and 5xx of the generic-session subjects', () => {
    expect(mapBruinFailure(httpError(401, {}), { passClientErrors: true })).toMatchObject({
      status: 401,
      body: 'Got 401 from Bruin',
    });
    expect(mapBruinFailure(httpError(502, {}), { passClientErrors: true })).toMatchObject({
      status: 500,
    });
  });

  it('answers 500 with the cause when Bruin gave no answer', () => {
    expect(
      mapBruinFailure(noAnswer('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1')),
    ).toMatchObject({
      code: 'VENDOR_DOWN',
      status: 500,
      body: 'Connection error in Bruin API. Cause: connect ECONNREFUSED 127.0.0.1:1',
    });
  });

  it('answers 401 when the token endpoint refuses the credentials', () => {
    const error = new VendorLoginError('bruin', {
      cause: httpError(400, { error: 'invalid_client' }),
    });
    expect(mapBruinFailure(error)).toMatchObject({ code: 'VENDOR_UNAUTHORIZED', status: 401 });
  });

  it('answers 500 when the token endpoint is down or answers nonsense', () => {
    expect(
      mapBruinFailure(new VendorLoginError('bruin', { cause: httpError(503, '') })),
    ).toMatchObject({
      code: 'VENDOR_DOWN',
      status: 500,
    });
    const nonsense = new VendorLoginError('bruin', { cause: new Error('access_token: required') });
    expect(mapBruinFailure(nonsense).body).toBe('Could not log into Bruin: access_token: required');
  });

  it('leaves an EngineError as it is', () => {
    const original = new EngineError('NOT_FOUND', 'gone');
    expect(mapBruinFailure(original)).toBe(original);
  });
});
