import { vendorHttpMetrics } from '@automation-engine/http-client';
import { metricValue } from '@automation-engine/testing';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { registerBruinApiUsage } from '../../src/bruin-client/bruin-api-usage.js';

describe('bruin_api_usage', () => {
  it('is derived from the vendor request counter: Bruin attempts only, the original labels', async () => {
    const registry = new Registry();
    const usage = registerBruinApiUsage(registry);
    const { requests } = vendorHttpMetrics(registry);
    requests.inc(
      { vendor: 'bruin', method: 'GET', endpoint: '/api/Ticket/{id}/details', status: '200' },
      3,
    );
    requests.inc({
      vendor: 'bruin',
      method: 'GET',
      endpoint: '/api/Ticket/{id}/details',
      status: '500',
    });
    requests.inc({
      vendor: 'velocloud',
      method: 'POST',
      endpoint: '/portal/rest/x',
      status: '200',
    });
    expect(
      await metricValue(registry, 'bruin_api_usage', {
        method: 'GET',
        endpoint_: '/api/Ticket/{id}/details',
        response_status: '200',
      }),
    ).toBe(3);
    expect(await metricValue(registry, 'bruin_api_usage')).toBe(4);
    expect(await registry.metrics()).toContain(
      'bruin_api_usage{method="GET",endpoint_="/api/Ticket/{id}/details",response_status="500"} 1',
    );
    expect(registerBruinApiUsage(registry)).toBe(usage);
  });
});
