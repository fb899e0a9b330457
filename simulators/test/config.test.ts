import { ConfigError } from '@automation-engine/config';
import { describe, expect, it } from 'vitest';
import { loadLabConfig } from '../src/config.js';

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
    });
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
});
