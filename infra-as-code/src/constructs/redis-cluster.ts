import { RemovalPolicy } from 'aws-cdk-lib';
import { CfnReplicationGroup, type CfnSubnetGroup } from 'aws-cdk-lib/aws-elasticache';
import type { ISecurityGroup } from 'aws-cdk-lib/aws-ec2';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { isProduction, type DeploymentEnvironment } from '../deployment-environment.js';
import { REDIS_ENGINE_VERSION, REDIS_PORT, REDIS_ROLES, type RedisRole } from '../redis-roles.js';

export interface RedisClusterProps {
  environment: DeploymentEnvironment;
  role: RedisRole;
  subnetGroup: CfnSubnetGroup;
  securityGroup: ISecurityGroup;
}

/**
 * One single-node Redis of the environment for one role, encrypted at rest and in transit. Its
 * `rediss://` URL (what services read as `REDIS_URL`) is published in SSM at
 * `/automation-engine/<environment>/redis/<role>-url`.
 */
export class RedisCluster extends Construct {
  readonly replicationGroup: CfnReplicationGroup;
  readonly url: string;
  readonly urlParameterName: string;

  constructor(scope: Construct, id: string, props: RedisClusterProps) {
    super(scope, id);
    const { environment, role } = props;
    const production = isProduction(environment);

    this.replicationGroup = new CfnReplicationGroup(this, 'ReplicationGroup', {
      replicationGroupId: `${environment.name}-${role}`,
      replicationGroupDescription: `${environment.name} ${role}: ${REDIS_ROLES[role].purpose}`,
      engine: 'redis',
      engineVersion: REDIS_ENGINE_VERSION,
      cacheNodeType: REDIS_ROLES[role].nodeType[environment.kind],
      numCacheClusters: 1,
      automaticFailoverEnabled: false,
      port: REDIS_PORT,
      cacheSubnetGroupName: props.subnetGroup.ref,
      securityGroupIds: [props.securityGroup.securityGroupId],
      atRestEncryptionEnabled: true,
      transitEncryptionEnabled: true,
      snapshotRetentionLimit: production ? 1 : 0,
      autoMinorVersionUpgrade: true,
    });
    this.replicationGroup.applyRemovalPolicy(
      production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    );

    this.url = `rediss://${this.replicationGroup.attrPrimaryEndPointAddress}:${REDIS_PORT}`;
    this.urlParameterName = `/automation-engine/${environment.name}/redis/${role}-url`;
    new StringParameter(this, 'UrlParameter', {
      parameterName: this.urlParameterName,
      stringValue: this.url,
      description: `REDIS_URL of the ${role} Redis of ${environment.name}`,
    });
  }
}
