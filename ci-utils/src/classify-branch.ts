/**
 * What a branch gets from CI: `production` (master/main), an `ephemeral` environment
 * (`dev/feature/*`, `dev/fix/*`), lint and tests only (`ci-only`: `feature/*`, `fix/*`), or
 * nothing at all (`none`).
 */
export const BRANCH_KINDS = {
  production: 'production',
  ephemeral: 'ephemeral',
  ciOnly: 'ci-only',
  none: 'none',
} as const;
export type BranchKind = (typeof BRANCH_KINDS)[keyof typeof BRANCH_KINDS];

export const PRODUCTION_BRANCHES: readonly string[] = ['master', 'main'];

const EPHEMERAL_BRANCH = /^dev\/(feature|fix)\/.+/;
const CI_ONLY_BRANCH = /^(feature|fix)\/.+/;

export function classifyBranch(branch: string): BranchKind {
  if (PRODUCTION_BRANCHES.includes(branch)) return BRANCH_KINDS.production;
  if (EPHEMERAL_BRANCH.test(branch)) return BRANCH_KINDS.ephemeral;
  if (CI_ONLY_BRANCH.test(branch)) return BRANCH_KINDS.ciOnly;
  return BRANCH_KINDS.none;
}
