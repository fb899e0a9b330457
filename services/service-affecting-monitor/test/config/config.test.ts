import { describe, expect, it } from 'vitest';
import { loadConfig, parseEnv } from '@automation-engine/config';
import { serviceEnvSchema } from '@automation-engine/service-kit';
import { serviceEnv, settingsOf } from '../../src/config.js';

function load(env: Record<string, string>) {
  return loadConfig(serviceEnvSchema(serviceEnv), {
    env: { MONITORED_VELOCLOUD_HOST: 'metvco02.mettel.net', ...env },
  });
}

describe('SAM configuration (spec §3.1)', () => {
  it('defaults to the production values, lookups in whole minutes', () => {
    const settings = settingsOf(load({}));
    expect(settings.host).toBe('metvco02.mettel.net');
    expect(settings.wired).toEqual({
      thresholds: {
        latencyMs: 140,
        packetLoss: 8,
        jitterMs: 50,
        bandwidthPct: 80,
        circuitInstabilityEvents: 10,
      },
      lookupMinutes: {
        latency: 30,
        packetLoss: 30,
        jitter: 30,
        bandwidth: 30,
        circuitInstability: 60,
      },
    });
    expect(settings.wireless).toEqual({
      thresholds: {
        latencyMs: 140,
        packetLoss: 10,
        jitterMs: 50,
        bandwidthPct: 80,
        circuitInstabilityEvents: 10,
      },
      lookupMinutes: {
        latency: 90,
        packetLoss: 90,
        jitter: 90,
        bandwidth: 90,
        circuitInstability: 60,
      },
    });
    expect(settings).toMatchObject({
      autoresolveLookupMinutes: 20,
      circuitInstabilityAutoresolveThreshold: 4,
      grace: { dayStartHour: 8, dayEndHour: 0, daySeconds: 5400, nightSeconds: 10800 },
      maxAutoresolvesPerTicket: 3,
      milestoneReminderWaitSeconds: 86400,
      defaultContacts: {},
      customersAlwaysUsingDefaultContacts: [83109],
      customersWithBandwidthDisabled: [83109],
      productCategory: 'SD-WAN',
      timezone: 'US/Eastern',
    });
  });

  it("takes this host's default contacts and rounds lookups down to minutes", () => {
    const settings = settingsOf(
      load({
        MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER: JSON.stringify({
          'metvco02.mettel.net': { '*': [{ email: 'a@b', name: 'A', type: 'site', phone: '1' }] },
          'mettel.velocloud.net': { '12': [{ email: 'x@y', name: 'X', type: 'ticket' }] },
        }),
        MONITORING__LATENCY_MONITORING_LOOKUP_INTERVAL: '119',
        MONITORING__WIRELESS_JITTER_MONITORING_THRESHOLD: '70',
      }),
    );
    expect(settings.defaultContacts).toEqual({
      '*': [{ email: 'a@b', name: 'A', type: 'site', phone: '1' }],
    });
    expect(settings.wired.lookupMinutes.latency).toBe(1);
    expect(settings.wireless.thresholds.jitterMs).toBe(70);
  });

  it('requires the monitored host and valid contact JSON', () => {
    expect(() => parseEnv(serviceEnvSchema(serviceEnv), {})).toThrow(/MONITORED_VELOCLOUD_HOST/);
    expect(() =>
      parseEnv(serviceEnvSchema(serviceEnv), {
        MONITORED_VELOCLOUD_HOST: 'h',
        MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER: '{"h": {"*": [{"email": 1}]}}',
      }),
    ).toThrow(/MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER/);
  });
});
