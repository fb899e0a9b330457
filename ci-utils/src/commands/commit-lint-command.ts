import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lintCommitMessage } from '../commit-lint/lint-commit-message.js';
import { lintCommits, type CommitVerdict } from '../commit-lint/lint-commits.js';
import { readCommits } from '../commit-lint/read-commits.js';
import { readKnownScopes } from '../commit-lint/read-known-scopes.js';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';
import { defaultRepoRoot } from '../repo-root.js';
import { EXIT_CODES, type CliIo, type Command } from './cli-io.js';
import { withUsageErrors } from './parse-command-args.js';

const OPTIONS = {
  message: { type: 'string' },
  file: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string', default: 'HEAD' },
  'repo-root': { type: 'string' },
} as const;

function report(verdicts: readonly CommitVerdict[], io: CliIo): number {
  const bad = verdicts.filter((verdict) => !verdict.valid);
  for (const verdict of bad) {
    io.stdout(`✖ ${verdict.sha.slice(0, 12)} ${verdict.header}\n`);
    for (const problem of verdict.problems) io.stdout(`    ${problem.code}: ${problem.message}\n`);
  }
  const noun = verdicts.length === 1 ? 'commit' : 'commits';
  io.stdout(
    bad.length === 0
      ? `✔ ${verdicts.length} ${noun} follow the convention\n`
      : `${bad.length} of ${verdicts.length} ${noun} break the convention\n`,
  );
  return bad.length === 0 ? EXIT_CODES.ok : EXIT_CODES.failed;
}

/** Git's commit-msg file: comment lines go, as `git commit` strips them. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
}

/**
 * `commit-lint --message "<msg>"`, `commit-lint --file <path>` (a commit-msg hook), or
 * `commit-lint --from <rev> [--to <rev>]` (every non-merge commit in from..to).
 */
export const commitLintCommand: Command = async (args, io) => {
  const { values } = withUsageErrors(() =>
    parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }),
  );
  const repoRoot =
    values['repo-root'] === undefined ? defaultRepoRoot() : resolve(io.cwd, values['repo-root']);
  const modes = [values.message, values.file, values.from].filter((value) => value !== undefined);
  if (modes.length !== 1) {
    throw new CiUtilsError(
      CI_UTILS_ERROR_CODES.usage,
      'pass exactly one of --message, --file or --from',
    );
  }
  const scopes = await readKnownScopes(repoRoot);
  if (values.from !== undefined) {
    const commits = await readCommits({ from: values.from, to: values.to, cwd: repoRoot });
    return report(lintCommits(commits, scopes), io);
  }
  const message =
    values.message ?? stripComments(await readFile(resolve(io.cwd, values.file ?? ''), 'utf8'));
  return report([{ sha: '(message)', ...lintCommitMessage(message, scopes) }], io);
};
