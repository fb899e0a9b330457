import { Peer, Port, SecurityGroup, Vpc } from 'aws-cdk-lib/aws-ec2';
import { CfnSubnetGroup } from 'aws-cdk-lib/aws-elasticache';
import { Construct } from 'constructs';
import { clusterAvailabilityZones } from '../cluster-type.js';
import type { DeploymentEnvironment } from '../deployment-environment.js';
import { REDIS_PORT, REDIS_ROLE_NAMES, type RedisRole } from '../redis-roles.js';
import type { SharedClusterAttributes } from '../shared-cluster-attributes.js';
import { RedisCluster } from './redis-cluster.js';

export interface RedisClustersProps {
  environment: DeploymentEnvironment;
  cluster: SharedClusterAttributes;
}

/**
 * The environment's Redis clusters, one per role, in the shared cluster's private subnets, behind
 * a security group that admits only the cluster's nodes on 6379 and lets nothing out.
 */
export class RedisClusters extends Construct {
  readonly securityGroup: SecurityGroup;
  readonly byRole: Readonly<Record<RedisRole, RedisCluster>>;

  constructor(scope: Construct, id: string, props: RedisClustersProps) {
    super(scope, id);
    const { environment, cluster } = props;
    const vpc = Vpc.fromVpcAttributes(this, 'Vpc', {
      vpcId: cluster.vpcId,
      availabilityZones: clusterAvailabilityZones(),
      privateSubnetIds: cluster.privateSubnetIds,
    });

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      vpc,
      securityGroupName: `${environment.name}-redis`,
      description: `Redis of ${environment.name}: ${REDIS_PORT} from the EKS nodes only`,
      allowAllOutbound: false,
    });
    this.securityGroup.addIngressRule(
      Peer.securityGroupId(cluster.clusterSecurityGroupId),
      Port.tcp(REDIS_PORT),
      'EKS nodes of the shared cluster',
    );

    const subnetGroup = new CfnSubnetGroup(this, 'SubnetGroup', {
      cacheSubnetGroupName: `${environment.name}-redis`,
      description: `Private subnets for the Redis of ${environment.name}`,
      subnetIds: cluster.privateSubnetIds,
    });

    const byRole = {} as Record<RedisRole, RedisCluster>;
    for (const role of REDIS_ROLE_NAMES) {
      byRole[role] = new RedisCluster(this, role, {
        environment,
        role,
        subnetGroup,
        securityGroup: this.securityGroup,
      });
    }
    this.byRole = byRole;
  }
}
