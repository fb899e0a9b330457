import { parseArgs } from 'node:util';
import { deployVariables, formatDotenv } from '../deploy-variables.js';
import {
  hasEnvironment,
  resolveEnvironment,
  type EnvironmentIdentity,
} from '../environment-name.js';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';
import { teardownPlan, type TeardownPlan } from '../teardown-plan.js';
import { EXIT_CODES, type CliIo, type Command } from './cli-io.js';
import { branchFrom, withUsageErrors } from './parse-command-args.js';

const OPTIONS = {
  branch: { type: 'string' },
  'pipeline-id': { type: 'string' },
  format: { type: 'string', default: 'text' },
} as const;

function environmentOf(branch: string): EnvironmentIdentity {
  const environment = resolveEnvironment(branch);
  if (!hasEnvironment(environment)) {
    throw new CiUtilsError(CI_UTILS_ERROR_CODES.noEnvironment, `${branch}: ${environment.reason}`);
  }
  return environment;
}

function printTeardown(plan: TeardownPlan, io: CliIo): number {
  if (plan.kind === 'refused') {
    io.stderr(`refused: ${plan.environmentName}: ${plan.reason}\n`);
    return EXIT_CODES.failed;
  }
  io.stdout(
    `Tearing down ${plan.environmentName} (namespace ${plan.namespace}) removes, in order:\n`,
  );
  plan.steps.forEach((step, index) => {
    io.stdout(`${index + 1}. ${step.what}\n`);
    if (step.command !== undefined) io.stdout(`   $ ${step.command}\n`);
  });
  return EXIT_CODES.ok;
}

/**
 * `ephemeral env [--branch <b>] [--pipeline-id <n>]`: the deploy job's variables as `KEY=value`.
 * `ephemeral teardown-plan [--branch <b>] [--format text|json]`: what deleting the environment removes.
 */
export const ephemeralCommand: Command = (args, io) => {
  const { values, positionals } = withUsageErrors(() =>
    parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }),
  );
  const [action, positionalBranch] = positionals;
  if (action !== 'env' && action !== 'teardown-plan') {
    throw new CiUtilsError(
      CI_UTILS_ERROR_CODES.usage,
      'ephemeral expects "env" or "teardown-plan"',
    );
  }
  const environment = environmentOf(
    branchFrom({ flag: values.branch, positional: positionalBranch }, io.env),
  );
  if (action === 'env') {
    const pipelineId = values['pipeline-id'];
    const options = pipelineId === undefined ? {} : { pipelineId };
    io.stdout(formatDotenv(deployVariables(environment, options)));
    return Promise.resolve(EXIT_CODES.ok);
  }
  const plan = teardownPlan(environment);
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    return Promise.resolve(plan.kind === 'refused' ? EXIT_CODES.failed : EXIT_CODES.ok);
  }
  return Promise.resolve(printTeardown(plan, io));
};
