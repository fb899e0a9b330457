import { BRANCH_KINDS, classifyBranch } from './classify-branch.js';
import { environmentHosts, type EnvironmentHosts } from './environment-hosts.js';
import { environmentIdOf } from './environment-id.js';
import { slugifyRef } from './slugify-ref.js';

/** The Helm release name, the same in every namespace. */
export const HELM_RELEASE = 'automation-engine';
export const PRODUCTION_ENVIRONMENT_NAME = 'automation-master';
/** What `infra-as-code` accepts as `-c environment=…`. */
export const ENVIRONMENT_NAME_PATTERN = /^automation-(master|[0-9a-f]{8})$/;

export const CURRENT_ENVIRONMENTS = { production: 'production', dev: 'dev' } as const;
export type CurrentEnvironment = (typeof CURRENT_ENVIRONMENTS)[keyof typeof CURRENT_ENVIRONMENTS];

/** A branch that has an environment (production or ephemeral), with every name derived from it. */
export interface EnvironmentIdentity {
  kind: typeof BRANCH_KINDS.production | typeof BRANCH_KINDS.ephemeral;
  branch: string;
  /** `CI_COMMIT_REF_SLUG` of the branch. */
  refSlug: string;
  /** `production`, or the first 8 hex digits of sha256(refSlug). */
  environmentId: string;
  /** `automation-master` or `automation-<id>`: the CDK stack and cloud resource prefix. */
  environmentName: string;
  /** `ENVIRONMENT_NAME` in pods and log lines: `production` or `<id>`. */
  runtimeEnvironmentName: string;
  /** Kubernetes namespace: `automation-engine` or `automation-engine-<id>`. */
  namespace: string;
  helmRelease: typeof HELM_RELEASE;
  currentEnvironment: CurrentEnvironment;
  /** The SSM path segment: `pro` or `dev`. */
  ssmEnvironment: 'pro' | 'dev';
  /** The shared EKS cluster the environment runs on. */
  cluster: 'mettel-automation' | 'mettel-automation-dev';
  isEphemeral: boolean;
  /** Prefix of the image tags built for the environment: `''` (semver `X.Y.Z`) or `<id>-`. */
  imageTagPrefix: string;
  /** The moving tag: `latest` or `<id>-latest`. */
  latestImageTag: string;
  hosts: EnvironmentHosts;
}

/** A branch that gets no environment, and why. */
export interface NoEnvironment {
  kind: typeof BRANCH_KINDS.ciOnly | typeof BRANCH_KINDS.none;
  branch: string;
  refSlug: string;
  isEphemeral: false;
  reason: string;
}

export type BranchEnvironment = EnvironmentIdentity | NoEnvironment;

const NO_ENVIRONMENT_REASONS = {
  [BRANCH_KINDS.ciOnly]:
    'feature/* and fix/* branches get lint and unit tests only; push to dev/feature/* or dev/fix/* for an ephemeral environment',
  [BRANCH_KINDS.none]:
    'only master/main (production) and dev/feature/*, dev/fix/* (ephemeral) branches get an environment',
} as const;

/** The environment a branch deploys to, or why it has none. Pure; the one definition of the naming. */
export function resolveEnvironment(branch: string): BranchEnvironment {
  const refSlug = slugifyRef(branch);
  const kind = classifyBranch(branch);
  switch (kind) {
    case BRANCH_KINDS.ciOnly:
    case BRANCH_KINDS.none:
      return { kind, branch, refSlug, isEphemeral: false, reason: NO_ENVIRONMENT_REASONS[kind] };
    case BRANCH_KINDS.production:
      return {
        kind,
        branch,
        refSlug,
        environmentId: 'production',
        environmentName: PRODUCTION_ENVIRONMENT_NAME,
        runtimeEnvironmentName: 'production',
        namespace: HELM_RELEASE,
        helmRelease: HELM_RELEASE,
        currentEnvironment: CURRENT_ENVIRONMENTS.production,
        ssmEnvironment: 'pro',
        cluster: 'mettel-automation',
        isEphemeral: false,
        imageTagPrefix: '',
        latestImageTag: 'latest',
        hosts: environmentHosts({ isEphemeral: false, environmentId: 'production' }),
      };
    case BRANCH_KINDS.ephemeral: {
      const environmentId = environmentIdOf(refSlug);
      return {
        kind,
        branch,
        refSlug,
        environmentId,
        environmentName: `automation-${environmentId}`,
        runtimeEnvironmentName: environmentId,
        namespace: `${HELM_RELEASE}-${environmentId}`,
        helmRelease: HELM_RELEASE,
        currentEnvironment: CURRENT_ENVIRONMENTS.dev,
        ssmEnvironment: 'dev',
        cluster: 'mettel-automation-dev',
        isEphemeral: true,
        imageTagPrefix: `${environmentId}-`,
        latestImageTag: `${environmentId}-latest`,
        hosts: environmentHosts({ isEphemeral: true, environmentId }),
      };
    }
  }
}

export function hasEnvironment(environment: BranchEnvironment): environment is EnvironmentIdentity {
  return (
    environment.kind === BRANCH_KINDS.production || environment.kind === BRANCH_KINDS.ephemeral
  );
}
