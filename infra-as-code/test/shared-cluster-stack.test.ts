import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_SETTINGS } from '../src/cluster-type.js';
import { sharedClusterParameterNames } from '../src/shared-cluster-attributes.js';
import { SharedClusterStack } from '../src/stacks/shared-cluster-stack.js';

let production: Template;
let dev: Template;

beforeAll(() => {
  const env = { account: '123456789012', region: 'us-east-1' };
  const stack = (clusterType: 'production' | 'dev') =>
    new SharedClusterStack(new App(), { env, clusterType, kubernetesVersion: '1.31' });
  production = Template.fromStack(stack('production'));
  dev = Template.fromStack(stack('dev'));
});

describe('shared cluster stack', () => {
  it('creates one VPC per cluster type on the original CIDRs, across two zones with a NAT each', () => {
    for (const zone of [0, 1]) {
      production.hasResourceProperties('AWS::EC2::Subnet', {
        AvailabilityZone: { 'Fn::Select': [zone, { 'Fn::GetAZs': '' }] },
      });
    }
    production.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '172.31.88.0/22' });
    dev.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '172.31.84.0/22' });
    production.resourceCountIs('AWS::EC2::Subnet', 4);
    production.resourceCountIs('AWS::EC2::NatGateway', 2);
  });

  it('creates the EKS cluster mettel-automation / mettel-automation-dev with private endpoint access', () => {
    production.hasResourceProperties('AWS::EKS::Cluster', {
      Name: 'mettel-automation',
      Version: '1.31',
      ResourcesVpcConfig: Match.objectLike({ EndpointPrivateAccess: true }),
    });
    dev.hasResourceProperties('AWS::EKS::Cluster', { Name: 'mettel-automation-dev' });
  });

  it('runs m6a.large managed nodes, 5 to 10, in the private subnets', () => {
    production.hasResourceProperties('AWS::EKS::Nodegroup', {
      InstanceTypes: ['m6a.large'],
      ScalingConfig: { MinSize: 5, MaxSize: 10, DesiredSize: 5 },
    });
  });

  it('installs the Pod Identity agent environment roles rely on', () => {
    production.hasResourceProperties('AWS::EKS::Addon', { AddonName: 'eks-pod-identity-agent' });
  });

  it('publishes in SSM every attribute environment stacks read, except the ingress hostname', () => {
    const names = sharedClusterParameterNames('dev');
    const published = dev.findResources('AWS::SSM::Parameter');
    const publishedNames = Object.values(published).map(
      (p) => (p as { Properties: { Name: string } }).Properties.Name,
    );
    expect(publishedNames.sort()).toEqual(
      [names.clusterName, names.vpcId, names.privateSubnetIds, names.clusterSecurityGroupId].sort(),
    );
    expect(names.ingressHostname).toBe('/automation-engine/dev/cluster/ingress-hostname');
    expect(CLUSTER_SETTINGS.dev.ssmSegment).toBe('dev');
  });
});
