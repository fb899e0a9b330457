import { describe, expect, it } from 'vitest';
import { deepFreeze, isSecretName } from '@automation-engine/config';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays and leaves primitives alone', () => {
    const value = deepFreeze({ a: { b: [{ c: 1 }] }, n: null, s: 'x' });
    expect(Object.isFrozen(value.a.b[0])).toBe(true);
    expect(deepFreeze(3)).toBe(3);
  });

  it('copes with cycles', () => {
    const node: { self?: unknown } = {};
    node.self = node;
    expect(Object.isFrozen(deepFreeze(node))).toBe(true);
  });
});

describe('isSecretName', () => {
  it('flags names that look like they hold secrets', () => {
    for (const name of ['SMTP_PASSWORD', 'slack_token', 'CLIENT_SECRET', 'API_KEY', 'NKEY_SEED']) {
      expect(isSecretName(name)).toBe(true);
    }
    for (const name of ['NATS_CREDENTIALS', 'SESSION_COOKIE', 'BASIC_AUTH', 'PRIVATE_PEM']) {
      expect(isSecretName(name)).toBe(true);
    }
  });

  it('leaves ordinary names alone', () => {
    for (const name of ['NATS_URL', 'HTTP_PORT', 'ENVIRONMENT', 'LOG_LEVEL']) {
      expect(isSecretName(name)).toBe(false);
    }
  });
});
