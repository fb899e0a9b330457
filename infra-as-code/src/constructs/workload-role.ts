import { CfnPodIdentityAssociation } from 'aws-cdk-lib/aws-eks';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { DeploymentEnvironment } from '../deployment-environment.js';

/** The Kubernetes service account the Helm chart gives the engine's pods. */
export const WORKLOAD_SERVICE_ACCOUNT = 'automation-engine';

export interface WorkloadRoleProps {
  environment: DeploymentEnvironment;
  clusterName: string;
}

/**
 * The AWS identity of the environment's pods: an IAM role bound by EKS Pod Identity to the
 * `automation-engine` service account of the environment's namespace (no static keys, unlike the
 * original's IAM user). Grant it what the services need (the buckets, here).
 */
export class WorkloadRole extends Construct {
  readonly role: Role;

  constructor(scope: Construct, id: string, props: WorkloadRoleProps) {
    super(scope, id);
    const { environment } = props;
    this.role = new Role(this, 'Role', {
      roleName: `${environment.name}-workloads`,
      description: `Pods of ${environment.namespace} (service account ${WORKLOAD_SERVICE_ACCOUNT})`,
      assumedBy: new ServicePrincipal('pods.eks.amazonaws.com').withSessionTags(),
    });
    new CfnPodIdentityAssociation(this, 'PodIdentity', {
      clusterName: props.clusterName,
      namespace: environment.namespace,
      serviceAccount: WORKLOAD_SERVICE_ACCOUNT,
      roleArn: this.role.roleArn,
    });
  }
}
