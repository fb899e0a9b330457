import type { EnvironmentIdentity } from './environment-name.js';

/** One step of tearing an environment down, in the order it must run. */
export interface TeardownStep {
  what: string;
  /** The shell command, when one command does it. */
  command?: string;
}

export type TeardownPlan =
  | { kind: 'teardown'; environmentName: string; namespace: string; steps: TeardownStep[] }
  | { kind: 'refused'; environmentName: string; reason: string };

/**
 * What deleting an ephemeral environment removes: the Helm release and its namespace, then the
 * CDK stack `automation-<id>` (Redis clusters, buckets, log group, DNS records and role are all
 * DESTROY-on-delete in ephemeral stacks), then the environment's images. Production is refused:
 * it is only destroyed by a `destroy(...)` commit on master.
 */
export function teardownPlan(environment: EnvironmentIdentity): TeardownPlan {
  if (!environment.isEphemeral) {
    return {
      kind: 'refused',
      environmentName: environment.environmentName,
      reason:
        'production is never torn down by this helper; it takes a destroy(...) commit on master',
    };
  }
  const { environmentName, environmentId, namespace, helmRelease, cluster } = environment;
  return {
    kind: 'teardown',
    environmentName,
    namespace,
    steps: [
      {
        what: `point kubectl/helm at the shared cluster ${cluster}`,
        command: `aws eks update-kubeconfig --name ${cluster} --region us-east-1`,
      },
      {
        what: `Helm release ${helmRelease} and every workload in namespace ${namespace}`,
        command: `helm uninstall ${helmRelease} --namespace ${namespace} --wait`,
      },
      {
        what: `namespace ${namespace} (config maps, external secrets, service account)`,
        command: `kubectl delete namespace ${namespace} --ignore-not-found`,
      },
      {
        what: `CDK stack ${environmentName}: Redis clusters, buckets (emptied first), log group, DNS records, workload role`,
        command: `cd infra-as-code && npx cdk destroy ${environmentName} -c environment=${environmentName} --force`,
      },
      {
        what: `images tagged ${environmentId}-* in every service repository (ECR lifecycle or a prune job)`,
      },
    ],
  };
}
