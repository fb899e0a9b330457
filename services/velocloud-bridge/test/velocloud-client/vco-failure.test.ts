import {
  AxiosError,
  AxiosHeaders,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { describe, expect, it } from 'vitest';
import { EngineError } from '@automation-engine/contracts';
import { VendorLoginError } from '@automation-engine/http-client';
import { vcoFailure } from '../../src/velocloud-client/vco-failure.js';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;

function answered(status: number, data: unknown): AxiosError {
  const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse;
  return new AxiosError('failed', 'ERR_BAD_RESPONSE', config, {}, response);
}
const unanswered = () => new AxiosError('connect ECONNREFUSED', 'ECONNREFUSED', config, {});
const host = 'h.example';

describe('vcoFailure', () => {
  it.each([
    ['no answer', unanswered(), 500, 'Error while connecting to Velocloud API'],
    ['500', answered(500, 'x'), 500, 'Got internal error from Velocloud'],
    ['512', answered(512, 'x'), 500, 'Got internal error from Velocloud'],
    ['400 raw', answered(400, { error: { message: 'm' } }), 400, { error: { message: 'm' } }],
    [
      '401',
      answered(401, { error: { message: 'tokenError' } }),
      401,
      { error: { message: 'tokenError' } },
    ],
    ['404', answered(404, { x: 1 }), 404, { x: 1 }],
    ['418', answered(418, 'teapot'), 418, 'teapot'],
    ['513', answered(513, 'odd'), 513, 'odd'],
  ])('%s → %i', (...[, error, status, body]) => {
    const failure = vcoFailure(error, { host });
    expect(failure).toBeInstanceOf(EngineError);
    expect({ status: failure.status, body: failure.body }).toEqual({ status, body });
  });

  it('rewords a 400 when the method asks for it', () => {
    const failure = vcoFailure(answered(400, { error: { code: 1, message: 'bad edge' } }), {
      host,
      reword400: (message) => `Got 400 from Velocloud -> ${message} for edge 1`,
    });
    expect(failure.body).toBe('Got 400 from Velocloud -> bad edge for edge 1');
    const text = vcoFailure(answered(400, 'plain'), { host, reword400: (m) => `[${m}]` });
    expect(text.body).toBe('[plain]');
    const other = vcoFailure(answered(400, { no: 'error' }), { host, reword400: (m) => `[${m}]` });
    expect(other.body).toBe('[{"no":"error"}]');
  });

  it.each([
    [
      'refused',
      answered(401, {}),
      401,
      `Could not log in to VeloCloud host ${host}: no session was granted`,
    ],
    ['unreachable', unanswered(), 500, 'Error while connecting to Velocloud API'],
    ['down', answered(503, ''), 500, 'Got internal error from Velocloud'],
    [
      'no cookie',
      new Error('no session cookie'),
      401,
      `Could not log in to VeloCloud host ${host}: no session was granted`,
    ],
  ])('a failed login (%s) → %i', (...[, cause, status, body]) => {
    const failure = vcoFailure(new VendorLoginError('velocloud', { cause }), { host });
    expect({ status: failure.status, body: failure.body }).toEqual({ status, body });
  });

  it('keeps an EngineError and wraps anything else as internal', () => {
    const own = new EngineError('NOT_FOUND', 'gone');
    expect(vcoFailure(own, { host })).toBe(own);
    expect(vcoFailure(new Error('bug'), { host }).body).toBe(`VeloCloud host ${host}: bug`);
    expect(vcoFailure('text', { host }).status).toBe(500);
  });
});
