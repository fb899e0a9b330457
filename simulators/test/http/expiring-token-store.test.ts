import { describe, expect, it } from 'vitest';
import { LabClock } from '../../src/clock/lab-clock.js';
import {
  basicCredentialsOf,
  bearerTokenOf,
  cookieOf,
  ExpiringTokenStore,
} from '../../src/http/expiring-token-store.js';

describe('ExpiringTokenStore', () => {
  it('accepts issued credentials until they expire in lab time or are revoked', () => {
    const clock = new LabClock({ speed: 0, startAt: 0 });
    const store = new ExpiringTokenStore({ clock, ttlSeconds: 10, prefix: 't-' });
    const { token, expiresInSeconds } = store.issue();
    expect([token.startsWith('t-'), expiresInSeconds]).toEqual([true, 10]);
    expect([store.isValid(token), store.isValid(null), store.isValid('t-other')]).toEqual([
      true,
      false,
      false,
    ]);
    clock.advance(10_000);
    expect(store.isValid(token)).toBe(false);
    const second = store.issue().token;
    store.revoke(second);
    store.revoke(null);
    expect(store.isValid(second)).toBe(false);
    const third = store.issue().token;
    store.reset();
    expect(store.isValid(third)).toBe(false);
  });
});

describe('credential headers', () => {
  it('reads bearer tokens, basic credentials (any case) and cookies', () => {
    expect(bearerTokenOf('bearer abc')).toBe('abc');
    expect(bearerTokenOf('Basic abc')).toBeNull();
    expect(bearerTokenOf(undefined)).toBeNull();
    const basic = `basic ${Buffer.from('id:se:cret').toString('base64')}`;
    expect(basicCredentialsOf(basic)).toEqual({ id: 'id', secret: 'se:cret' });
    expect(basicCredentialsOf(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeNull();
    expect(basicCredentialsOf('Bearer x')).toBeNull();
    expect(cookieOf('a=1; PHPSESSID=xyz=; b=2', 'PHPSESSID')).toBe('xyz=');
    expect(cookieOf(undefined, 'PHPSESSID')).toBeNull();
  });
});
