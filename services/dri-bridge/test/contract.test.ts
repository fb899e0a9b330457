import { driParametersRequest } from '@automation-engine/contracts/dri';
import { describe, expect, it } from 'vitest';

describe('dri.parameters.request contract', () => {
  const valid = {
    serial_number: 'PB40000000',
    parameter_set: { ParameterNames: ['a'], Source: 0 },
  };

  it.each([
    ['a missing serial_number', { parameter_set: valid.parameter_set }],
    ['an empty serial_number', { ...valid, serial_number: '' }],
    ['a missing parameter_set', { serial_number: 'PB40000000' }],
    ['no parameter names', { ...valid, parameter_set: { ParameterNames: [], Source: 0 } }],
    ['a missing Source', { ...valid, parameter_set: { ParameterNames: ['a'] } }],
  ])('refuses %s', (_what, body) => {
    expect(driParametersRequest.request.safeParse(body).success).toBe(false);
  });

  it('accepts what callers send, and keeps unknown keys', () => {
    expect(driParametersRequest.request.parse({ ...valid, extra: 1 })).toEqual({
      ...valid,
      extra: 1,
    });
  });

  it('describes a success as {Name: Value}, or the 204 text', () => {
    expect(driParametersRequest.response.safeParse({ a: 'b' }).success).toBe(true);
    expect(driParametersRequest.response.safeParse('still fetching').success).toBe(true);
    expect(driParametersRequest.timeoutMs).toBe(180_000);
  });
});
