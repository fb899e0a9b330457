import { describe, expect, it } from 'vitest';
import { isExpiredSessionAnswer } from '../../src/velocloud-client/is-expired-session-answer.js';
import { sessionCookie } from '../../src/velocloud-client/session-cookie.js';

const expired = '{"error":{"code":-32000,"message":"tokenError [expired session cookie]"}}';

describe('isExpiredSessionAnswer', () => {
  it.each([
    ['the expired-session body as text', { status: 200, data: expired }, true],
    [
      'the expired-session body parsed',
      { status: 200, data: JSON.parse(expired) as unknown },
      true,
    ],
    [
      'any tokenError message',
      { status: 200, data: '{"error":{"message":"tokenError [x]"}}' },
      true,
    ],
    ['a non-2xx answer', { status: 400, data: expired }, false],
    ['an ordinary answer', { status: 200, data: '[{"id":1}]' }, false],
    [
      'another JSON-RPC error',
      { status: 200, data: '{"error":{"code":1,"message":"boom"}}' },
      false,
    ],
    [
      'a large answer mentioning tokenError',
      { status: 200, data: `["tokenError",${'1,'.repeat(5000)}1]` },
      false,
    ],
    ['text that is not JSON', { status: 200, data: 'tokenError' }, false],
    ['an error without message', { status: 200, data: { error: 'tokenError' } }, false],
    ['null', { status: 200, data: null }, false],
  ])('%s → %s', (_name, answer, expected) => {
    expect(isExpiredSessionAnswer(answer)).toBe(expected);
  });
});

describe('sessionCookie', () => {
  it('finds velocloud.session among Set-Cookie headers', () => {
    expect(sessionCookie(['other=1; Path=/', 'velocloud.session=abc123; Path=/; HttpOnly'])).toBe(
      'abc123',
    );
    expect(sessionCookie('velocloud.session=x=y; Path=/')).toBe('x=y');
  });

  it.each([undefined, [], ['velocloud.session=; Path=/'], ['novalue'], ['other=1']])(
    'gives undefined for %j',
    (headers) => {
      expect(sessionCookie(headers)).toBeUndefined();
    },
  );
});
