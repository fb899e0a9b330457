import { CLUSTER_TYPES, type ClusterType } from './cluster-type.js';
import { INFRA_ERROR_CODES, InfraError } from './errors.js';

export const ENVIRONMENT_KINDS = { production: 'production', ephemeral: 'ephemeral' } as const;
export type EnvironmentKind = (typeof ENVIRONMENT_KINDS)[keyof typeof ENVIRONMENT_KINDS];

export const PRODUCTION_ENVIRONMENT_NAME = 'automation-master';
const EPHEMERAL_NAME = /^automation-([0-9a-f]{8})$/;

/** One environment the per-environment stack is built for. */
export interface DeploymentEnvironment {
  /** `automation-master` or `automation-<id>`: the stack name and the prefix of every resource name. */
  name: string;
  kind: EnvironmentKind;
  /** `production` or the 8-hex id. */
  id: string;
  /** `ENVIRONMENT_NAME` in pods and log lines: `production` or `<id>`. */
  runtimeName: string;
  clusterType: ClusterType;
  /** The Kubernetes namespace Helm deploys the environment into. */
  namespace: string;
}

/**
 * The environment from its name. The name is computed by ci-utils (`resolveEnvironment`, from the
 * branch: `automation-master`, or `automation-` + the first 8 hex digits of sha256 of the ref
 * slug); this only checks its shape.
 */
export function parseEnvironmentName(name: string): DeploymentEnvironment {
  if (name === PRODUCTION_ENVIRONMENT_NAME) {
    return {
      name,
      kind: ENVIRONMENT_KINDS.production,
      id: 'production',
      runtimeName: 'production',
      clusterType: CLUSTER_TYPES.production,
      namespace: 'automation-engine',
    };
  }
  const id = EPHEMERAL_NAME.exec(name)?.[1];
  if (id === undefined) {
    throw new InfraError(
      INFRA_ERROR_CODES.invalidEnvironment,
      `environment must be "automation-master" or "automation-<8 hex digits>" (received "${name}"); compute it with: pnpm tsx ci-utils/src/cli.ts environment-name <branch>`,
    );
  }
  return {
    name,
    kind: ENVIRONMENT_KINDS.ephemeral,
    id,
    runtimeName: id,
    clusterType: CLUSTER_TYPES.dev,
    namespace: `automation-engine-${id}`,
  };
}

export function isProduction(environment: DeploymentEnvironment): boolean {
  return environment.kind === ENVIRONMENT_KINDS.production;
}
