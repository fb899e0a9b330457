import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_USAGE, COMMANDS, runCli, USAGE, type CliIo } from '@automation-engine/ci-utils';

const scratch = mkdtempSync(join(tmpdir(), 'ci-utils-commands-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A repository with three services (one folder without a package.json is not a service). */
const repo = join(scratch, 'repo');
for (const name of ['bruin-bridge', 't7-bridge', 'customer-cache'])
  mkdirSync(join(repo, 'services', name), { recursive: true });
for (const name of ['bruin-bridge', 't7-bridge', 'customer-cache'])
  writeFileSync(join(repo, 'services', name, 'package.json'), '{}');
mkdirSync(join(repo, 'services', 'not-a-service'), { recursive: true });

const noNetwork: typeof fetch = () => Promise.reject(new Error('no network call expected'));

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd: scratch,
    fetch: noNetwork,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const ISSUE_COMMANDS = ['env-name', 'commit-lint', 'papertrail-provisioning', 'deploy-plan'];

describe('cli - the commands of the issue and their aliases', () => {
  it.each(ISSUE_COMMANDS)('%s: is a command, listed in the usage', (name) => {
    expect(COMMANDS[name]).toBeDefined();
    expect(USAGE).toContain(name);
  });

  it.each([
    ['environment-name', 'env-name'],
    ['papertrail', 'papertrail-provisioning'],
  ])('%s is an alias of %s', (alias, name) => {
    expect(COMMANDS[alias]).toBe(COMMANDS[name]);
  });

  it.each(['env-name', 'environment-name'])('%s: prints the environment', async (name) => {
    const { code, stdout } = await run([name, 'dev/feature/new-thing']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ environmentName: 'automation-68ef1d74' });
  });

  it.each(['papertrail', 'papertrail-provisioning'])(
    '%s apply --dry-run: prints the plan, calls nothing',
    async (name) => {
      const { code, stdout } = await run([
        name,
        'apply',
        '--dry-run',
        '--branch',
        'master',
        '--services',
        'bruin-bridge',
        '--build',
        'bruin-bridge=1.5.0',
      ]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/\[production\] - master logs/);
      expect(stdout).toMatch(/dry run: no Papertrail API call was made/);
    },
  );
});

describe('cli - --help', () => {
  it.each(['--help', '-h', 'help'])('ae-ci %s: the usage, exit 0', async (flag) => {
    const { code, stdout } = await run([flag]);
    expect(code).toBe(0);
    expect(stdout).toBe(USAGE);
  });

  it.each(Object.keys(COMMANDS))('ae-ci %s --help: its usage, exit 0', async (name) => {
    const { code, stdout, stderr } = await run([name, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(COMMAND_USAGE[name]);
    expect(stdout).toMatch(/^usage: ae-ci /);
  });

  it('prints a command usage with -h too, even among other arguments', async () => {
    const { code, stdout } = await run(['deploy-plan', '--branch', 'master', '-h']);
    expect(code).toBe(0);
    expect(stdout).toBe(COMMAND_USAGE['deploy-plan']);
  });
});

describe('cli - deploy-plan', () => {
  it('prints which services an ephemeral environment enables and why', async () => {
    const { code, stdout } = await run(
      ['deploy-plan', 'dev/feature/new-thing', '--repo-root', repo],
      { BRUIN_BRIDGE_DESIRED_TASKS: '2', T7_BRIDGE_DESIRED_TASKS: '0' },
    );
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'dev/feature/new-thing → automation-68ef1d74 (ephemeral, namespace automation-engine-68ef1d74)',
      '  bruin-bridge    enabled: BRUIN_BRIDGE_DESIRED_TASKS=2 (2 replicas)',
      '  customer-cache  enabled: default',
      '  t7-bridge       disabled: T7_BRIDGE_DESIRED_TASKS=0',
      '2 of 3 services enabled',
      '',
    ]);
  });

  it('prints JSON with --format json, the branch from CI_COMMIT_REF_NAME', async () => {
    const { code, stdout } = await run(['deploy-plan', '--repo-root', repo, '--format', 'json'], {
      CI_COMMIT_REF_NAME: 'dev/fix/bug-1',
      CUSTOMER_CACHE_ENABLED: 'false',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      branch: 'dev/fix/bug-1',
      kind: 'ephemeral',
      environmentName: 'automation-7d0886ce',
      namespace: 'automation-engine-7d0886ce',
      services: [
        { service: 'bruin-bridge', enabled: true, reason: 'enabled: default' },
        {
          service: 'customer-cache',
          enabled: false,
          reason: 'disabled: CUSTOMER_CACHE_ENABLED=false',
        },
        { service: 't7-bridge', enabled: true, reason: 'enabled: default' },
      ],
    });
  });

  it('discovers the services of this repository by default', async () => {
    const { code, stdout } = await run(['deploy-plan', 'master', '--format', 'json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { services: { service: string }[] };
    expect(plan.services.map(({ service }) => service)).toContain('bruin-bridge');
  });

  interface FailureCase {
    what: string;
    args: string[];
    env?: Record<string, string>;
    exitCode: number;
    reason: RegExp;
  }
  it.each<FailureCase>([
    {
      what: 'a branch without an environment',
      args: ['feature/x'],
      exitCode: 1,
      reason: /lint and unit tests only/,
    },
    { what: 'no branch', args: [], exitCode: 2, reason: /no branch/ },
    {
      what: 'an unknown format',
      args: ['master', '--format', 'yaml'],
      exitCode: 2,
      reason: /text or json/,
    },
    { what: 'an unknown flag', args: ['master', '--nope'], exitCode: 2, reason: /nope/ },
    {
      what: 'a malformed replica count',
      args: ['master'],
      env: { T7_BRIDGE_DESIRED_TASKS: 'many' },
      exitCode: 1,
      reason: /T7_BRIDGE_DESIRED_TASKS="many"/,
    },
    {
      what: 'no services',
      args: ['master', '--repo-root', join(scratch, 'nowhere')],
      exitCode: 1,
      reason: /no services/,
    },
  ])('$what: exit $exitCode with the reason', async ({ args, env, exitCode, reason }) => {
    const repoRoot = args.includes('--repo-root') ? [] : ['--repo-root', repo];
    const { code, stderr } = await run(['deploy-plan', ...args, ...repoRoot], env);
    expect(code).toBe(exitCode);
    expect(stderr).toMatch(reason);
  });
});
