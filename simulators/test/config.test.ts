import { ConfigError } from '@automation-engine/config';
import { describe, expect, it } from 'vitest';
import { loadLabConfig } from '../src/config.js';
import { labOptionsFromConfig } from '../src/lab-options-from-config.js';

describe('loadLabConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = loadLabConfig({});
    expect(config).toMatchObject({
      LAB_SEED: 1,
      LAB_HOSTS: 2,
      LAB_BIND_HOST: '127.0.0.1',
      LAB_CONTROL_PORT: 8600,
      LAB_BRUIN_PORT: 8601,
      LAB_VCO_BASE_PORT: 8610,
      LAB_CLOCK_SPEED: 1,
      LAB_HAWKEYE_PORT: 8602,
      LAB_T7_PORT: 8603,
      LAB_DIGI_PORT: 8604,
      LAB_DRI_PORT: 8605,
      LAB_SLACK_PORT: 8606,
      LAB_SMTP_PORT: 8607,
      LAB_PROBE_RATIO: 0.125,
      LAB_DIGI_RECOVERY_SECONDS: 300,
      LAB_DRI_PENDING_POLLS: 2,
    });
    expect(config.LAB_SMTP_USERNAME).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads numbers from strings and accepts port 0', () => {
    const config = loadLabConfig({
      LAB_SEED: '9',
      LAB_EDGES: '10000',
      LAB_HOSTS: '4',
      LAB_CLOCK_SPEED: '60',
      LAB_CONTROL_PORT: '0',
      LAB_START_TIME: '2023-04-11T13:15:00Z',
    });
    expect(config).toMatchObject({
      LAB_SEED: 9,
      LAB_EDGES: 10_000,
      LAB_HOSTS: 4,
      LAB_CLOCK_SPEED: 60,
      LAB_CONTROL_PORT: 0,
    });
  });

  it('fails fast naming every bad variable', () => {
    let failure: unknown;
    try {
      loadLabConfig({
        LAB_HOSTS: '7',
        LAB_BRUIN_PORT: 'http',
        LAB_CLOCK_SPEED: '-1',
        LAB_START_TIME: 'soon',
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
      'LAB_BRUIN_PORT',
      'LAB_CLOCK_SPEED',
      'LAB_HOSTS',
      'LAB_START_TIME',
    ]);
  });

  it('wants the SMTP credentials together', () => {
    let failure: unknown;
    try {
      loadLabConfig({ LAB_SMTP_USERNAME: 'relay', LAB_PROBE_RATIO: '2' });
    } catch (error) {
      failure = error;
    }
    expect((failure as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
      'LAB_PROBE_RATIO',
      'LAB_SMTP_PASSWORD',
    ]);
    const both = loadLabConfig({ LAB_SMTP_USERNAME: 'relay', LAB_SMTP_PASSWORD: 'secret' });
    expect(labOptionsFromConfig(both).settings?.email).toEqual({
      username: 'relay',
      password: 'secret',
    });
  });

  it('maps the environment onto startLab options: ports, credentials, fleet and clock', () => {
    const options = labOptionsFromConfig(
      loadLabConfig({
        LAB_T7_PORT: '0',
        LAB_DIGI_RECOVERY_SECONDS: '30',
        LAB_START_TIME: '2023-04-11T13:15:00Z',
      }),
    );
    expect(options.ports).toMatchObject({ control: 8600, hawkeye: 8602, t7: 0, email: 8607 });
    expect(options.settings?.digi).toMatchObject({ clientId: 'lab-digi', recoverySeconds: 30 });
    expect(options.settings?.email).toEqual({ username: null, password: null });
    expect(options.fleet).toEqual({ probeRatio: 0.125 });
    expect(options.clock).toEqual({ speed: 1, startAt: Date.UTC(2023, 3, 11, 13, 15) });
    expect(options.logger).toBeUndefined();
  });
});
