import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/build-app.js';
import { EPHEMERAL, testSettings } from './fixtures.js';

/** CloudFormation types that take no tags; every other resource must carry ours. */
const UNTAGGABLE_TYPES = new Set([
  'AWS::S3::BucketPolicy',
  'AWS::IAM::Policy',
  'AWS::Route53::RecordSet',
  'AWS::Logs::MetricFilter',
  'AWS::SNS::Subscription',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPCGatewayAttachment',
  'Custom::S3AutoDeleteObjects',
]);

interface TemplateJson {
  Resources: Record<string, { Type: string; Properties?: { Tags?: unknown } }>;
}

/** Tags as a map, whether CloudFormation wants a list of {Key, Value} or a map (SSM, EKS node groups). */
function tagsOf(resource: { Properties?: { Tags?: unknown } }): Record<string, unknown> {
  const tags = resource.Properties?.Tags;
  if (Array.isArray(tags)) {
    return Object.fromEntries(
      (tags as { Key: string; Value: unknown }[]).map((tag) => [tag.Key, tag.Value]),
    );
  }
  return typeof tags === 'object' && tags !== null ? (tags as Record<string, unknown>) : {};
}

const outdirs: string[] = [];
function synth(environment: string): CloudAssembly {
  const outdir = mkdtempSync(join(tmpdir(), 'infra-synth-'));
  outdirs.push(outdir);
  const app = new App({ outdir });
  buildApp(app, testSettings(environment));
  return app.synth();
}

let production: CloudAssembly;
let ephemeral: CloudAssembly;
beforeAll(() => {
  production = synth('automation-master');
  ephemeral = synth(EPHEMERAL);
});
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

describe('app - synth', () => {
  it('synthesizes both shared clusters and the chosen environment', () => {
    expect(production.stacks.map((s) => s.stackName).sort()).toEqual([
      'automation-master',
      'mettel-automation-cluster',
      'mettel-automation-dev-cluster',
    ]);
    expect(ephemeral.stacks.map((s) => s.stackName)).toContain(EPHEMERAL);
  });

  it('needs no lookup: nothing is missing from the context, so it synthesizes offline', () => {
    expect(production.manifest.missing ?? []).toEqual([]);
    expect(ephemeral.manifest.missing ?? []).toEqual([]);
  });

  it('deploys to the account and region it is given', () => {
    const stack = production.getStackByName('automation-master');
    expect(stack.environment).toMatchObject({ account: '123456789012', region: 'us-east-1' });
  });

  it('protects production and the shared clusters from deletion, not an ephemeral environment', () => {
    expect(production.getStackByName('automation-master').terminationProtection).toBe(true);
    expect(production.getStackByName('mettel-automation-cluster').terminationProtection).toBe(true);
    expect(ephemeral.getStackByName(EPHEMERAL).terminationProtection).toBe(false);
  });
});

describe('app - tags', () => {
  it.each([
    ['production', () => production],
    ['ephemeral', () => ephemeral],
  ])('leaves no taggable resource without Project and Environment tags (%s)', (_kind, assembly) => {
    for (const stack of assembly().stacks) {
      const template = stack.template as TemplateJson;
      for (const [logicalId, resource] of Object.entries(template.Resources)) {
        if (UNTAGGABLE_TYPES.has(resource.Type)) continue;
        const tags = tagsOf(resource);
        expect({ stack: stack.stackName, logicalId, project: tags['Project'] }).toEqual({
          stack: stack.stackName,
          logicalId,
          project: 'mettel-automation',
        });
        expect(tags['Environment'], `${stack.stackName}/${logicalId}`).toBeTypeOf('string');
      }
    }
  });

  it('tags an environment stack with its environment name', () => {
    const template = ephemeral.getStackByName(EPHEMERAL).template as TemplateJson;
    const environments = new Set(
      Object.values(template.Resources)
        .filter((resource) => !UNTAGGABLE_TYPES.has(resource.Type))
        .map((resource) => tagsOf(resource)['Environment']),
    );
    expect([...environments]).toEqual([EPHEMERAL]);
  });
});
