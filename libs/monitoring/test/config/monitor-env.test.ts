import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv } from '@automation-engine/config';
import { monitorEnv } from '@automation-engine/monitoring';

const schema = z.object(monitorEnv);

describe('monitorEnv', () => {
  it("defaults to the original's production values", () => {
    const config = parseEnv(schema, {});
    expect(config).toMatchObject({
      DRY_RUN: false,
      LINK_LABELS_BLACKLISTED_FROM_HNOC_FORWARDS: [
        'byob',
        'customer owned',
        'client owned',
        'customer provided',
        'client provided',
      ],
      UMBRELLA_HOSTS: { 'metvco04.mettel.net': 'FIS', 'metconfvco01-ic1.mettel.net': 'Confie' },
      METRICS_RELEVANT_CLIENTS: ['RSI', 'OReilly Auto Parts', 'Sterling Jewelers, Inc.'],
      IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
      MONITORED_PRODUCT_CATEGORY: 'SD-WAN',
      TIMEZONE: 'US/Eastern',
      BRIDGE_CONCURRENCY: 10,
    });
    expect(config.LINK_LABELS_BLACKLISTED_FROM_ASR_FORWARDS).toContain('piab');
    expect(config.REDIS_TASK_DISPATCHER_URL).toBeUndefined();
  });

  it('reads JSON lists and maps and refuses bad values', () => {
    const config = parseEnv(schema, {
      LINK_LABELS_BLACKLISTED_FROM_HNOC_FORWARDS: '["byob"]',
      UMBRELLA_HOSTS: '{"h": "X"}',
      REDIS_TASK_DISPATCHER_URL: 'redis://td:6379',
    });
    expect(config.LINK_LABELS_BLACKLISTED_FROM_HNOC_FORWARDS).toEqual(['byob']);
    expect(config.UMBRELLA_HOSTS).toEqual({ h: 'X' });
    expect(config.REDIS_TASK_DISPATCHER_URL).toBe('redis://td:6379');
    expect(() => parseEnv(schema, { UMBRELLA_HOSTS: '["x"]' })).toThrow(/UMBRELLA_HOSTS/);
    expect(() => parseEnv(schema, { BRIDGE_CONCURRENCY: '0' })).toThrow(/BRIDGE_CONCURRENCY/);
  });
});
