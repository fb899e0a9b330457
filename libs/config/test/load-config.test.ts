import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { envList, envString, loadConfig } from '@automation-engine/config';

const schema = z.object({
  SERVICE_NAME: envString(),
  HOSTS: envList(),
  NESTED: envString()
    .optional()
    .transform(() => ({ inner: { value: 1 } })),
});

class ExitCalled extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function exitSpy(): (code: number) => never {
  return (code) => {
    throw new ExitCalled(code);
  };
}

describe('loadConfig', () => {
  it('returns the parsed configuration deep-frozen', () => {
    const config = loadConfig(schema, { env: { SERVICE_NAME: 'bruin-bridge', HOSTS: 'a,b' } });
    expect(config.SERVICE_NAME).toBe('bruin-bridge');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.HOSTS)).toBe(true);
    expect(Object.isFrozen(config.NESTED.inner)).toBe(true);
    expect(() => {
      (config.HOSTS as string[]).push('c');
    }).toThrow(TypeError);
  });

  it('writes every problem to the error output and exits with code 1', () => {
    const written: string[] = [];
    let exitCode: number | undefined;
    expect(() =>
      loadConfig(schema, {
        env: {},
        write: (text) => written.push(text),
        exit: (code) => {
          exitCode = code;
          throw new ExitCalled(code);
        },
      }),
    ).toThrow(ExitCalled);
    expect(exitCode).toBe(1);
    expect(written.join('')).toBe(
      'Invalid configuration (2 problems):\n  - SERVICE_NAME: required\n  - HOSTS: required\n',
    );
  });

  it('still fails when an injected exit returns', () => {
    const returningExit = (() => undefined) as unknown as (code: number) => never;
    expect(() =>
      loadConfig(schema, { env: {}, write: () => undefined, exit: returningExit }),
    ).toThrow(/Invalid configuration/);
  });

  it('lets errors that are not about configuration through', () => {
    const broken = z.object({
      A: envString().transform(() => {
        throw new RangeError('bug in a transform');
      }),
    });
    expect(() => loadConfig(broken, { env: { A: 'x' }, exit: exitSpy() })).toThrow(RangeError);
  });

  it('writes to stderr by default', () => {
    const original = process.stderr.write.bind(process.stderr);
    const written: string[] = [];
    process.stderr.write = (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    };
    try {
      expect(() => loadConfig(schema, { env: {}, exit: exitSpy() })).toThrow(ExitCalled);
    } finally {
      process.stderr.write = original;
    }
    expect(written.join('')).toContain('SERVICE_NAME: required');
  });
});
