import { accessSync, constants } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyBranch,
  deployVariables,
  hasEnvironment,
  resolveEnvironment,
} from '@automation-engine/ci-utils';
import {
  dig,
  exists,
  isDirectory,
  isRecord,
  listServices,
  readYaml,
  record,
  repoPath,
  text,
  type Data,
} from './delivery-repo.js';
import { jobRuns, readPipeline } from './gitlab-pipeline.js';

const pipeline = readPipeline(record(readYaml('.gitlab-ci.yml'), '.gitlab-ci.yml'));
const services = listServices();
const jobNames = [...pipeline.jobs.keys()];

function job(name: string): Data {
  const found = pipeline.jobs.get(name);
  if (found === undefined) throw new Error(`.gitlab-ci.yml has no job "${name}"`);
  return found;
}

/** `$NAME`/`${NAME}` replaced from the job's and the file's variables; others left as they are. */
function expandVariables(line: string, variables: Readonly<Record<string, string>>): string {
  return line.replace(
    /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g,
    (whole, name: string) => variables[name] ?? whole,
  );
}

function jobVariables(name: string): Record<string, string> {
  const own = dig(job(name), 'variables');
  const variables: Record<string, string> = { ...pipeline.variables, CI_PROJECT_DIR: '.' };
  if (isRecord(own)) for (const [key, value] of Object.entries(own)) variables[key] = String(value);
  return variables;
}

