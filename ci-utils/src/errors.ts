/** Why a ci-utils operation failed; callers branch on `code`, never on the message. */
export const CI_UTILS_ERROR_CODES = {
  usage: 'USAGE',
  invalidInput: 'INVALID_INPUT',
  noEnvironment: 'NO_ENVIRONMENT',
  gitFailed: 'GIT_FAILED',
  papertrailApi: 'PAPERTRAIL_API',
} as const;
export type CiUtilsErrorCode = (typeof CI_UTILS_ERROR_CODES)[keyof typeof CI_UTILS_ERROR_CODES];

export class CiUtilsError extends Error {
  override readonly name = 'CiUtilsError';
  readonly code: CiUtilsErrorCode;

  constructor(code: CiUtilsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
