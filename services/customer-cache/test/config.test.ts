import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv } from '@automation-engine/config';
import { serviceEnv } from '../src/config.js';

const schema = z.object(serviceEnv);

describe('customer-cache environment', () => {
  it('reads the original JSON variables and applies the defaults', () => {
    const config = parseEnv(schema, {
      VELOCLOUD_HOSTS: '["mettel.velocloud.net"]',
      BLACKLISTED_EDGES: '[{"host": "h", "enterprise_id": 1, "edge_id": 2}]',
      BLACKLISTED_CLIENTS_WITH_PENDING_STATUS: '[30412]',
    });
    expect(config).toMatchObject({
      VELOCLOUD_HOSTS: ['mettel.velocloud.net'],
      BLACKLISTED_EDGES: [{ host: 'h', enterprise_id: 1, edge_id: 2 }],
      BLACKLISTED_CLIENTS_WITH_PENDING_STATUS: [30412],
      WHITELISTED_MANAGEMENT_STATUSES: [
        'Active – Gold Monitoring',
        'Active – Platinum Monitoring',
        'Pending',
      ],
      REFRESH_JOB_INTERVAL: 14_400,
      REFRESH_CHECK_INTERVAL: 300,
      BRUIN_CONCURRENCY: 3,
      TIMEZONE: 'US/Eastern',
    });
    expect(config.DUPLICATE_INVENTORIES_RECIPIENT).toBeUndefined();
    expect(config.REDIS_CUSTOMER_CACHE_URL).toBeUndefined();
  });

  it('lists every problem at once', () => {
    let message = '';
    try {
      parseEnv(schema, {
        VELOCLOUD_HOSTS: 'mettel.velocloud.net',
        BLACKLISTED_EDGES: '[{"host": 1}]',
        TIMEZONE: 'Mars/Olympus',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('VELOCLOUD_HOSTS: must be JSON: a JSON list of VCO host names');
    expect(message).toContain(
      'BLACKLISTED_EDGES: must be a JSON list of {host, enterprise_id, edge_id}',
    );
    expect(message).toContain('TIMEZONE: must be an IANA time zone');
  });
});
