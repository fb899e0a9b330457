import { lintCommitMessage, type CommitLintResult } from './lint-commit-message.js';
import type { CommitRecord } from './parse-git-log.js';

export interface CommitVerdict extends CommitLintResult {
  sha: string;
}

/** Lints each commit; the verdicts keep the commits' order. */
export function lintCommits(
  commits: readonly CommitRecord[],
  scopes: ReadonlySet<string>,
): CommitVerdict[] {
  return commits.map((commit) => ({
    sha: commit.sha,
    ...lintCommitMessage(commit.message, scopes),
  }));
}
