import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv } from '@automation-engine/config';
import { reportSettingsOf, reportsEnv } from '../../src/reports/reports-env.js';

const parse = (env: Record<string, string>) =>
  parseEnv(z.object({ ...reportsEnv, TIMEZONE: z.string().default('US/Eastern') }), env);

describe('reportsEnv and reportSettingsOf', () => {
  it("defaults to the original's production values and a local folder", () => {
    const settings = reportSettingsOf(parse({}));
    expect(settings).toMatchObject({
      timezone: 'US/Eastern',
      reoccurring: {
        cron: '0 3 * * 0',
        execOnStart: false,
        recipients: {},
        troubles: ['Jitter', 'Latency', 'Packet Loss', 'Bandwidth Over Utilization'],
        lookupSeconds: 1_209_600,
        threshold: 3,
      },
      bandwidth: { cron: '0 5 * * *', execOnStart: false, lookupSeconds: 86_400 },
      storage: { kind: 'folder', dir: './reports' },
      retry: { waitMs: 15_000, attempts: 3 },
    });
  });

  it('reads recipients, flags and the S3 bucket', () => {
    const settings = reportSettingsOf(
      parse({
        REOCCURRING_TROUBLE_REPORT__RECIPIENTS:
          '{"mettel.velocloud.net": {"*": ["ops@example.com"]}}',
        REOCCURRING_TROUBLE_REPORT__THRESHOLD: '4',
        EXEC_MONITOR_REPORTS_ON_START: 'true',
        EXEC_BANDWIDTH_REPORTS_ON_START: 'yes',
        REPORTS_S3_BUCKET: 'reports-bucket',
        REPORTS_S3_REGION: 'us-east-1',
      }),
    );
    expect(settings.reoccurring.recipients).toEqual({
      'mettel.velocloud.net': { '*': ['ops@example.com'] },
    });
    expect(settings.reoccurring.threshold).toBe(4);
    expect(settings.reoccurring.execOnStart).toBe(true);
    expect(settings.bandwidth.execOnStart).toBe(true);
    expect(settings.storage).toEqual({
      kind: 's3',
      bucket: 'reports-bucket',
      region: 'us-east-1',
      endpoint: undefined,
    });
  });

  it('refuses an unknown trouble and malformed recipients', () => {
    expect(() => parse({ REOCCURRING_TROUBLE_REPORT__REPORTED_TROUBLES: '["Noise"]' })).toThrow();
    expect(() => parse({ DAILY_BANDWIDTH_REPORT__RECIPIENTS: '["a"]' })).toThrow();
  });
});
