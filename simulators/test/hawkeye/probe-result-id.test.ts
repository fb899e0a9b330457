import { describe, expect, it } from 'vitest';
import {
  decodeProbeResultId,
  PROBE_TEST_INTERVAL_MS,
  probeResultId,
  probeResultTime,
} from '../../src/hawkeye/probe-tests.js';

describe('probe test result ids', () => {
  it('encode probe, interval and test, and decode back', () => {
    const key = { probeIndex: 1249, slot: 5_600_123, testIndex: 1 };
    const id = probeResultId(key, 1250);
    expect(decodeProbeResultId(id, 1250)).toEqual(key);
    expect(Number.isSafeInteger(Number(id))).toBe(true);
  });

  it('reject what they cannot be', () => {
    expect(decodeProbeResultId('12', 10)).toBeNull();
    expect(decodeProbeResultId('abc', 10)).toBeNull();
    expect(decodeProbeResultId('5000001', 0)).toBeNull();
  });

  it('place each test at its offset within the interval', () => {
    expect(probeResultTime({ slot: 10, testIndex: 0 })).toBe(10 * PROBE_TEST_INTERVAL_MS);
    expect(probeResultTime({ slot: 10, testIndex: 1 })).toBe(10 * PROBE_TEST_INTERVAL_MS + 120_000);
  });
});