const REPO_PATH =
  /(?:^|[\s"'=(])((?:\.\/)?(?:\.ci|ci-utils|scripts|services|simulators|libs|helm|metrics-dashboard|infra-as-code|acceptance-tests)(?:\/[\w.*-]*)+)/g;

/** Repository paths a script line names, variables expanded; globs cut at their first wildcard. */
function pathsIn(line: string, variables: Readonly<Record<string, string>>): string[] {
  const expanded = expandVariables(line, variables);
  const paths = [...expanded.matchAll(REPO_PATH)].map(([, path = '']) => path);
  const cd = /(?:^|&&|;)\s*cd\s+([\w./-]+)/.exec(expanded);
  if (cd?.[1] !== undefined) paths.push(cd[1]);
  return paths
    .filter((path) => !path.includes('$'))
    .map((path) => path.split('*')[0]!.replace(/\/+$/, '') || '.');
}

const BRANCHES = [
  'master',
  'main',
  'dev/feature/new-thing',
  'dev/fix/bug-1',
  'feature/login',
  'fix/typo',
  'hotfix/x',
];

function runsOn(name: string, branch: string, extra: Record<string, string> = {}): boolean {
  return jobRuns(job(name), { CI_COMMIT_BRANCH: branch, CI_PIPELINE_SOURCE: 'push', ...extra });
}

describe('.gitlab-ci.yml - structure', () => {
  it('has the stages of the original, adapted', () => {
    expect(pipeline.stages).toEqual(
      expect.arrayContaining(['lint', 'typecheck', 'test', 'build', 'helm', 'deploy', 'destroy']),
    );
  });

  it.each(jobNames)('%s: is in a known stage and has a script', (name) => {
    const stage = job(name)['stage'] ?? 'test';
    expect([...pipeline.stages, '.pre', '.post']).toContain(stage);
    expect(pipeline.scriptOf(name).length).toBeGreaterThan(0);
  });

  it.each(jobNames)('%s: names only files and folders that exist', (name) => {
    const variables = jobVariables(name);
    const missing = pipeline
      .scriptOf(name)
      .flatMap((line) => pathsIn(line, variables))
      .filter((path) => !exists(path));
    expect(missing).toEqual([]);
  });

  it.each(jobNames)('%s: needs only jobs that exist', (name) => {
    for (const need of [job(name)['needs'] ?? []].flat()) {
      const needed = text(isRecord(need) ? need['job'] : need, `${name}: a needed job`);
      expect(jobNames, `needs ${needed}`).toContain(needed);
    }
  });

  it('runs shell scripts that are executable', () => {
    for (const name of jobNames)
      for (const line of pipeline.scriptOf(name))
        for (const script of line.match(/(?:^|\s)((?:ci-utils|scripts)\/[\w/.-]+\.sh)\b/g) ?? [])
          expect(() => accessSync(repoPath(script.trim()), constants.X_OK), script).not.toThrow();
  });
});

describe('.gitlab-ci.yml - per service', () => {
  it.each(services)('$name: has a test job with its coverage gate, on its changes', ({ name }) => {
    const test = job(`test-${name}`);
    expect(dig(test, 'variables', 'SERVICE')).toBe(name);
    expect(pipeline.scriptOf(`test-${name}`).join('\n')).toContain(
      `scripts/run-tests.ts "services/$SERVICE" --coverage.include="services/$SERVICE/src/**/*.ts"`,
    );
    expect(JSON.stringify(test['rules'])).toContain(`services/${name}/**/*`);
    expect(test['services']).toBeDefined();
  });

  it.each(services)('$name: has a build job, only when it changed and is deployed', ({ name }) => {
    const build = job(`build-${name}`);
    expect(dig(build, 'variables', 'SERVICE')).toBe(name);
    expect(pipeline.scriptOf(`build-${name}`).join('\n')).toContain('services/$SERVICE/Dockerfile');
    expect(JSON.stringify(build['rules'])).toContain(`services/${name}/**/*`);
    const desired = `${name.toUpperCase().replace(/-/g, '_')}_DESIRED_TASKS`;
    expect(runsOn(`build-${name}`, 'dev/feature/new-thing')).toBe(true);
    expect(runsOn(`build-${name}`, 'dev/feature/new-thing', { [desired]: '0' })).toBe(false);
    expect(runsOn(`build-${name}`, 'feature/login')).toBe(false);
  });

  it('has no service job for a service that does not exist', () => {
    const names = new Set(services.map(({ name }) => name));
    const stale = jobNames
      .map((name) => /^(?:test|build)-(.+)$/.exec(name)?.[1])
      .filter(
        (name): name is string => name !== undefined && name !== 'platform' && !names.has(name),
      );
    expect(stale).toEqual([]);
  });
});

describe('.gitlab-ci.yml - branches and environments', () => {
  it.each(BRANCHES)('%s: runs what ci-utils says the branch gets', (branch) => {
    const kind = classifyBranch(branch);
    const ci = kind !== 'none';
    expect(runsOn('lint', branch), 'lint').toBe(ci);
    expect(runsOn('typecheck', branch), 'typecheck').toBe(ci);
    expect(runsOn('helm-check', branch), 'helm-check').toBe(ci);
    expect(runsOn('deploy-variables', branch), 'deploy-variables').toBe(
      kind === 'production' || kind === 'ephemeral',
    );
    expect(runsOn('deploy-ephemeral', branch), 'deploy-ephemeral').toBe(kind === 'ephemeral');
    expect(runsOn('destroy-ephemeral', branch), 'destroy-ephemeral').toBe(kind === 'ephemeral');
    expect(runsOn('deploy-production', branch), 'deploy-production').toBe(kind === 'production');
  });

  it('takes the environment from ci-utils, for every later job', () => {
    expect(pipeline.scriptOf('deploy-variables').join('\n')).toContain(
      'ci-utils/src/cli.ts ephemeral env',
    );
    expect(dig(job('deploy-variables'), 'artifacts', 'reports', 'dotenv')).toBe('deploy.env');
  });

  it('deploys with only variables ci-utils or the file defines (or GitLab, or <SERVICE>_DESIRED_TASKS)', () => {
    const environment = resolveEnvironment('dev/feature/new-thing');
    if (!hasEnvironment(environment)) throw new Error('no environment');
    const known = new Set([
      ...Object.keys(deployVariables(environment, { pipelineId: '1' })),
      ...Object.keys(pipeline.variables),
    ]);
    for (const name of [
      'deploy-ephemeral',
      'deploy-production',
      'deploy-ephemeral-infra',
      ...services.map((s) => `build-${s.name}`),
    ]) {
      const own = Object.keys(jobVariables(name));
      const used = pipeline
        .scriptOf(name)
        .flatMap((line) =>
          [...line.matchAll(/\$\{?([A-Z][A-Z0-9_]*)\}?/g)].map(([, variable = '']) => variable),
        )
        .filter((variable) => !variable.startsWith('CI_') && !variable.endsWith('_DESIRED_TASKS'));
      expect(
        used.filter((variable) => !known.has(variable) && !own.includes(variable)),
        name,
      ).toEqual([]);
    }
  });

  it('deploys the chart with the ids of the environment the chart requires', () => {
    const script = pipeline.scriptOf('deploy-ephemeral').join('\n');
    expect(script).toContain('helm upgrade --install "$HELM_RELEASE" "$HELM_CHART"');
    expect(script).toContain('--values "$HELM_VALUES_FILE"');
    expect(script).toContain('--set-string global.environmentName="$ENVIRONMENT_NAME"');
    expect(script).toContain('--set-string global.infraEnvironment="$CDK_STACK_NAME"');
    expect(script).toContain('services/*/');
  });

  it('stops an ephemeral environment (branch deleted) with the ci-utils teardown plan', () => {
    expect(dig(job('deploy-ephemeral'), 'environment', 'on_stop')).toBe('destroy-ephemeral');
    expect(dig(job('destroy-ephemeral'), 'environment')).toMatchObject({
      name: dig(job('deploy-ephemeral'), 'environment', 'name'),
      action: 'stop',
    });
    expect(pipeline.scriptOf('destroy-ephemeral').join('\n')).toContain('ephemeral teardown-plan');
  });

  it('checks the chart in CI with ci-utils/ci-helm-check.sh', () => {
    expect(pipeline.scriptOf('helm-check')).toContain('ci-utils/ci-helm-check.sh');
    expect(isDirectory('helm/automation-engine')).toBe(true);
  });
});
