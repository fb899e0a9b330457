import { commitLintCommand } from './commands/commit-lint-command.js';
import { deployPlanCommand } from './commands/deploy-plan-command.js';
import { environmentNameCommand } from './commands/environment-name-command.js';
import { ephemeralCommand } from './commands/ephemeral-command.js';
import { papertrailCommand } from './commands/papertrail-command.js';
import { EXIT_CODES, type CliIo, type Command } from './commands/cli-io.js';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from './errors.js';

export const COMMANDS: Readonly<Record<string, Command>> = {
  'env-name': environmentNameCommand,
  'environment-name': environmentNameCommand,
  ephemeral: ephemeralCommand,
  'deploy-plan': deployPlanCommand,
  'commit-lint': commitLintCommand,
  'papertrail-provisioning': papertrailCommand,
  papertrail: papertrailCommand,
};

const ENV_NAME_USAGE = `usage: ae-ci env-name [<branch>] [--branch <b>]
       (alias: environment-name)

Prints the environment a branch deploys to as JSON: kind (production, ephemeral, ci-only, none),
environment name automation-<id>, namespace, cluster, hosts. Exit 1 never; 2 without a branch.
`;

const PAPERTRAIL_USAGE = `usage: ae-ci papertrail-provisioning plan|diff|apply [options]
       (alias: papertrail)

  plan                 print the groups and saved searches per service (calls nothing)
  diff                 read the account and print the changes (GET only)
  apply [--dry-run]    reconcile the account; --dry-run prints the plan and calls nothing

  --branch <b>             the branch (production only unless --any-environment)
  --images <file>          image tags as JSON: [{"repository":…,"image_tag":…}] or {"svc":"tag"}
  --build <svc>=<tag>      an image tag, repeatable; overrides --images
  --services <a,b>         the deployed services; default: the folders of services/
  --repo-root <dir>        where services/ is
  --api-url <url>          default https://papertrailapp.com/api/v1
  --format text|json       how plan prints
  --any-environment        provision an ephemeral environment too

The token is read from PAPERTRAIL_API_TOKEN.
`;

/** What `ae-ci <command> --help` prints. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  'env-name': ENV_NAME_USAGE,
  'environment-name': ENV_NAME_USAGE,
  ephemeral: `usage: ae-ci ephemeral env [--branch <b>] [--pipeline-id <n>]
       ae-ci ephemeral teardown-plan [--branch <b>] [--format text|json]

  env              the deploy job's variables as KEY=value lines (exit 1 without an environment)
  teardown-plan    what deleting the environment removes, in order, with the commands
`,
  'deploy-plan': `usage: ae-ci deploy-plan [<branch>] [--branch <b>] [--repo-root <dir>] [--format text|json]

Which services the branch's environment enables and why, from the CI/CD variables in the
environment (the subset mechanism): <SVC>_DESIRED_TASKS (replica count, 0 disables), else
<SVC>_ENABLED (true/false), else enabled by default. Services are the folders of services/
with a package.json. Exit 1 for a branch without an environment or a malformed variable.
`,
  'commit-lint': `usage: ae-ci commit-lint --message "<msg>" | --file <path> | --from <rev> [--to <rev>] [--repo-root <dir>]

Checks Conventional Commits: <type>(<scope>[,<scope>…])[!]: <subject>, type one of feat fix perf
refactor test docs build ci chore revert, every scope a service, a lib or a known area; header at
most 50 characters, body lines at most 72, a blank line after the header. Exit 1 on a bad commit.
`,
  'papertrail-provisioning': PAPERTRAIL_USAGE,
  papertrail: PAPERTRAIL_USAGE,
};

export const USAGE = `usage: ae-ci <command> [options]      (ae-ci <command> --help for a command's usage)

  env-name [<branch>] [--branch <b>]                  (alias: environment-name)
  ephemeral env [--branch <b>] [--pipeline-id <n>]
  ephemeral teardown-plan [--branch <b>] [--format text|json]
  deploy-plan [<branch>] [--branch <b>] [--format text|json]
  commit-lint --message "<msg>" | --file <path> | --from <rev> [--to <rev>]  [--repo-root <dir>]
  papertrail-provisioning plan|diff|apply [--dry-run] [--branch <b>] [--images <json>]
             [--build <svc>=<tag>]... [--services <a,b>] [--api-url <url>] [--format text|json]
             [--any-environment]                      (alias: papertrail)

The branch defaults to $CI_COMMIT_REF_NAME. See ci-utils/README.md.
`;

/** Runs one command; returns the exit code (0 ok, 1 failed, 2 usage). Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT_CODES.usage : EXIT_CODES.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`unknown command "${name}"\n${USAGE}`);
    return EXIT_CODES.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(COMMAND_USAGE[name] ?? USAGE);
    return EXIT_CODES.ok;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof CiUtilsError) {
      io.stderr(`${name}: ${error.message}\n`);
      return error.code === CI_UTILS_ERROR_CODES.usage ? EXIT_CODES.usage : EXIT_CODES.failed;
    }
    io.stderr(
      `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_CODES.failed;
  }
}
