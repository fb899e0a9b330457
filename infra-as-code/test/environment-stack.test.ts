import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL_OBJECT_EXPIRY_DAYS } from '../src/constructs/environment-buckets.js';
import { REDIS_ROLES } from '../src/redis-roles.js';
import {
  CLUSTER,
  EPHEMERAL,
  TEST_ACCOUNT,
  environmentTemplate,
  propertiesOf,
  resourcesOf,
} from './fixtures.js';

let production: Template;
let ephemeral: Template;

beforeAll(() => {
  production = environmentTemplate('automation-master');
  ephemeral = environmentTemplate(EPHEMERAL, CLUSTER);
});

describe('environment stack - names carry the environment', () => {
  it.each([
    ['AWS::Logs::LogGroup', 'LogGroupName'],
    ['AWS::S3::Bucket', 'BucketName'],
    ['AWS::ElastiCache::ReplicationGroup', 'ReplicationGroupId'],
    ['AWS::ElastiCache::SubnetGroup', 'CacheSubnetGroupName'],
    ['AWS::EC2::SecurityGroup', 'GroupName'],
    ['AWS::IAM::Role', 'RoleName'],
    ['AWS::SSM::Parameter', 'Name'],
  ])('every %s has %s containing the environment name', (type, property) => {
    for (const [template, name] of [
      [production, 'automation-master'],
      [ephemeral, EPHEMERAL],
    ] as const) {
      const names = propertiesOf(template, type)
        .map((properties) => properties[property])
        .filter((value) => value !== undefined);
      expect(names.length).toBeGreaterThan(0);
      for (const value of names) expect(value).toEqual(expect.stringContaining(name));
    }
  });

  it('names buckets <environment>-<role>-<account>', () => {
    ephemeral.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: `${EPHEMERAL}-metrics-${TEST_ACCOUNT}`,
    });
    production.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: `automation-master-service-affecting-reports-${TEST_ACCOUNT}`,
    });
  });
});

describe('environment stack - log group', () => {
  it('keeps production logs 30 days and ephemeral logs 14', () => {
    production.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/automation-engine/automation-master',
      RetentionInDays: 30,
    });
    ephemeral.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: `/automation-engine/${EPHEMERAL}`,
      RetentionInDays: 14,
    });
  });
});

describe('environment stack - removal policies', () => {
  const stateful = ['AWS::Logs::LogGroup', 'AWS::S3::Bucket', 'AWS::ElastiCache::ReplicationGroup'];

  it.each(stateful)('retains every %s of production', (type) => {
    const resources = Object.values(resourcesOf(production, type));
    expect(resources.length).toBeGreaterThan(0);
    for (const resource of resources) expect(resource.DeletionPolicy).toBe('Retain');
  });

  it.each(stateful)('deletes every %s of an ephemeral environment with its stack', (type) => {
    const resources = Object.values(resourcesOf(ephemeral, type));
    expect(resources.length).toBeGreaterThan(0);
    for (const resource of resources) expect(resource.DeletionPolicy).toBe('Delete');
  });

  it('empties ephemeral buckets before deleting them, and never production ones', () => {
    ephemeral.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
    production.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });
});

describe('environment stack - buckets', () => {
  it.each([
    ['production', () => production],
    ['ephemeral', () => ephemeral],
  ])(
    '%s buckets block every public access, are encrypted and refuse plain HTTP',
    (_kind, template) => {
      template().resourceCountIs('AWS::S3::Bucket', 2);
      template().allResourcesProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      });
      template().allResourcesProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    },
  );

  it('expires ephemeral objects and versions production ones', () => {
    ephemeral.allResourcesProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ ExpirationInDays: EPHEMERAL_OBJECT_EXPIRY_DAYS }),
        ]),
      },
    });
    production.allResourcesProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
    });
    for (const bucket of propertiesOf(production, 'AWS::S3::Bucket')) {
      expect(JSON.stringify(bucket['LifecycleConfiguration'])).not.toContain('ExpirationInDays');
    }
  });
});

