import { describe, expect, it } from 'vitest';
import {
  CiUtilsError,
  deployVariables,
  formatDotenv,
  hasEnvironment,
  resolveEnvironment,
  teardownPlan,
  type EnvironmentIdentity,
} from '@automation-engine/ci-utils';

function identity(branch: string): EnvironmentIdentity {
  const environment = resolveEnvironment(branch);
  if (!hasEnvironment(environment)) throw new Error(`${branch} has no environment`);
  return environment;
}

describe('deployVariables', () => {
  it('gives an ephemeral deploy its namespace, values file, stack and image tag', () => {
    const environment = identity('dev/feature/x');
    const id = environment.environmentId;
    expect(deployVariables(environment, { pipelineId: '987' })).toMatchObject({
      ENVIRONMENT_NAME: id,
      CURRENT_ENVIRONMENT: 'dev',
      NAMESPACE: `automation-engine-${id}`,
      HELM_RELEASE: 'automation-engine',
      HELM_VALUES_FILE: 'helm/automation-engine/values-dev.yaml',
      CDK_STACK_NAME: `automation-${id}`,
      EKS_CLUSTER_NAME: 'mettel-automation-dev',
      IMAGE_TAG: `${id}-987`,
      IMAGE_LATEST_TAG: `${id}-latest`,
      PAPERTRAIL_ACTIVE: 'false',
    });
  });

  it('gives production its own values file, Papertrail on, and no pipeline image tag', () => {
    const variables = deployVariables(identity('master'), { pipelineId: '987' });
    expect(variables).toMatchObject({
      ENVIRONMENT_NAME: 'production',
      CURRENT_ENVIRONMENT: 'production',
      NAMESPACE: 'automation-engine',
      HELM_VALUES_FILE: 'helm/automation-engine/values-production.yaml',
      CDK_STACK_NAME: 'automation-master',
      PAPERTRAIL_ACTIVE: 'true',
    });
    expect(variables).not.toHaveProperty('IMAGE_TAG');
  });

  it('refuses a pipeline id that is not digits', () => {
    expect(() => deployVariables(identity('dev/fix/y'), { pipelineId: '1; rm -rf' })).toThrow(
      CiUtilsError,
    );
  });
});

describe('formatDotenv', () => {
  it('writes one KEY=value line per variable, in order', () => {
    expect(formatDotenv({ A: '1', B_C: 'x-y' })).toBe('A=1\nB_C=x-y\n');
  });

  it('refuses a value that would break the line', () => {
    expect(() => formatDotenv({ A: 'x\nB=evil' })).toThrow(/cannot write A/);
  });
});

describe('teardownPlan', () => {
  it('removes the Helm release, the namespace, then the CDK stack of the environment', () => {
    const environment = identity('dev/fix/z');
    const plan = teardownPlan(environment);
    if (plan.kind !== 'teardown') throw new Error('expected a teardown plan');
    const commands = plan.steps.map((step) => step.command ?? '');
    const helm = commands.findIndex((c) =>
      c.startsWith(`helm uninstall automation-engine --namespace ${environment.namespace}`),
    );
    const namespace = commands.findIndex((c) =>
      c.startsWith(`kubectl delete namespace ${environment.namespace}`),
    );
    const stack = commands.findIndex((c) =>
      c.includes(`cdk destroy ${environment.environmentName}`),
    );
    expect(helm).toBeGreaterThanOrEqual(0);
    expect(namespace).toBeGreaterThan(helm);
    expect(stack).toBeGreaterThan(namespace);
  });

  it('refuses to plan tearing down production', () => {
    expect(teardownPlan(identity('master'))).toMatchObject({
      kind: 'refused',
      environmentName: 'automation-master',
    });
  });
});
