import { CiUtilsError, CI_UTILS_ERROR_CODES } from './errors.js';
import type { EnvironmentIdentity } from './environment-name.js';

/** The chart and the values file a deploy job installs, per environment type (relative to the repo root). */
export const HELM_CHART_PATH = 'helm/automation-engine';
export const HELM_VALUES_FILES = {
  production: 'helm/automation-engine/values-production.yaml',
  dev: 'helm/automation-engine/values-dev.yaml',
} as const;

export interface DeployVariablesOptions {
  /** `CI_PIPELINE_ID`; gives the ephemeral image tag `<id>-<pipeline>`. */
  pipelineId?: string;
}

/**
 * The variables a deploy job needs, in a stable order: identity, Kubernetes/Helm targets, the CDK
 * stack, image tags, hosts. Production's image tag is not here: it is each service's latest
 * `<service>@X.Y.Z` git tag.
 */
export function deployVariables(
  environment: EnvironmentIdentity,
  options: DeployVariablesOptions = {},
): Record<string, string> {
  const variables: Record<string, string> = {
    ENVIRONMENT_ID: environment.environmentId,
    ENVIRONMENT_NAME: environment.runtimeEnvironmentName,
    CURRENT_ENVIRONMENT: environment.currentEnvironment,
    SSM_ENVIRONMENT: environment.ssmEnvironment,
    IS_EPHEMERAL: String(environment.isEphemeral),
    EKS_CLUSTER_NAME: environment.cluster,
    NAMESPACE: environment.namespace,
    HELM_RELEASE: environment.helmRelease,
    HELM_CHART: HELM_CHART_PATH,
    HELM_VALUES_FILE: HELM_VALUES_FILES[environment.currentEnvironment],
    CDK_STACK_NAME: environment.environmentName,
    IMAGE_LATEST_TAG: environment.latestImageTag,
    PAPERTRAIL_ACTIVE: String(!environment.isEphemeral),
    GRAFANA_HOSTNAME: environment.hosts.grafana,
    PROMETHEUS_HOSTNAME: environment.hosts.prometheus,
    APP_HOSTNAME: environment.hosts.app,
    OREILLY_HOSTNAME: environment.hosts.oreilly,
  };
  if (environment.isEphemeral && options.pipelineId !== undefined) {
    if (!/^[0-9]+$/.test(options.pipelineId)) {
      throw new CiUtilsError(
        CI_UTILS_ERROR_CODES.invalidInput,
        `pipeline id must be digits (received "${options.pipelineId}")`,
      );
    }
    variables['IMAGE_TAG'] = `${environment.imageTagPrefix}${options.pipelineId}`;
  }
  return variables;
}

/** `KEY=value` lines for a dotenv report or `>> $GITLAB_ENV`; refuses values that would break a line. */
export function formatDotenv(variables: Readonly<Record<string, string>>): string {
  return Object.entries(variables)
    .map(([key, value]) => {
      if (!/^[A-Z_][A-Z0-9_]*$/.test(key) || /[\r\n]/.test(value)) {
        throw new CiUtilsError(
          CI_UTILS_ERROR_CODES.invalidInput,
          `cannot write ${key} as a dotenv line`,
        );
      }
      return `${key}=${value}\n`;
    })
    .join('');
}
