import { Fn } from 'aws-cdk-lib';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { CLUSTER_SETTINGS, ZONE_COUNT, type ClusterType } from './cluster-type.js';

/** What an environment stack needs to know about the shared cluster it runs on. */
export interface SharedClusterAttributes {
  clusterName: string;
  vpcId: string;
  /** One private subnet per zone (`clusterAvailabilityZones`). */
  privateSubnetIds: string[];
  /** The EKS cluster security group, which the managed nodes carry. */
  clusterSecurityGroupId: string;
  /** The ingress load balancer's DNS name, which the environment's host names point at. */
  ingressHostname: string;
}

/**
 * Where the shared cluster publishes its attributes in SSM. The cluster stack writes all but
 * `ingressHostname`, which the cluster bootstrap job writes once ingress-nginx has its load balancer.
 */
export function sharedClusterParameterNames(
  clusterType: ClusterType,
): Record<keyof SharedClusterAttributes, string> {
  const prefix = `/automation-engine/${CLUSTER_SETTINGS[clusterType].ssmSegment}/cluster`;
  return {
    clusterName: `${prefix}/name`,
    vpcId: `${prefix}/vpc-id`,
    privateSubnetIds: `${prefix}/private-subnet-ids`,
    clusterSecurityGroupId: `${prefix}/security-group-id`,
    ingressHostname: `${prefix}/ingress-hostname`,
  };
}

/**
 * The shared cluster's attributes as deploy-time references to its SSM parameters: nothing is
 * looked up at synth, and the environment stack holds no CloudFormation export of the cluster stack.
 */
export function sharedClusterAttributesFromParameters(
  scope: Construct,
  clusterType: ClusterType,
): SharedClusterAttributes {
  const names = sharedClusterParameterNames(clusterType);
  const read = (name: string): string => StringParameter.valueForStringParameter(scope, name);
  return {
    clusterName: CLUSTER_SETTINGS[clusterType].clusterName,
    vpcId: read(names.vpcId),
    privateSubnetIds: Fn.split(',', read(names.privateSubnetIds), ZONE_COUNT),
    clusterSecurityGroupId: read(names.clusterSecurityGroupId),
    ingressHostname: read(names.ingressHostname),
  };
}
