import { AxiosError, AxiosHeaders } from 'axios';
import { describe, expect, it } from 'vitest';
import { describeHttpError, statusLabel, VendorLoginError } from '@automation-engine/http-client';

describe('describeHttpError', () => {
  it('describes an axios error that never went through a vendor client', () => {
    const config = {
      headers: new AxiosHeaders({ Authorization: 'x' }),
      method: 'put',
      url: '/a/1',
    };
    expect(describeHttpError(new AxiosError('boom', 'ERR_NETWORK', config))).toEqual({
      vendor: 'unknown',
      method: 'PUT',
      endpoint: '/a/{id}',
      code: 'ERR_NETWORK',
      message: 'boom',
    });
  });

  it('describes an axios error without a config', () => {
    expect(describeHttpError(new AxiosError('boom'))).toEqual({
      vendor: 'unknown',
      method: 'UNKNOWN',
      endpoint: 'unknown',
      message: 'boom',
    });
  });

  it('describes a failed login with its vendor', () => {
    const error = new VendorLoginError('velocloud', { cause: new Error('bad credentials') });
    expect(describeHttpError(error)).toMatchObject({
      vendor: 'velocloud',
      code: 'VENDOR_LOGIN_FAILED',
      message: 'velocloud: login failed',
    });
  });

  it('describes anything else by its message', () => {
    expect(describeHttpError(new TypeError('nope'))).toMatchObject({ message: 'nope' });
    expect(describeHttpError('text')).toMatchObject({ vendor: 'unknown', message: 'text' });
  });
});

describe('statusLabel', () => {
  it('is "error" for something that is not an axios error', () => {
    expect(statusLabel(new Error('x'))).toBe('error');
  });
});
