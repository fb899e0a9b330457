import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';
import { GIT_LOG_FORMAT, parseGitLog, type CommitRecord } from './parse-git-log.js';

const run = promisify(execFile);

export interface CommitRange {
  /** Exclusive start (`<from>..<to>`), e.g. the target branch or `origin/master`. */
  from: string;
  to: string;
  cwd: string;
}

/** The non-merge commits in `from..to`, oldest first. */
export async function readCommits(range: CommitRange): Promise<CommitRecord[]> {
  try {
    const { stdout } = await run(
      'git',
      [
        'log',
        '--no-merges',
        '--topo-order',
        `--format=${GIT_LOG_FORMAT}`,
        `${range.from}..${range.to}`,
        '--',
      ],
      { cwd: range.cwd, maxBuffer: 64 * 1024 * 1024 },
    );
    return parseGitLog(stdout);
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    const detail =
      typeof stderr === 'string' && stderr.trim() !== '' ? stderr.trim() : String(error);
    throw new CiUtilsError(
      CI_UTILS_ERROR_CODES.gitFailed,
      `git log ${range.from}..${range.to} failed: ${detail}`,
      { cause: error },
    );
  }
}
