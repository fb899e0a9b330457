import { describe, expect, it } from 'vitest';
import { DEFAULTS, readAppSettings } from '../src/app-settings.js';
import { contextFromArgv } from '../src/context-from-argv.js';

const from = (context: Record<string, unknown>, env: Record<string, string> = {}) =>
  readAppSettings((key) => context[key], env);

describe('contextFromArgv', () => {
  it('reads -c, --context and --context= pairs like the cdk CLI', () => {
    expect(
      contextFromArgv([
        '-c',
        'environment=automation-ab12cd34',
        '--context',
        'account=123456789012',
        '--context=zoneName=a=b',
        'other',
      ]),
    ).toEqual({ environment: 'automation-ab12cd34', account: '123456789012', zoneName: 'a=b' });
  });

  it('ignores a flag without a key=value after it', () => {
    expect(contextFromArgv(['-c'])).toEqual({});
    expect(contextFromArgv(['-c', 'novalue'])).toEqual({});
  });
});

describe('readAppSettings', () => {
  it('defaults to production with placeholders, and warns about each placeholder', () => {
    const { settings, warnings } = from({});
    expect(settings.environment.name).toBe('automation-master');
    expect(settings).toMatchObject({
      account: DEFAULTS.account,
      region: 'us-east-1',
      kubernetesVersion: DEFAULTS.kubernetesVersion,
    });
    expect(warnings).toHaveLength(3);
  });

  it('takes the environment, account, zone and alarm emails from context', () => {
    const { settings, warnings } = from({
      environment: 'automation-ab12cd34',
      account: '123456789012',
      hostedZoneId: 'Z1',
      zoneName: 'example.net',
      alarmEmails: '{"engineering":["a@b.c"]}',
    });
    expect(warnings).toEqual([]);
    expect(settings.environment.kind).toBe('ephemeral');
    expect(settings.hostedZone).toEqual({ id: 'Z1', name: 'example.net' });
    expect(settings.alarmSubscribers).toEqual({
      engineering: ['a@b.c'],
      'hnoc-leadership': [],
      'managed-services': [],
    });
  });

  it('falls back to CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION', () => {
    const { settings } = from(
      {},
      { CDK_DEFAULT_ACCOUNT: '210987654321', CDK_DEFAULT_REGION: 'eu-west-1' },
    );
    expect(settings).toMatchObject({ account: '210987654321', region: 'eu-west-1' });
  });

  it('refuses a malformed account, environment or alarm email list', () => {
    expect(() => from({ account: '12' })).toThrow(/12 digits/);
    expect(() => from({ environment: 'automation-xyz' })).toThrow(/automation-master/);
    expect(() => from({ alarmEmails: '{"engineering":["not-an-email"]}' })).toThrow(/alarmEmails/);
    expect(() => from({ alarmEmails: '{not json' })).toThrow(/alarmEmails/);
  });
});
