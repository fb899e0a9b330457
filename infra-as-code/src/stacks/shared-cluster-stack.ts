import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { IpAddresses, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { CfnAddon, CfnCluster, CfnNodegroup } from 'aws-cdk-lib/aws-eks';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import {
  CLUSTER_SETTINGS,
  ZONE_COUNT,
  clusterAvailabilityZones,
  type ClusterType,
} from '../cluster-type.js';
import { sharedClusterParameterNames } from '../shared-cluster-attributes.js';
import { applyStandardTags } from '../standard-tags.js';

export interface SharedClusterStackProps extends StackProps {
  clusterType: ClusterType;
  kubernetesVersion: string;
}

/**
 * One of the two shared clusters, deployed once (not per environment): its VPC (two zones,
 * public and private subnets, a NAT gateway per zone for stable egress IPs), the EKS cluster and
 * its managed node group, and the Pod Identity agent. It publishes the attributes environment
 * stacks need in SSM (`sharedClusterParameterNames`). What runs inside the cluster (ingress-nginx,
 * external-secrets, fluent-bit…) is Helm's.
 */
export class SharedClusterStack extends Stack {
  readonly vpc: Vpc;
  readonly cluster: CfnCluster;

  /** The region's first zones, resolved by CloudFormation instead of a synth-time lookup. */
  override get availabilityZones(): string[] {
    return clusterAvailabilityZones();
  }

  constructor(scope: Construct, props: SharedClusterStackProps) {
    const settings = CLUSTER_SETTINGS[props.clusterType];
    super(scope, settings.stackName, {
      ...props,
      stackName: settings.stackName,
      description: `Shared EKS cluster ${settings.clusterName} (${props.clusterType})`,
      terminationProtection: true,
    });
    applyStandardTags(this, props.clusterType);

    this.vpc = new Vpc(this, 'Vpc', {
      vpcName: `${settings.clusterName}-vpc`,
      ipAddresses: IpAddresses.cidr(settings.vpcCidr),
      availabilityZones: this.availabilityZones,
      natGateways: ZONE_COUNT,
      subnetConfiguration: [
        { name: 'public', subnetType: SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'private', subnetType: SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
    });
    const privateSubnetIds = this.vpc.privateSubnets.map((subnet) => subnet.subnetId);

    const clusterRole = new Role(this, 'ClusterRole', {
      assumedBy: new ServicePrincipal('eks.amazonaws.com'),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AmazonEKSClusterPolicy')],
    });
    this.cluster = new CfnCluster(this, 'Cluster', {
      name: settings.clusterName,
      version: props.kubernetesVersion,
      roleArn: clusterRole.roleArn,
      resourcesVpcConfig: {
        subnetIds: [
          ...privateSubnetIds,
          ...this.vpc.publicSubnets.map((subnet) => subnet.subnetId),
        ],
        endpointPrivateAccess: true,
        endpointPublicAccess: true,
      },
      accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' },
    });

    const nodeRole = new Role(this, 'NodeRole', {
      assumedBy: new ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: [
        'AmazonEKSWorkerNodePolicy',
        'AmazonEKS_CNI_Policy',
        'AmazonEC2ContainerRegistryReadOnly',
      ].map((name) => ManagedPolicy.fromAwsManagedPolicyName(name)),
    });
    new CfnNodegroup(this, 'Nodes', {
      clusterName: this.cluster.ref,
      nodegroupName: `${settings.clusterName}-nodes`,
      nodeRole: nodeRole.roleArn,
      subnets: privateSubnetIds,
      instanceTypes: [settings.nodeInstanceType],
      amiType: 'AL2023_x86_64_STANDARD',
      diskSize: 50,
      scalingConfig: {
        minSize: settings.nodes.min,
        maxSize: settings.nodes.max,
        desiredSize: settings.nodes.min,
      },
    });
    new CfnAddon(this, 'PodIdentityAgent', {
      clusterName: this.cluster.ref,
      addonName: 'eks-pod-identity-agent',
    });

    const names = sharedClusterParameterNames(props.clusterType);
    const publish = (id: string, parameterName: string, stringValue: string): void => {
      new StringParameter(this, id, { parameterName, stringValue });
    };
    publish('ClusterNameParameter', names.clusterName, this.cluster.ref);
    publish('VpcIdParameter', names.vpcId, this.vpc.vpcId);
    publish('PrivateSubnetsParameter', names.privateSubnetIds, privateSubnetIds.join(','));
    publish(
      'SecurityGroupParameter',
      names.clusterSecurityGroupId,
      this.cluster.attrClusterSecurityGroupId,
    );

    new CfnOutput(this, 'ClusterName', { value: this.cluster.ref });
    new CfnOutput(this, 'IngressHostnameParameter', {
      value: names.ingressHostname,
      description:
        'write the ingress-nginx load balancer DNS name here before deploying an environment',
    });
  }
}
