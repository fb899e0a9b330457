import { CiUtilsError, CI_UTILS_ERROR_CODES } from './errors.js';

/** One service of an environment's deploy: on or off, its replicas when set, and the reason. */
export interface ServiceDeployDecision {
  service: string;
  enabled: boolean;
  /** From `<SVC>_DESIRED_TASKS` when it is set and above 0; otherwise the chart's default. */
  replicas?: number;
  /** `enabled: <SVC>_DESIRED_TASKS=2`, `disabled: <SVC>_DESIRED_TASKS=0`, `enabled: default`, … */
  reason: string;
}

export interface DeployPlanInput {
  services: readonly string[];
  /** The CI/CD variables: `<SVC>_DESIRED_TASKS` and `<SVC>_ENABLED` are read. */
  env: Readonly<Record<string, string | undefined>>;
}

/** `bruin-bridge` → `BRUIN_BRIDGE`: the prefix of a service's CI/CD variables. */
export function serviceVariablePrefix(service: string): string {
  return service.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

const TRUE_VALUES = new Set(['true', '1', 'yes']);
const FALSE_VALUES = new Set(['false', '0', 'no']);

function fromDesiredTasks(service: string, name: string, value: string): ServiceDeployDecision {
  if (!/^\d+$/.test(value.trim())) {
    throw new CiUtilsError(
      CI_UTILS_ERROR_CODES.invalidInput,
      `${name}="${value}": a replica count (0 disables the service) is expected`,
    );
  }
  const replicas = Number(value.trim());
  if (replicas === 0) return { service, enabled: false, reason: `disabled: ${name}=0` };
  return { service, enabled: true, replicas, reason: `enabled: ${name}=${replicas}` };
}

function fromEnabled(service: string, name: string, value: string): ServiceDeployDecision {
  const normalized = value.trim().toLowerCase();
  if (TRUE_VALUES.has(normalized))
    return { service, enabled: true, reason: `enabled: ${name}=${value}` };
  if (FALSE_VALUES.has(normalized))
    return { service, enabled: false, reason: `disabled: ${name}=${value}` };
  throw new CiUtilsError(
    CI_UTILS_ERROR_CODES.invalidInput,
    `${name}="${value}": true or false is expected`,
  );
}

function decide(service: string, env: DeployPlanInput['env']): ServiceDeployDecision {
  const prefix = serviceVariablePrefix(service);
  const desired = env[`${prefix}_DESIRED_TASKS`];
  if (desired !== undefined && desired !== '') {
    return fromDesiredTasks(service, `${prefix}_DESIRED_TASKS`, desired);
  }
  const enabled = env[`${prefix}_ENABLED`];
  if (enabled !== undefined && enabled !== '') {
    return fromEnabled(service, `${prefix}_ENABLED`, enabled);
  }
  return { service, enabled: true, reason: 'enabled: default' };
}

/**
 * Which services an environment deploys (spec/operations.md §2.7, the original's subset
 * mechanism): `<SVC>_DESIRED_TASKS` is both switch and replica count (0 disables), else
 * `<SVC>_ENABLED` (true/false), else the service is deployed. Pure; services in name order.
 */
export function deployPlan(input: DeployPlanInput): ServiceDeployDecision[] {
  return [...new Set(input.services)].sort().map((service) => decide(service, input.env));
}
