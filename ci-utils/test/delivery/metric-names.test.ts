import { describe, expect, it } from 'vitest';
import { baseNameOf, metricNamesIn } from './metric-names.js';

describe('metricNamesIn', () => {
  it('reads the selectors of an aggregation over a rate', () => {
    expect(
      metricNamesIn(
        'sum by (service, status) (rate(bus_handled_requests_total{environment=~"$environment", status!~"2.."}[$__rate_interval]))',
      ),
    ).toEqual(['bus_handled_requests_total']);
  });

  it('skips functions, numbers, durations and keywords', () => {
    expect(
      metricNamesIn(
        'histogram_quantile(0.95, sum by (le) (rate(bus_handler_duration_seconds_bucket[5m] offset 1h))) > 1e3 and on (environment) up == bool 1',
      ),
    ).toEqual(['bus_handler_duration_seconds_bucket', 'up']);
  });

  it('reads both sides of a ratio and an or', () => {
    expect(
      metricNamesIn(
        '(sum(increase(tasks_forwarded_total[$__range])) or vector(0)) / ignoring(x) sum(nodejs_eventloop_lag_p99_seconds)',
      ),
    ).toEqual(['nodejs_eventloop_lag_p99_seconds', 'tasks_forwarded_total']);
  });

  it("reads Grafana's label_values(selector, label) as its selector", () => {
    expect(
      metricNamesIn(
        'label_values(process_start_time_seconds{environment=~"$environment"}, service)',
      ),
    ).toEqual(['process_start_time_seconds']);
  });
});

describe('baseNameOf', () => {
  it("maps a histogram's series to its metric", () => {
    expect(baseNameOf('bus_handler_duration_seconds_bucket')).toEqual([
      'bus_handler_duration_seconds_bucket',
      'bus_handler_duration_seconds',
    ]);
    expect(baseNameOf('bus_requests_total')).toEqual(['bus_requests_total']);
  });
});
