import { Fn } from 'aws-cdk-lib';

/** The two shared EKS clusters: every ephemeral environment runs on `dev`. */
export const CLUSTER_TYPES = { production: 'production', dev: 'dev' } as const;
export type ClusterType = (typeof CLUSTER_TYPES)[keyof typeof CLUSTER_TYPES];

export interface ClusterSettings {
  clusterName: string;
  /** The CloudFormation stack that creates the cluster, once. */
  stackName: string;
  /** The SSM path segment of the cluster type (`/automation-engine/<segment>/…`). */
  ssmSegment: 'pro' | 'dev';
  vpcCidr: string;
  nodeInstanceType: string;
  nodes: { min: number; max: number };
}

/** Per spec/operations.md §4 (`2-network`, `4-services`). */
export const CLUSTER_SETTINGS: Readonly<Record<ClusterType, ClusterSettings>> = {
  production: {
    clusterName: 'mettel-automation',
    stackName: 'mettel-automation-cluster',
    ssmSegment: 'pro',
    vpcCidr: '172.31.88.0/22',
    nodeInstanceType: 'm6a.large',
    nodes: { min: 5, max: 10 },
  },
  dev: {
    clusterName: 'mettel-automation-dev',
    stackName: 'mettel-automation-dev-cluster',
    ssmSegment: 'dev',
    vpcCidr: '172.31.84.0/22',
    nodeInstanceType: 'm6a.large',
    nodes: { min: 5, max: 10 },
  },
};

/** How many zones the clusters span. */
export const ZONE_COUNT = 2;

/**
 * The zones a cluster spans: the region's first two (`Fn::Select` over `Fn::GetAZs`, resolved by
 * CloudFormation), so synth needs no lookup and no zone name is hard-coded (us-east-1a/b in the
 * original).
 */
export function clusterAvailabilityZones(): string[] {
  return Array.from({ length: ZONE_COUNT }, (_, index) => Fn.select(index, Fn.getAzs()));
}