describe('environment stack - Redis by role', () => {
  it.each(Object.entries(REDIS_ROLES))(
    'has a %s Redis with the node type of its environment',
    (role, { nodeType }) => {
      production.hasResourceProperties('AWS::ElastiCache::ReplicationGroup', {
        ReplicationGroupId: `automation-master-${role}`,
        CacheNodeType: nodeType.production,
      });
      ephemeral.hasResourceProperties('AWS::ElastiCache::ReplicationGroup', {
        ReplicationGroupId: `${EPHEMERAL}-${role}`,
        CacheNodeType: nodeType.ephemeral,
      });
    },
  );

  it('sizes production Redis larger than ephemeral Redis', () => {
    expect(REDIS_ROLES.main.nodeType.production).toBe('cache.m6g.large');
    for (const { nodeType } of Object.values(REDIS_ROLES))
      expect(nodeType.ephemeral).toBe('cache.t4g.micro');
    for (const { nodeType } of Object.values(REDIS_ROLES))
      expect(nodeType.production).not.toBe(nodeType.ephemeral);
  });

  it('encrypts Redis at rest and in transit and publishes its rediss:// URL in SSM', () => {
    ephemeral.allResourcesProperties('AWS::ElastiCache::ReplicationGroup', {
      Engine: 'redis',
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
      NumCacheClusters: 1,
      Port: 6379,
    });
    ephemeral.hasResourceProperties('AWS::SSM::Parameter', {
      Name: `/automation-engine/${EPHEMERAL}/redis/customer-cache-url`,
      Value: { 'Fn::Join': ['', Match.arrayWith(['rediss://'])] },
    });
  });

  it('admits only the shared cluster nodes on 6379 and lets nothing out', () => {
    ephemeral.hasResourceProperties('AWS::EC2::SecurityGroup', {
      VpcId: CLUSTER.vpcId,
      SecurityGroupIngress: [
        Match.objectLike({
          IpProtocol: 'tcp',
          FromPort: 6379,
          ToPort: 6379,
          SourceSecurityGroupId: CLUSTER.clusterSecurityGroupId,
        }),
      ],
      SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32' })],
    });
    ephemeral.hasResourceProperties('AWS::ElastiCache::SubnetGroup', {
      SubnetIds: CLUSTER.privateSubnetIds,
    });
  });
});

describe('environment stack - shared cluster by attributes', () => {
  it('reads the shared cluster from its SSM parameters at deploy time when not given', () => {
    const parameters = Object.keys(
      (production.toJSON() as { Parameters: Record<string, unknown> }).Parameters,
    );
    for (const name of ['vpcid', 'privatesubnetids', 'securitygroupid', 'ingresshostname']) {
      expect(
        parameters.some((parameter) => parameter.includes(`automationengineprocluster${name}`)),
      ).toBe(true);
    }
  });

  it('makes no CloudFormation import of another stack', () => {
    expect(JSON.stringify(production.toJSON())).not.toContain('Fn::ImportValue');
  });
});

describe('environment stack - DNS and workloads', () => {
  it('points the environment host names at the cluster ingress', () => {
    ephemeral.resourceCountIs('AWS::Route53::RecordSet', 2);
    ephemeral.hasResourceProperties('AWS::Route53::RecordSet', {
      Name: 'ab12cd34-dev.mettel-automation.net.',
      Type: 'CNAME',
      ResourceRecords: [CLUSTER.ingressHostname],
      HostedZoneId: 'Z123TEST',
    });
    ephemeral.hasResourceProperties('AWS::Route53::RecordSet', {
      Name: 'oreilly-ab12cd34.mettel-automation.net.',
    });
    production.resourceCountIs('AWS::Route53::RecordSet', 4);
    production.hasResourceProperties('AWS::Route53::RecordSet', {
      Name: 'grafana.mettel-automation.net.',
    });
  });

  it('binds the workload role to the environment namespace through Pod Identity', () => {
    ephemeral.hasResourceProperties('AWS::EKS::PodIdentityAssociation', {
      ClusterName: 'mettel-automation-dev',
      Namespace: 'automation-engine-ab12cd34',
      ServiceAccount: 'automation-engine',
    });
    production.hasResourceProperties('AWS::EKS::PodIdentityAssociation', {
      ClusterName: 'mettel-automation',
      Namespace: 'automation-engine',
    });
  });
});
