import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';

/** Runs a `node:util` parseArgs call; an unknown or malformed flag becomes a USAGE error. */
export function withUsageErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new CiUtilsError(CI_UTILS_ERROR_CODES.usage, (error as Error).message, { cause: error });
  }
}

/** The branch from a flag or positional, else GitLab's `CI_COMMIT_REF_NAME` / `CI_COMMIT_BRANCH`. */
export function branchFrom(
  input: { flag: string | undefined; positional: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): string {
  const branch =
    input.flag ?? input.positional ?? env['CI_COMMIT_REF_NAME'] ?? env['CI_COMMIT_BRANCH'];
  if (branch === undefined || branch === '') {
    throw new CiUtilsError(
      CI_UTILS_ERROR_CODES.usage,
      'no branch: pass --branch <name> or set CI_COMMIT_REF_NAME',
    );
  }
  return branch;
}
