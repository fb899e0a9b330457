import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv } from '@automation-engine/config';
import { writeModeEnv, writeModeOf, writeModeSchema } from '@automation-engine/monitoring';

describe('writeModeOf', () => {
  it.each([
    { DRY_RUN: true, BRUIN_WRITES: 'live', CURRENT_ENVIRONMENT: 'production', mode: 'dry-run' },
    { DRY_RUN: true, BRUIN_WRITES: undefined, CURRENT_ENVIRONMENT: 'dev', mode: 'dry-run' },
    { DRY_RUN: false, BRUIN_WRITES: undefined, CURRENT_ENVIRONMENT: 'production', mode: 'live' },
    { DRY_RUN: false, BRUIN_WRITES: undefined, CURRENT_ENVIRONMENT: 'dev', mode: 'would-have' },
    { DRY_RUN: false, BRUIN_WRITES: undefined, CURRENT_ENVIRONMENT: 'local', mode: 'would-have' },
    { DRY_RUN: false, BRUIN_WRITES: 'live', CURRENT_ENVIRONMENT: 'local', mode: 'live' },
    {
      DRY_RUN: false,
      BRUIN_WRITES: 'would-have',
      CURRENT_ENVIRONMENT: 'production',
      mode: 'would-have',
    },
  ] as const)(
    'DRY_RUN=$DRY_RUN BRUIN_WRITES=$BRUIN_WRITES in $CURRENT_ENVIRONMENT → $mode',
    ({ mode, ...config }) => {
      expect(writeModeOf(config)).toBe(mode);
    },
  );

  it('reads the variables from the environment', () => {
    const schema = z.object(writeModeEnv);
    expect(parseEnv(schema, {})).toEqual({ DRY_RUN: false });
    expect(parseEnv(schema, { DRY_RUN: 'true', BRUIN_WRITES: 'live' })).toEqual({
      DRY_RUN: true,
      BRUIN_WRITES: 'live',
    });
    expect(() => parseEnv(schema, { BRUIN_WRITES: 'always' })).toThrow(/BRUIN_WRITES/);
  });

  it('knows the three modes', () => {
    expect(writeModeSchema.options).toEqual(['live', 'would-have', 'dry-run']);
  });
});
