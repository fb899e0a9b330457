import { describe, expect, it } from 'vitest';
import { intersectIntervals, overlapMs, UpTimeline } from '../../src/state/up-timeline.js';

describe('UpTimeline', () => {
  it('answers the up parts of an interval from its transitions', () => {
    const timeline = new UpTimeline(true);
    timeline.record(100, false);
    timeline.record(200, true);
    expect(timeline.upIntervals(0, 300)).toEqual([
      [0, 100],
      [200, 300],
    ]);
    expect(timeline.upIntervals(120, 180)).toEqual([]);
    expect(timeline.upAt(150)).toBe(false);
    expect(timeline.upAt(250)).toBe(true);
    expect(timeline.upIntervals(300, 300)).toEqual([]);
  });

  it('keeps transitions in time order even when recorded out of order', () => {
    const timeline = new UpTimeline(true);
    timeline.record(200, true);
    timeline.record(100, false);
    expect(timeline.upIntervals(0, 300)).toEqual([
      [0, 100],
      [200, 300],
    ]);
  });

  it('starts down when told so', () => {
    const timeline = new UpTimeline(false);
    timeline.record(50, true);
    expect(timeline.upIntervals(0, 100)).toEqual([[50, 100]]);
  });
});

describe('interval helpers', () => {
  it('intersects and measures interval lists', () => {
    const both = intersectIntervals(
      [
        [0, 100],
        [200, 300],
      ],
      [[50, 250]],
    );
    expect(both).toEqual([
      [50, 100],
      [200, 250],
    ]);
    expect(overlapMs(both, 0, 1000)).toBe(100);
    expect(overlapMs(both, 60, 210)).toBe(50);
  });
});
