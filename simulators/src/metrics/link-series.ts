import {
  VCO_LINK_METRIC_NAMES,
  type VcoLinkMetricName,
  type VcoLinkSeriesResponse,
} from '@automation-engine/vendor-apis';
import type { FleetEdge } from '../fleet/fleet-types.js';
import type { LabContext } from '../lab-context.js';
import { linkMetrics, METRIC_BUCKET_MS, type LinkMetricValues } from './link-metrics.js';

const MIN_SERIES_INTERVAL_MS = 15 * 60_000;
const MAX_POINTS = 1024;
const KNOWN_METRICS = new Set<string>(VCO_LINK_METRIC_NAMES);

/**
 * V6 time series of an edge's links: one point per tick (5 minutes, widened to stay within 1024
 * points), each the metrics generator over that tick, so series and aggregates agree. Intervals
 * under 15 minutes answer `[]`, as VeloCloud does.
 */
export function linkSeries(args: {
  ctx: LabContext;
  edge: FleetEdge;
  start: number;
  end: number;
  metrics: readonly string[];
}): VcoLinkSeriesResponse {
  const { ctx, edge, start, end } = args;
  if (end - start < MIN_SERIES_INTERVAL_MS) return [];
  const metrics = args.metrics.filter((m): m is VcoLinkMetricName => KNOWN_METRICS.has(m));
  const tick = Math.max(
    METRIC_BUCKET_MS,
    Math.ceil((end - start) / MAX_POINTS / METRIC_BUCKET_MS) * METRIC_BUCKET_MS,
  );
  const first = Math.floor(start / tick) * tick;
  const points = Math.min(MAX_POINTS, Math.ceil((end - first) / tick));
  return edge.links.map((link) => {
    const up = ctx.runtime.trafficIntervals({
      edge,
      link,
      start: first,
      end: first + points * tick,
    });
    const degradations = ctx.degradations.overlapping({
      host: edge.host,
      linkId: link.linkId,
      start: first,
      end: first + points * tick,
    });
    const samples: (LinkMetricValues | null)[] = [];
    for (let p = 0; p < points; p += 1) {
      const from = first + p * tick;
      const to = from + tick;
      samples.push(
        linkMetrics({
          link,
          start: from,
          end: to,
          up,
          degradations: degradations.filter(
            (d) => d.from < to && (d.until === null || d.until > from),
          ),
        }),
      );
    }
    return {
      linkId: link.linkId,
      link: { interface: link.interface, displayName: link.displayName },
      series: metrics.map((metric) => {
        const data = samples.map((s) => s?.[metric] ?? 0);
        return {
          metric,
          startTime: first,
          tickInterval: tick,
          data,
          total: data.reduce((a, b) => a + b, 0),
          min: data.length === 0 ? 0 : Math.min(...data),
          max: data.length === 0 ? 0 : Math.max(...data),
        };
      }),
    };
  });
}
