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
import { evaluateIf, jobRuns, readPipeline } from './gitlab-pipeline.js';
import { workspaceLibsOf } from './workspace-libs.js';

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

/** The `changes:` paths of every rule of a job. */
function changesOf(name: string): string[] {
  const rules = job(name)['rules'];
  return [rules ?? []]
    .flat()
    .flatMap((rule) => (isRecord(rule) ? [rule['changes'] ?? []].flat() : []))
    .map((path) => text(path, `${name}: a changes path`));
}

/** The first rule whose `if` holds for these variables (GitLab's evaluation order). */
function matchingRule(name: string, variables: Record<string, string>): Data | undefined {
  const rules = [job(name)['rules'] ?? []].flat().filter(isRecord);
  return rules.find((rule) => {
    const condition = rule['if'];
    return condition === undefined || evaluateIf(text(condition, `${name}: a rule if`), variables);
  });
}

const SERVICE_JOBS = ['lint', 'test', 'build'] as const;

describe('.gitlab-ci.yml - structure', () => {
  it('has the stages of the original, adapted: validation first, destroy last', () => {
    expect(pipeline.stages).toEqual(['validation', 'test', 'build', 'infra', 'deploy', 'destroy']);
  });

  it.each([
    ['lint', 'pnpm lint'],
    ['typecheck', 'pnpm typecheck'],
    ['helm-check', 'ci-utils/ci-helm-check.sh'],
    ['infra-synth', 'pnpm --filter @automation-engine/infra-as-code synth'],
    ['promtool-check', 'ci-utils/ci-promtool-check.sh'],
  ])('validation: %s runs %s', (name, command) => {
    expect(job(name)['stage']).toBe('validation');
    expect(pipeline.scriptOf(name)).toContain(command);
  });

  it('runs promtool when the Prometheus config or rules change', () => {
    expect(changesOf('promtool-check')).toContain('metrics-dashboard/**/*');
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

  it.each(services)('$name: has lint, test and build jobs', ({ name }) => {
    for (const kind of SERVICE_JOBS) expect(jobNames).toContain(`${kind}-${name}`);
  });

  it.each(services)('$name: has a lint job running eslint on its folder', ({ name }) => {
    const lint = job(`lint-${name}`);
    expect(lint['stage']).toBe('validation');
    expect(dig(lint, 'variables', 'SERVICE')).toBe(name);
    expect(pipeline.scriptOf(`lint-${name}`)).toContain('pnpm eslint "services/$SERVICE"');
    expect(runsOn(`lint-${name}`, 'feature/login')).toBe(true);
    expect(runsOn(`lint-${name}`, 'hotfix/x')).toBe(false);
  });

  it.each(services)(
    '$name: lint, test and build run on its folder and exactly the libs it depends on',
    ({ name }) => {
      const libs = workspaceLibsOf(name).map((lib) => `libs/${lib}/**/*`);
      expect(libs.length).toBeGreaterThan(0);
      for (const kind of SERVICE_JOBS) {
        const changes = changesOf(`${kind}-${name}`);
        expect(changes, `${kind}-${name}`).toContain(`services/${name}/**/*`);
        expect(changes, `${kind}-${name}`).toContain('pnpm-lock.yaml');
        expect(
          changes.filter((path) => path.startsWith('libs/')).sort(),
          `${kind}-${name}`,
        ).toEqual(libs);
        expect(
          changes.filter((path) => path.startsWith('services/')),
          `${kind}-${name}: no other service`,
        ).toEqual([`services/${name}/**/*`]);
      }
    },
  );

  it('has no service job for a service that does not exist', () => {
    const names = new Set(services.map(({ name }) => name));
    const stale = jobNames
      .map((name) => /^(?:lint|test|build)-(.+)$/.exec(name)?.[1])
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
    expect(runsOn('infra-synth', branch), 'infra-synth').toBe(ci);
    expect(runsOn('promtool-check', branch), 'promtool-check').toBe(ci);
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

  it.each(BRANCHES.filter((branch) => runsOn('destroy-ephemeral', branch)))(
    '%s: destroying the environment is manual',
    (branch) => {
      const rule = matchingRule('destroy-ephemeral', {
        CI_COMMIT_BRANCH: branch,
        CI_PIPELINE_SOURCE: 'push',
      });
      expect(rule?.['when']).toBe('manual');
    },
  );

  it('never destroys production', () => {
    expect(runsOn('destroy-ephemeral', 'master')).toBe(false);
    expect(runsOn('destroy-ephemeral', 'main')).toBe(false);
  });

  it('checks the chart in CI with ci-utils/ci-helm-check.sh', () => {
    expect(pipeline.scriptOf('helm-check')).toContain('ci-utils/ci-helm-check.sh');
    expect(isDirectory('helm/automation-engine')).toBe(true);
  });
});
