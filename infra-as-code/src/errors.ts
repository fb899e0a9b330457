/** Why the CDK app cannot be built from its parameters; branch on `code`. */
export const INFRA_ERROR_CODES = {
  invalidEnvironment: 'INVALID_ENVIRONMENT',
  invalidContext: 'INVALID_CONTEXT',
} as const;
export type InfraErrorCode = (typeof INFRA_ERROR_CODES)[keyof typeof INFRA_ERROR_CODES];

export class InfraError extends Error {
  override readonly name = 'InfraError';
  readonly code: InfraErrorCode;

  constructor(code: InfraErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
