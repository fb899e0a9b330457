export {
  BRANCH_KINDS,
  PRODUCTION_BRANCHES,
  classifyBranch,
  type BranchKind,
} from './classify-branch.js';
export {
  CURRENT_ENVIRONMENTS,
  ENVIRONMENT_NAME_PATTERN,
  HELM_RELEASE,
  PRODUCTION_ENVIRONMENT_NAME,
  hasEnvironment,
  resolveEnvironment,
  type BranchEnvironment,
  type CurrentEnvironment,
  type EnvironmentIdentity,
  type NoEnvironment,
} from './environment-name.js';
export { ENVIRONMENT_ID_PATTERN, environmentIdOf } from './environment-id.js';
export { PUBLIC_ZONE, environmentHosts, type EnvironmentHosts } from './environment-hosts.js';
export { REF_SLUG_MAX_LENGTH, slugifyRef } from './slugify-ref.js';
export {
  HELM_CHART_PATH,
  HELM_VALUES_FILES,
  deployVariables,
  formatDotenv,
  type DeployVariablesOptions,
} from './deploy-variables.js';
export { teardownPlan, type TeardownPlan, type TeardownStep } from './teardown-plan.js';
export { CI_UTILS_ERROR_CODES, CiUtilsError, type CiUtilsErrorCode } from './errors.js';

export { COMMIT_TYPES, isCommitType, type CommitType } from './commit-lint/commit-types.js';
export { FIXED_SCOPES, knownScopes } from './commit-lint/known-scopes.js';
export { readKnownScopes } from './commit-lint/read-known-scopes.js';
export {
  COMMIT_PROBLEM_CODES,
  MAX_BODY_LINE_LENGTH,
  MAX_HEADER_LENGTH,
  lintCommitMessage,
  type CommitLintResult,
  type CommitProblem,
  type CommitProblemCode,
} from './commit-lint/lint-commit-message.js';
export { lintCommits, type CommitVerdict } from './commit-lint/lint-commits.js';
export { GIT_LOG_FORMAT, parseGitLog, type CommitRecord } from './commit-lint/parse-git-log.js';
export { readCommits, type CommitRange } from './commit-lint/read-commits.js';

export {
  DEFAULT_CATALOG,
  type PapertrailCatalog,
  type PhraseSearch,
} from './papertrail/papertrail-catalog.js';
export {
  ALL_SYSTEMS,
  managedGroupPrefix,
  papertrailGroupName,
  planPapertrail,
  type PapertrailPlanInput,
} from './papertrail/plan-papertrail.js';
export { diffPapertrail } from './papertrail/diff-papertrail.js';
export {
  PAPERTRAIL_API_URL,
  createPapertrailClient,
  type PapertrailClient,
  type PapertrailClientOptions,
} from './papertrail/papertrail-client.js';
export {
  applyPapertrailPlan,
  readPapertrailState,
  type ApplyPapertrailOptions,
} from './papertrail/apply-papertrail-plan.js';
export { formatPapertrailChange, formatPapertrailPlan } from './papertrail/format-papertrail.js';
export { parseBuildFlags, parseBuilds } from './papertrail/parse-builds.js';
export type {
  CurrentGroup,
  CurrentSearch,
  CurrentState,
  DesiredGroup,
  DesiredSearch,
  GroupPurpose,
  PapertrailChange,
  PapertrailPlan,
} from './papertrail/papertrail-types.js';

export {
  deployPlan,
  serviceVariablePrefix,
  type DeployPlanInput,
  type ServiceDeployDecision,
} from './deploy-plan.js';

export { runCli, COMMANDS, COMMAND_USAGE, USAGE } from './run-cli.js';
export { EXIT_CODES, type CliIo, type Command } from './commands/cli-io.js';
