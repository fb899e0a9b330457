import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasEnvironment, resolveEnvironment } from '../environment-name.js';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';
import { applyPapertrailPlan, readPapertrailState } from '../papertrail/apply-papertrail-plan.js';
import { diffPapertrail } from '../papertrail/diff-papertrail.js';
import { formatPapertrailChange, formatPapertrailPlan } from '../papertrail/format-papertrail.js';
import { parseBuildFlags, parseBuilds } from '../papertrail/parse-builds.js';
import {
  createPapertrailClient,
  PAPERTRAIL_API_URL,
  type PapertrailClient,
} from '../papertrail/papertrail-client.js';
import { planPapertrail } from '../papertrail/plan-papertrail.js';
import type { PapertrailPlan } from '../papertrail/papertrail-types.js';
import { defaultRepoRoot } from '../repo-root.js';
import { EXIT_CODES, type CliIo, type Command } from './cli-io.js';
import { branchFrom, withUsageErrors } from './parse-command-args.js';

const OPTIONS = {
  branch: { type: 'string' },
  images: { type: 'string' },
  build: { type: 'string', multiple: true },
  services: { type: 'string' },
  'repo-root': { type: 'string' },
  'api-url': { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'any-environment': { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
} as const;

function parsePapertrailArgs(args: readonly string[]) {
  return withUsageErrors(() =>
    parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }),
  );
}

type Values = ReturnType<typeof parsePapertrailArgs>['values'];

async function serviceFolders(repoRoot: string): Promise<string[]> {
  try {
    const entries = await readdir(join(repoRoot, 'services'), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

async function buildsOf(values: Values, io: CliIo): Promise<Record<string, string>> {
  const fromFile =
    values.images === undefined
      ? {}
      : parseBuilds(JSON.parse(await readFile(resolve(io.cwd, values.images), 'utf8')) as unknown);
  return { ...fromFile, ...parseBuildFlags(values.build ?? []) };
}

function clientOf(values: Values, io: CliIo): PapertrailClient {
  const token = io.env['PAPERTRAIL_API_TOKEN'];
  if (token === undefined || token === '') {
    throw new CiUtilsError(CI_UTILS_ERROR_CODES.usage, 'PAPERTRAIL_API_TOKEN is not set');
  }
  return createPapertrailClient({
    token,
    baseUrl: values['api-url'] ?? PAPERTRAIL_API_URL,
    fetch: io.fetch,
  });
}

function printPlan(plan: PapertrailPlan, values: Values, io: CliIo): void {
  io.stdout(
    values.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : formatPapertrailPlan(plan),
  );
}

/**
 * `papertrail plan|diff|apply [--dry-run]`: the environment's Papertrail groups and searches
 * (spec/operations.md §5.1). `plan` and `apply --dry-run` call nothing; `diff` only reads the
 * account; `apply` reconciles it. Production only unless `--any-environment`.
 */
export const papertrailCommand: Command = async (args, io) => {
  const { values, positionals } = parsePapertrailArgs(args);
  const action = positionals[0];
  if (action !== 'plan' && action !== 'diff' && action !== 'apply') {
    throw new CiUtilsError(
      CI_UTILS_ERROR_CODES.usage,
      'papertrail expects "plan", "diff" or "apply"',
    );
  }
  const environment = resolveEnvironment(
    branchFrom({ flag: values.branch, positional: positionals[1] }, io.env),
  );
  if (!hasEnvironment(environment)) {
    throw new CiUtilsError(
      CI_UTILS_ERROR_CODES.noEnvironment,
      `${environment.branch}: ${environment.reason}`,
    );
  }
  if (environment.isEphemeral && !values['any-environment']) {
    io.stdout(
      `Papertrail is provisioned for production only; nothing to do for ${environment.branch}\n`,
    );
    return EXIT_CODES.ok;
  }
  const repoRoot =
    values['repo-root'] === undefined ? defaultRepoRoot() : resolve(io.cwd, values['repo-root']);
  const builds = await buildsOf(values, io);
  const services =
    values.services === undefined
      ? [...new Set([...(await serviceFolders(repoRoot)), ...Object.keys(builds)])]
      : values.services
          .split(',')
          .map((service) => service.trim())
          .filter((service) => service !== '');
  const plan = planPapertrail({
    environmentName: environment.runtimeEnvironmentName,
    branch: environment.branch,
    services,
    builds,
  });

  if (action === 'plan' || values['dry-run']) {
    printPlan(plan, values, io);
    if (action !== 'plan') io.stdout('dry run: no Papertrail API call was made\n');
    return EXIT_CODES.ok;
  }
  const client = clientOf(values, io);
  if (action === 'diff') {
    const changes = diffPapertrail(plan, await readPapertrailState(client));
    for (const change of changes) io.stdout(`${formatPapertrailChange(change)}\n`);
    io.stdout(`${changes.length} change(s) to apply\n`);
    return EXIT_CODES.ok;
  }
  const applied = await applyPapertrailPlan({
    plan,
    client,
    onApplied: (change) => {
      io.stdout(`${formatPapertrailChange(change)}\n`);
    },
  });
  io.stdout(`applied ${applied.length} change(s)\n`);
  return EXIT_CODES.ok;
};
