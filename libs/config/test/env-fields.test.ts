import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  envBoolean,
  envEnum,
  envInt,
  envJson,
  envList,
  envPort,
  envString,
  envUrl,
} from '@automation-engine/config';

function messageOf(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues.map((i) => i.message).join('; ');
}

describe('envString', () => {
  it('accepts any text and says "required" when missing', () => {
    expect(envString().parse('hello')).toBe('hello');
    expect(messageOf(envString(), undefined)).toBe('required');
    expect(messageOf(envString(), 42)).toBe('must be a string');
  });

  it('can be optional or defaulted', () => {
    expect(envString().optional().parse(undefined)).toBeUndefined();
    expect(envString().default('dev').parse(undefined)).toBe('dev');
  });
});

describe('envInt', () => {
  it('parses base-10 integers, signs and surrounding spaces', () => {
    expect(envInt().parse('5000')).toBe(5000);
    expect(envInt().parse(' -3 ')).toBe(-3);
    expect(envInt().parse('+7')).toBe(7);
  });

  it('rejects decimals, hex, words and unsafe integers', () => {
    for (const text of ['1.5', '0x10', 'ten', '1e3', '', '99999999999999999999']) {
      expect(messageOf(envInt(), text)).toBe('must be an integer');
    }
  });

  it('names its bounds in the message', () => {
    expect(messageOf(envInt({ min: 1, max: 10 }), '11')).toBe(
      'must be an integer between 1 and 10',
    );
    expect(messageOf(envInt({ min: 1 }), '0')).toBe('must be an integer >= 1');
    expect(messageOf(envInt({ max: 10 }), '11')).toBe('must be an integer <= 10');
    expect(envInt({ min: 1, max: 10 }).parse('10')).toBe(10);
  });

  it('takes a numeric default and says "required" when missing without one', () => {
    expect(envInt().default(5000).parse(undefined)).toBe(5000);
    expect(messageOf(envInt(), undefined)).toBe('required');
  });
});

describe('envPort', () => {
  it('accepts 1 to 65535 only', () => {
    expect(envPort().parse('4222')).toBe(4222);
    expect(messageOf(envPort(), '0')).toBe('must be an integer between 1 and 65535');
    expect(messageOf(envPort(), '65536')).toBe('must be an integer between 1 and 65535');
  });

  it('accepts 0 when asked to', () => {
    expect(envPort({ allowZero: true }).parse('0')).toBe(0);
  });
});

describe('envBoolean', () => {
  it('reads true/false, 1/0 and yes/no in any case', () => {
    const yes = ['true', 'TRUE', '1', 'yes', 'Yes', ' true '];
    const no = ['false', 'False', '0', 'no', 'NO'];
    for (const text of yes) expect(envBoolean().parse(text)).toBe(true);
    for (const text of no) expect(envBoolean().parse(text)).toBe(false);
  });

  it('rejects anything else instead of guessing', () => {
    for (const text of ['on', 'off', 'y', '2', 'treu']) {
      expect(messageOf(envBoolean(), text)).toBe('must be one of true, false, 1, 0, yes, no');
    }
  });

  it('defaults when missing', () => {
    expect(envBoolean().default(false).parse(undefined)).toBe(false);
  });
});

describe('envList', () => {
  it('splits on commas, trims and drops empty items', () => {
    expect(envList().parse('a, b,,c , ')).toEqual(['a', 'b', 'c']);
    expect(envList().parse(',')).toEqual([]);
  });

  it('says "required" when missing', () => {
    expect(messageOf(envList(), undefined)).toBe('required');
  });
});

describe('envUrl', () => {
  it('accepts an absolute URL of any scheme by default', () => {
    expect(envUrl().parse(' redis://cache:6379 ')).toBe('redis://cache:6379');
    expect(messageOf(envUrl(), 'localhost:4222/x y')).toBe('must be an absolute URL (scheme://…)');
    expect(messageOf(envUrl(), 'http://exa mple.com')).toBe('must be an absolute URL (scheme://…)');
  });

  it('restricts schemes, written with or without the colon', () => {
    const nats = envUrl({ protocols: ['nats', 'TLS:'] });
    expect(nats.parse('nats://a:4222')).toBe('nats://a:4222');
    expect(nats.parse('tls://a:4222')).toBe('tls://a:4222');
    expect(messageOf(nats, 'http://a')).toBe('must be a URL with protocol nats: or tls:');
  });
});

describe('envEnum', () => {
  it('accepts one of its words and lists them otherwise', () => {
    const level = envEnum(['debug', 'info', 'warn']);
    expect(level.parse('info')).toBe('info');
    expect(messageOf(level, 'loud')).toBe('must be one of debug, info, warn');
    expect(messageOf(level, undefined)).toBe('required');
    expect(level.default('info').parse(undefined)).toBe('info');
  });
});

describe('envJson', () => {
  const hosts = envJson(z.array(z.string()), 'a JSON list of host names');

  it('parses JSON of the expected shape', () => {
    expect(hosts.parse('["a","b"]')).toEqual(['a', 'b']);
  });

  it('says what is expected when the text is not JSON or has another shape', () => {
    expect(messageOf(hosts, '[a')).toBe('must be JSON: a JSON list of host names');
    expect(messageOf(hosts, '{"a":1}')).toBe('must be a JSON list of host names');
  });
});
