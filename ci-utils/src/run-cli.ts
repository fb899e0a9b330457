import { commitLintCommand } from './commands/commit-lint-command.js';
import { environmentNameCommand } from './commands/environment-name-command.js';
import { ephemeralCommand } from './commands/ephemeral-command.js';
import { papertrailCommand } from './commands/papertrail-command.js';
import { EXIT_CODES, type CliIo, type Command } from './commands/cli-io.js';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from './errors.js';

export const COMMANDS: Readonly<Record<string, Command>> = {
  'environment-name': environmentNameCommand,
  ephemeral: ephemeralCommand,
  'commit-lint': commitLintCommand,
  papertrail: papertrailCommand,
};

export const USAGE = `usage: ae-ci <command> [options]

  environment-name [<branch>] [--branch <b>]
  ephemeral env [--branch <b>] [--pipeline-id <n>]
  ephemeral teardown-plan [--branch <b>] [--format text|json]
  commit-lint --message "<msg>" | --file <path> | --from <rev> [--to <rev>]  [--repo-root <dir>]
  papertrail plan|diff|apply [--dry-run] [--branch <b>] [--images <json>] [--build <svc>=<tag>]...
             [--services <a,b>] [--api-url <url>] [--format text|json] [--any-environment]

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
