/** A commit as read from `git log`: its hash and full message. */
export interface CommitRecord {
  sha: string;
  message: string;
}

/** The `git log --format` that `parseGitLog` reads: hash, unit separator, message, record separator. */
export const GIT_LOG_FORMAT = '%H%x1f%B%x1e';

/** Splits `git log --format=%H%x1f%B%x1e` output into commits, oldest first. */
export function parseGitLog(output: string): CommitRecord[] {
  return output
    .split('\x1e')
    .map((record) => record.replace(/^\n+/, ''))
    .filter((record) => record.includes('\x1f'))
    .map((record) => {
      const separator = record.indexOf('\x1f');
      return { sha: record.slice(0, separator).trim(), message: record.slice(separator + 1) };
    })
    .reverse();
}
