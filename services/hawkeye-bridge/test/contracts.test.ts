import { hawkeyeProbeRequest, hawkeyeTestRequest } from '@automation-engine/contracts/hawkeye';
import { describe, expect, it } from 'vitest';

describe('hawkeye contracts', () => {
  it('echo request_id and give callers 120 s, as the original', () => {
    for (const contract of [hawkeyeProbeRequest, hawkeyeTestRequest]) {
      expect(contract.echoRequestId).toBe(true);
      expect(contract.timeoutMs).toBe(120_000);
    }
  });

  it('accepts {} for probes, and refuses a bad filter', () => {
    expect(hawkeyeProbeRequest.request.safeParse({}).success).toBe(true);
    expect(hawkeyeProbeRequest.request.safeParse({ serial_number: 5 }).success).toBe(false);
  });

  it.each([
    ['no probe_uids', { interval: { start: 'a', end: 'b' } }],
    ['no interval', { probe_uids: ['u'] }],
    ['an interval without end', { probe_uids: ['u'], interval: { start: 'a' } }],
  ])('refuses test requests with %s', (_what, body) => {
    expect(hawkeyeTestRequest.request.safeParse(body).success).toBe(false);
  });
});
