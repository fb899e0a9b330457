import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { CLUSTER_SETTINGS } from '../cluster-type.js';
import { EnvironmentAlarms, type AlarmSubscribers } from '../constructs/environment-alarms.js';
import { EnvironmentBuckets } from '../constructs/environment-buckets.js';
import { EnvironmentDns } from '../constructs/environment-dns.js';
import { RedisClusters } from '../constructs/redis-clusters.js';
import { WorkloadRole } from '../constructs/workload-role.js';
import { isProduction, type DeploymentEnvironment } from '../deployment-environment.js';
import { REDIS_ROLE_NAMES } from '../redis-roles.js';
import {
  sharedClusterAttributesFromParameters,
  type SharedClusterAttributes,
} from '../shared-cluster-attributes.js';
import { applyStandardTags } from '../standard-tags.js';

export interface EnvironmentStackProps extends StackProps {
  environment: DeploymentEnvironment;
  hostedZone: { id: string; name: string };
  alarmSubscribers: AlarmSubscribers;
  /** Defaults to the shared cluster's SSM parameters, resolved at deploy time. */
  cluster?: SharedClusterAttributes;
}

/**
 * Everything one environment owns in AWS, named after it (`automation-master` or
 * `automation-<id>`): its Redis clusters by role, buckets, log group, DNS records and workload
 * role, plus in production the §6.4 alarms. Production data is retained and the stack is
 * termination-protected; an ephemeral stack is deleted whole.
 */
export class EnvironmentStack extends Stack {
  readonly logGroup: LogGroup;
  readonly redis: RedisClusters;
  readonly buckets: EnvironmentBuckets;
  readonly alarms: EnvironmentAlarms | undefined;

  constructor(scope: Construct, props: EnvironmentStackProps) {
    const { environment } = props;
    const production = isProduction(environment);
    super(scope, environment.name, {
      ...props,
      stackName: environment.name,
      description: `Automation Engine environment ${environment.name} (namespace ${environment.namespace})`,
      terminationProtection: production,
    });
    applyStandardTags(this, environment.name);
    const cluster =
      props.cluster ?? sharedClusterAttributesFromParameters(this, environment.clusterType);

    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/automation-engine/${environment.name}`,
      retention: production ? RetentionDays.ONE_MONTH : RetentionDays.TWO_WEEKS,
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.redis = new RedisClusters(this, 'Redis', { environment, cluster });
    this.buckets = new EnvironmentBuckets(this, 'Buckets', { environment });
    const workloads = new WorkloadRole(this, 'Workloads', {
      environment,
      clusterName: CLUSTER_SETTINGS[environment.clusterType].clusterName,
    });
    for (const bucket of Object.values(this.buckets.byRole)) bucket.grantReadWrite(workloads.role);
    new EnvironmentDns(this, 'Dns', {
      environment,
      hostedZone: props.hostedZone,
      ingressHostname: cluster.ingressHostname,
    });
    this.alarms = production
      ? new EnvironmentAlarms(this, 'Alarms', {
          environment,
          logGroup: this.logGroup,
          subscribers: props.alarmSubscribers,
        })
      : undefined;

    new CfnOutput(this, 'Namespace', { value: environment.namespace });
    new CfnOutput(this, 'LogGroupName', {
      value: this.logGroup.logGroupName,
      description: 'FLUENT_BIT_LOG_GROUP_NAME',
    });
    new CfnOutput(this, 'WorkloadRoleArn', { value: workloads.role.roleArn });
    for (const role of REDIS_ROLE_NAMES) {
      new CfnOutput(this, `Redis-${role}-UrlParameter`, {
        value: this.redis.byRole[role].urlParameterName,
      });
    }
    for (const [role, bucket] of Object.entries(this.buckets.byRole)) {
      new CfnOutput(this, `Bucket-${role}`, { value: bucket.bucketName });
    }
  }
}
