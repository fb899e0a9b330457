// White-box: the single-flight login cache behind the auth hook.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthSession } from '../src/auth-session.js';
import { captureLogger } from '@automation-engine/testing';

function session(expiresInMs?: number) {
  let logins = 0;
  const auth = {
    login: vi.fn(() => {
      logins += 1;
      return Promise.resolve({
        headers: { Authorization: `Bearer t${logins}` },
        ...(expiresInMs === undefined ? {} : { expiresAt: new Date(Date.now() + expiresInMs) }),
      });
    }),
  };
  return {
    auth,
    session: new AuthSession({ auth, vendor: 'bruin', logger: captureLogger().logger }),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('AuthSession', () => {
  it('renews once for a refused generation and not again for the same stale one', async () => {
    const { auth, session: s } = session();
    const first = await s.headers();
    const [a, b] = await Promise.all([s.renew(first.generation), s.renew(first.generation)]);
    expect(a).toEqual({ headers: { Authorization: 'Bearer t2' }, generation: 2 });
    expect(b).toBe(a);
    await s.renew(first.generation);
    expect(auth.login).toHaveBeenCalledTimes(2);
  });

  it('keeps headers until 60 s before they expire', async () => {
    const { auth, session: s } = session(120_000);
    await s.headers();
    await vi.advanceTimersByTimeAsync(59_000);
    await s.headers();
    expect(auth.login).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await s.headers()).generation).toBe(2);
  });

  it('is only logging in inside login()', async () => {
    let inside: boolean | undefined;
    const s: AuthSession = new AuthSession({
      vendor: 'bruin',
      logger: captureLogger().logger,
      auth: {
        login: () => {
          inside = s.loggingIn;
          return Promise.resolve({ headers: {} });
        },
      },
    });
    await s.headers();
    expect(inside).toBe(true);
    expect(s.loggingIn).toBe(false);
  });
});
