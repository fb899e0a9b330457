import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ENVIRONMENT_NAME_PATTERN,
  classifyBranch,
  environmentIdOf,
  hasEnvironment,
  resolveEnvironment,
  type EnvironmentIdentity,
} from '@automation-engine/ci-utils';

function identity(branch: string): EnvironmentIdentity {
  const environment = resolveEnvironment(branch);
  if (!hasEnvironment(environment)) throw new Error(`${branch} has no environment`);
  return environment;
}

describe('classifyBranch', () => {
  it.each([
    ['master', 'production'],
    ['main', 'production'],
    ['dev/feature/x', 'ephemeral'],
    ['dev/fix/y', 'ephemeral'],
    ['feature/x', 'ci-only'],
    ['fix/y', 'ci-only'],
    ['dev/chore/x', 'none'],
    ['hotfix/x', 'none'],
    ['dev/feature/', 'none'],
  ])('%s → %s', (branch, kind) => {
    expect(classifyBranch(branch)).toBe(kind);
  });
});

describe('resolveEnvironment', () => {
  it('names production automation-master in namespace automation-engine', () => {
    expect(identity('master')).toMatchObject({
      environmentId: 'production',
      environmentName: 'automation-master',
      runtimeEnvironmentName: 'production',
      namespace: 'automation-engine',
      currentEnvironment: 'production',
      ssmEnvironment: 'pro',
      cluster: 'mettel-automation',
      isEphemeral: false,
      imageTagPrefix: '',
      latestImageTag: 'latest',
    });
  });

  it('hashes the ref slug, not the branch, for an ephemeral id', () => {
    const environment = identity('dev/feature/New-Thing');
    const expected = createHash('sha256').update('dev-feature-new-thing').digest('hex').slice(0, 8);
    expect(environment.environmentId).toBe(expected);
    expect(environment.environmentId).toBe('68ef1d74'); // echo -n dev-feature-new-thing | sha256sum
    expect(environment).toMatchObject({
      environmentName: `automation-${expected}`,
      runtimeEnvironmentName: expected,
      namespace: `automation-engine-${expected}`,
      currentEnvironment: 'dev',
      cluster: 'mettel-automation-dev',
      isEphemeral: true,
      imageTagPrefix: `${expected}-`,
      latestImageTag: `${expected}-latest`,
    });
  });

  it('gives every environment a name infra-as-code accepts (automation-master | automation-<8 hex>)', () => {
    for (const branch of [
      'master',
      'main',
      'dev/feature/a',
      'dev/fix/JIRA-1',
      `dev/feature/${'z'.repeat(80)}`,
    ]) {
      expect(identity(branch).environmentName).toMatch(ENVIRONMENT_NAME_PATTERN);
    }
    expect(identity('dev/fix/b').environmentName).toMatch(/^automation-[0-9a-f]{8}$/);
  });

  it('gives two branches that slug alike the same environment', () => {
    expect(identity('dev/feature/A_B').environmentId).toBe(
      identity('dev/feature/a-b').environmentId,
    );
  });

  it('uses the shared dev hosts and the id for ephemeral host names', () => {
    const { environmentId, hosts } = identity('dev/fix/x');
    expect(hosts).toEqual({
      grafana: 'grafana-dev.mettel-automation.net',
      prometheus: 'prometheus-dev.mettel-automation.net',
      app: `${environmentId}-dev.mettel-automation.net`,
      oreilly: `oreilly-${environmentId}.mettel-automation.net`,
    });
    expect(identity('master').hosts.grafana).toBe('grafana.mettel-automation.net');
  });

  it('says that feature/* and fix/* branches get CI only, and why', () => {
    const environment = resolveEnvironment('feature/login');
    expect(environment).toMatchObject({
      kind: 'ci-only',
      refSlug: 'feature-login',
      isEphemeral: false,
    });
    expect(hasEnvironment(environment)).toBe(false);
    if (!hasEnvironment(environment))
      expect(environment.reason).toMatch(/lint and unit tests only/);
  });

  it('says that other branches get no environment', () => {
    expect(resolveEnvironment('experiment/x')).toMatchObject({ kind: 'none' });
  });
});

describe('environmentIdOf', () => {
  it('is 8 lower-case hex digits', () => {
    expect(environmentIdOf('anything')).toMatch(/^[0-9a-f]{8}$/);
  });
});
