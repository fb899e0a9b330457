import { describe, expect, it } from 'vitest';
import { metricFilterPattern } from '../src/metric-filter-pattern.js';

describe('metricFilterPattern', () => {
  it('counts error and fatal lines of a service in one environment', () => {
    expect(
      metricFilterPattern({
        environment: 'production',
        match: { service: 'bruin-bridge', level: 'error' },
      }),
    ).toBe(
      '{ $.environment = "production" && $.service = "bruin-bridge" && ($.level = "error" || $.level = "fatal") }',
    );
  });

  it('counts lines whose message matches, with wildcards kept', () => {
    expect(
      metricFilterPattern({
        environment: 'production',
        match: { service: 'service-outage-monitor*', message: '*ticket * created*' },
      }),
    ).toBe(
      '{ $.environment = "production" && $.service = "service-outage-monitor*" && $.msg = "*ticket * created*" }',
    );
  });

  it('escapes quotes in a message', () => {
    expect(
      metricFilterPattern({ environment: 'p', match: { service: 's', message: 'say "hi"' } }),
    ).toContain('$.msg = "say \\"hi\\""');
  });
});
