import { describe, expect, it } from 'vitest';
import {
  CiUtilsError,
  deployPlan,
  serviceVariablePrefix,
  type ServiceDeployDecision,
} from '@automation-engine/ci-utils';

const services = ['bruin-bridge', 't7-bridge', 'customer-cache'];

describe('serviceVariablePrefix', () => {
  it.each([
    ['bruin-bridge', 'BRUIN_BRIDGE'],
    ['t7-bridge', 'T7_BRIDGE'],
    ['customer-cache', 'CUSTOMER_CACHE'],
  ])('%s → %s', (service, prefix) => {
    expect(serviceVariablePrefix(service)).toBe(prefix);
  });
});

describe('deployPlan - one service, by its variables', () => {
  it.each<[string, Record<string, string>, Omit<ServiceDeployDecision, 'service'>]>([
    ['nothing set', {}, { enabled: true, reason: 'enabled: default' }],
    [
      'DESIRED_TASKS=2',
      { BRUIN_BRIDGE_DESIRED_TASKS: '2' },
      { enabled: true, replicas: 2, reason: 'enabled: BRUIN_BRIDGE_DESIRED_TASKS=2' },
    ],
    [
      'DESIRED_TASKS=0',
      { BRUIN_BRIDGE_DESIRED_TASKS: '0' },
      { enabled: false, reason: 'disabled: BRUIN_BRIDGE_DESIRED_TASKS=0' },
    ],
    [
      'DESIRED_TASKS with spaces',
      { BRUIN_BRIDGE_DESIRED_TASKS: ' 3 ' },
      { enabled: true, replicas: 3, reason: 'enabled: BRUIN_BRIDGE_DESIRED_TASKS=3' },
    ],
    [
      'an empty DESIRED_TASKS counts as unset',
      { BRUIN_BRIDGE_DESIRED_TASKS: '' },
      { enabled: true, reason: 'enabled: default' },
    ],
    [
      'ENABLED=false',
      { BRUIN_BRIDGE_ENABLED: 'false' },
      { enabled: false, reason: 'disabled: BRUIN_BRIDGE_ENABLED=false' },
    ],
    [
      'ENABLED=true',
      { BRUIN_BRIDGE_ENABLED: 'true' },
      { enabled: true, reason: 'enabled: BRUIN_BRIDGE_ENABLED=true' },
    ],
    [
      'DESIRED_TASKS wins over ENABLED',
      { BRUIN_BRIDGE_DESIRED_TASKS: '0', BRUIN_BRIDGE_ENABLED: 'true' },
      { enabled: false, reason: 'disabled: BRUIN_BRIDGE_DESIRED_TASKS=0' },
    ],
    [
      "another service's variable",
      { T7_BRIDGE_DESIRED_TASKS: '0' },
      { enabled: true, reason: 'enabled: default' },
    ],
  ])('%s', (_case, env, expected) => {
    const [decision] = deployPlan({ services: ['bruin-bridge'], env });
    expect(decision).toEqual({ service: 'bruin-bridge', ...expected });
  });

  it.each([
    { BRUIN_BRIDGE_DESIRED_TASKS: 'two' },
    { BRUIN_BRIDGE_DESIRED_TASKS: '-1' },
    { BRUIN_BRIDGE_ENABLED: 'maybe' },
  ])('refuses a malformed variable: %o', (env) => {
    expect(() => deployPlan({ services: ['bruin-bridge'], env })).toThrow(CiUtilsError);
  });
});

describe('deployPlan - a subset', () => {
  it('lists every service once, in name order, each with its reason', () => {
    const plan = deployPlan({
      services: [...services, 'bruin-bridge'],
      env: { BRUIN_BRIDGE_DESIRED_TASKS: '4', T7_BRIDGE_DESIRED_TASKS: '0' },
    });
    expect(plan.map(({ service, enabled, reason }) => [service, enabled, reason])).toEqual([
      ['bruin-bridge', true, 'enabled: BRUIN_BRIDGE_DESIRED_TASKS=4'],
      ['customer-cache', true, 'enabled: default'],
      ['t7-bridge', false, 'disabled: T7_BRIDGE_DESIRED_TASKS=0'],
    ]);
  });

  it('plans nothing for no services', () => {
    expect(deployPlan({ services: [], env: {} })).toEqual([]);
  });
});
