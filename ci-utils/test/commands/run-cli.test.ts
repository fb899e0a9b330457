import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '@automation-engine/ci-utils';
import { startFakePapertrailApi } from '../papertrail/fake-papertrail-api.js';

const scratch = mkdtempSync(join(tmpdir(), 'ci-utils-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const noNetwork: typeof fetch = () => Promise.reject(new Error('no network call expected'));

async function run(
  argv: string[],
  env: Record<string, string> = {},
  fetchImpl: typeof fetch = noNetwork,
) {
  let stdout = '';
  let stderr = '';
  let fetches = 0;
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd: scratch,
    fetch: (...args) => {
      fetches += 1;
      return fetchImpl(...args);
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, fetches };
}

describe('cli - usage', () => {
  it('prints usage with --help and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/commit-lint/);
  });

  it('exits 2 on an unknown command or flag', async () => {
    expect((await run(['deploy'])).code).toBe(2);
    expect((await run(['environment-name', '--nope'])).code).toBe(2);
  });
});

describe('cli - environment-name', () => {
  it('prints the environment of a branch as JSON', async () => {
    const { code, stdout } = await run(['environment-name', 'dev/feature/new-thing']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      environmentName: 'automation-68ef1d74',
      namespace: 'automation-engine-68ef1d74',
    });
  });

  it('reads the branch from CI_COMMIT_REF_NAME', async () => {
    const { stdout } = await run(['environment-name'], { CI_COMMIT_REF_NAME: 'master' });
    expect(JSON.parse(stdout)).toMatchObject({
      environmentName: 'automation-master',
      isEphemeral: false,
    });
  });

  it('exits 2 without any branch', async () => {
    expect((await run(['environment-name'])).code).toBe(2);
  });
});

describe('cli - ephemeral', () => {
  it('prints KEY=value lines for the deploy job', async () => {
    const { code, stdout } = await run([
      'ephemeral',
      'env',
      '--branch',
      'dev/feature/new-thing',
      '--pipeline-id',
      '42',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ENVIRONMENT_NAME=68ef1d74$/m);
    expect(stdout).toMatch(/^NAMESPACE=automation-engine-68ef1d74$/m);
    expect(stdout).toMatch(/^IMAGE_TAG=68ef1d74-42$/m);
    expect(
      stdout
        .trim()
        .split('\n')
        .every((line) => /^[A-Z_]+=\S+$/.test(line)),
    ).toBe(true);
  });

  it('fails with the reason for a branch without an environment', async () => {
    const { code, stderr } = await run(['ephemeral', 'env', '--branch', 'feature/x']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/lint and unit tests only/);
  });

  it('prints the teardown plan, and refuses production', async () => {
    const plan = await run([
      'ephemeral',
      'teardown-plan',
      '--branch',
      'dev/fix/y',
      '--format',
      'json',
    ]);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ kind: 'teardown' });
    const production = await run(['ephemeral', 'teardown-plan', '--branch', 'master']);
    expect(production.code).toBe(1);
    expect(production.stderr).toMatch(/refused/);
  });

  it('exits 2 on an unknown action', async () => {
    expect((await run(['ephemeral', 'destroy', '--branch', 'dev/fix/y'])).code).toBe(2);
  });
});

describe('cli - commit-lint', () => {
  it('accepts a conventional message with a known scope', async () => {
    const { code, stdout } = await run([
      'commit-lint',
      '--message',
      'feat(ci-utils): lint commits',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/follow the convention/);
  });

  it('reports a bad message with its reason and exits 1', async () => {
    const { code, stdout } = await run(['commit-lint', '--message', 'feat(nowhere): x.']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/unknown-scope/);
    expect(stdout).toMatch(/subject-ends-with-period/);
  });

  it('reads a commit-msg file and ignores its comment lines', async () => {
    const file = join(scratch, 'COMMIT_EDITMSG');
    writeFileSync(file, 'fix(helm): probe port\n# Please enter the commit message\n');
    expect((await run(['commit-lint', '--file', file])).code).toBe(0);
  });

  it('lints an empty range of the repository as clean', async () => {
    expect((await run(['commit-lint', '--from', 'HEAD', '--to', 'HEAD'])).code).toBe(0);
  });

  it('exits 2 unless exactly one mode is given', async () => {
    expect((await run(['commit-lint'])).code).toBe(2);
    expect((await run(['commit-lint', '--message', 'x', '--from', 'HEAD'])).code).toBe(2);
  });
});

describe('cli - papertrail', () => {
  const images = join(scratch, 'images.json');
  writeFileSync(images, JSON.stringify([{ repository: 'bruin-bridge', image_tag: '1.5.0' }]));

  it('plans without calling anything', async () => {
    const { code, stdout, fetches } = await run([
      'papertrail',
      'plan',
      '--branch',
      'master',
      '--images',
      images,
      '--services',
      'bruin-bridge',
    ]);
    expect(code).toBe(0);
    expect(fetches).toBe(0);
    expect(stdout).toMatch(/\[bruin-bridge\] - logs: bruin-bridge AND production AND 1\.5\.0/);
  });

  it('apply --dry-run prints the plan and calls nothing, even without a token', async () => {
    const { code, stdout, fetches } = await run([
      'papertrail',
      'apply',
      '--dry-run',
      '--branch',
      'master',
      '--build',
      'bruin-bridge=1.5.0',
    ]);
    expect(code).toBe(0);
    expect(fetches).toBe(0);
    expect(stdout).toMatch(/dry run: no Papertrail API call was made/);
  });

  it('does nothing for an ephemeral branch (production only)', async () => {
    const { code, stdout } = await run(['papertrail', 'apply', '--branch', 'dev/fix/y']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/production only/);
  });

  it('exits 2 when apply has no token', async () => {
    expect((await run(['papertrail', 'apply', '--branch', 'master'])).code).toBe(2);
  });

  it('diffs, then applies against the API it is pointed at', async () => {
    const api = await startFakePapertrailApi();
    try {
      const argv = [
        '--branch',
        'master',
        '--build',
        'bruin-bridge=1.5.0',
        '--services',
        'bruin-bridge',
        '--api-url',
        api.url,
      ];
      const env = { PAPERTRAIL_API_TOKEN: api.token };
      const diff = await run(['papertrail', 'diff', ...argv], env, fetch);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toMatch(/\+ group \[production\] - master logs/);
      expect(api.groups).toHaveLength(0);

      const apply = await run(['papertrail', 'apply', ...argv], env, fetch);
      expect(apply.code).toBe(0);
      expect(apply.stdout).toMatch(/applied \d+ change\(s\)/);
      expect(api.searches.map((s) => s.name)).toContain('[bruin-bridge] - ERROR messages');
    } finally {
      await api.close();
    }
  });
});
