import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deployPlan, type ServiceDeployDecision } from '../deploy-plan.js';
import {
  hasEnvironment,
  resolveEnvironment,
  type EnvironmentIdentity,
} from '../environment-name.js';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';
import { defaultRepoRoot } from '../repo-root.js';
import { EXIT_CODES, type Command } from './cli-io.js';
import { branchFrom, withUsageErrors } from './parse-command-args.js';

const OPTIONS = {
  branch: { type: 'string' },
  'repo-root': { type: 'string' },
  format: { type: 'string', default: 'text' },
} as const;

/** The folders of services/ that hold a package.json. */
async function discoverServices(repoRoot: string): Promise<string[]> {
  const entries = await readdir(join(repoRoot, 'services'), { withFileTypes: true }).catch(
    () => [],
  );
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const files = await readdir(join(repoRoot, 'services', entry.name)).catch((): string[] => []);
    if (files.includes('package.json')) found.push(entry.name);
  }
  return found.sort();
}

function formatText(environment: EnvironmentIdentity, decisions: readonly ServiceDeployDecision[]) {
  const width = Math.max(0, ...decisions.map(({ service }) => service.length));
  const lines = decisions.map(
    ({ service, replicas, reason }) =>
      `  ${service.padEnd(width)}  ${reason}${replicas === undefined ? '' : ` (${replicas} replicas)`}`,
  );
  const enabled = decisions.filter((decision) => decision.enabled).length;
  return [
    `${environment.branch} → ${environment.environmentName} (${environment.kind}, namespace ${environment.namespace})`,
    ...lines,
    `${enabled} of ${decisions.length} services enabled`,
    '',
  ].join('\n');
}

/**
 * `deploy-plan [<branch>] [--branch <b>] [--repo-root <dir>] [--format text|json]`: the services
 * an environment enables and why, from `<SVC>_DESIRED_TASKS` / `<SVC>_ENABLED` in the environment.
 */
export const deployPlanCommand: Command = async (args, io) => {
  const { values, positionals } = withUsageErrors(() =>
    parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }),
  );
  if (values.format !== 'text' && values.format !== 'json') {
    throw new CiUtilsError(CI_UTILS_ERROR_CODES.usage, '--format is text or json');
  }
  const branch = branchFrom({ flag: values.branch, positional: positionals[0] }, io.env);
  const environment = resolveEnvironment(branch);
  if (!hasEnvironment(environment)) {
    throw new CiUtilsError(CI_UTILS_ERROR_CODES.noEnvironment, `${branch}: ${environment.reason}`);
  }
  const repoRoot =
    values['repo-root'] === undefined ? defaultRepoRoot() : resolve(io.cwd, values['repo-root']);
  const services = await discoverServices(repoRoot);
  if (services.length === 0) {
    throw new CiUtilsError(CI_UTILS_ERROR_CODES.invalidInput, `no services under ${repoRoot}`);
  }
  const decisions = deployPlan({ services, env: io.env });
  io.stdout(
    values.format === 'json'
      ? `${JSON.stringify(
          {
            branch,
            kind: environment.kind,
            environmentName: environment.environmentName,
            namespace: environment.namespace,
            services: decisions,
          },
          null,
          2,
        )}\n`
      : formatText(environment, decisions),
  );
  return EXIT_CODES.ok;
};
