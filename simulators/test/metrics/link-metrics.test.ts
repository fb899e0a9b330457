import { describe, expect, it } from 'vitest';
import type { FleetLink } from '../../src/fleet/fleet-types.js';
import { generateFleet } from '../../src/fleet/generate-fleet.js';
import { linkMetrics, METRIC_BUCKET_MS } from '../../src/metrics/link-metrics.js';
import type { LinkDegradation } from '../../src/state/degradation-store.js';

const fleet = generateFleet({ seed: 3, edges: 30, hosts: 1 });
const links = fleet.edges.flatMap((e) => e.links);
const wired = links.find((l) => l.type === 'WIRED') as FleetLink;
const T = Date.UTC(2023, 3, 11, 12, 0, 0);
const HOUR = 3_600_000;

function degradation(overrides: Partial<LinkDegradation>): LinkDegradation {
  return {
    id: 'deg-1',
    host: 'h',
    serial: 's',
    edgeKey: 'k',
    linkId: wired.linkId,
    interface: wired.interface,
    latencyMs: null,
    jitterMs: null,
    lossPct: null,
    bandwidthPct: null,
    from: T,
    until: T + HOUR,
    ...overrides,
  };
}

describe('linkMetrics', () => {
  it('is a pure function of link and interval', () => {
    const input = {
      link: wired,
      start: T,
      end: T + HOUR,
      up: [[T, T + HOUR]] as const,
      degradations: [],
    };
    expect(linkMetrics(input)).toEqual(linkMetrics(input));
  });

  it('stays within the monitors thresholds for every healthy link', () => {
    for (const link of links) {
      const m = linkMetrics({
        link,
        start: T,
        end: T + HOUR,
        up: [[T, T + HOUR]],
        degradations: [],
      });
      expect(m).not.toBeNull();
      if (m === null) continue;
      expect(Math.max(m.bestLatencyMsRx, m.bestLatencyMsTx)).toBeLessThan(140);
      expect(Math.max(m.bestJitterMsRx, m.bestJitterMsTx)).toBeLessThan(50);
      expect(Math.max(m.bestLossPctRx, m.bestLossPctTx)).toBeLessThan(8);
      const usage = ((m.bytesRx * 8) / 3600 / m.bpsOfBestPathRx) * 100;
      expect(usage).toBeLessThan(80);
      expect(m.totalBytes).toBe(m.bytesRx + m.bytesTx);
    }
  });

  it('reports nothing for a link that was down the whole interval', () => {
    expect(
      linkMetrics({ link: wired, start: T, end: T + HOUR, up: [], degradations: [] }),
    ).toBeNull();
  });

  it('scales traffic with the time the link was up', () => {
    const full = linkMetrics({
      link: wired,
      start: T,
      end: T + HOUR,
      up: [[T, T + HOUR]],
      degradations: [],
    });
    const half = linkMetrics({
      link: wired,
      start: T,
      end: T + HOUR,
      up: [[T, T + HOUR / 2]],
      degradations: [],
    });
    expect(half?.bytesRx ?? 0).toBeLessThan(full?.bytesRx ?? 0);
    expect(half?.bytesRx ?? 0).toBeGreaterThan(0);
  });

  it('shows a degradation with its exact values in an overlapping interval', () => {
    const m = linkMetrics({
      link: wired,
      start: T + HOUR / 2,
      end: T + 2 * HOUR,
      up: [[T + HOUR / 2, T + 2 * HOUR]],
      degradations: [degradation({ latencyMs: 300, jitterMs: 80, lossPct: 12, bandwidthPct: 95 })],
    });
    expect(m?.bestLatencyMsRx).toBe(300);
    expect(m?.bestLatencyMsTx).toBe(300);
    expect(m?.bestJitterMsRx).toBe(80);
    expect(m?.bestLossPctTx).toBe(12);
    const usage = (((m?.bytesRx ?? 0) * 8) / 5400 / wired.bpsOfBestPathRx) * 100;
    expect(usage).toBeCloseTo(95, 3);
    expect(m?.scoreRx).toBe(1);
  });

  it('takes the worst of several degradations per metric', () => {
    const m = linkMetrics({
      link: wired,
      start: T,
      end: T + METRIC_BUCKET_MS,
      up: [[T, T + METRIC_BUCKET_MS]],
      degradations: [
        degradation({ latencyMs: 200 }),
        degradation({ id: 'deg-2', latencyMs: 250, jitterMs: 70 }),
      ],
    });
    expect(m?.bestLatencyMsRx).toBe(250);
    expect(m?.bestJitterMsRx).toBe(70);
  });

  it('gives wireless links a signal strength and wired links none', () => {
    const wireless = links.find((l) => l.type === 'WIRELESS') as FleetLink;
    const w = linkMetrics({
      link: wireless,
      start: T,
      end: T + HOUR,
      up: [[T, T + HOUR]],
      degradations: [],
    });
    const c = linkMetrics({
      link: wired,
      start: T,
      end: T + HOUR,
      up: [[T, T + HOUR]],
      degradations: [],
    });
    expect(w?.signalStrength).toBeLessThan(-59);
    expect(c?.signalStrength).toBeNull();
  });
});
