import { Aspects, CfnResource, Tags, TagManager, type IAspect } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export const PROJECT_TAG = 'mettel-automation';

/** Resource types CDK does not tag by itself (raw resources of helper providers) but CloudFormation can. */
const RAW_TAGGABLE_TYPES = new Set(['AWS::IAM::Role', 'AWS::Lambda::Function']);

class TagRawResources implements IAspect {
  constructor(private readonly tags: Readonly<Record<string, string>>) {}

  visit(node: IConstruct): void {
    if (!(node instanceof CfnResource) || TagManager.isTaggable(node)) return;
    if (!RAW_TAGGABLE_TYPES.has(node.cfnResourceType)) return;
    node.addPropertyOverride(
      'Tags',
      Object.entries(this.tags).map(([Key, Value]) => ({ Key, Value })),
    );
  }
}

/**
 * Tags every resource under `scope` with Project, Environment and Provisioning, including the
 * custom-resource providers (bucket auto-delete, default security group) CDK adds as raw resources.
 */
export function applyStandardTags(scope: IConstruct, environment: string): void {
  const tags = { Project: PROJECT_TAG, Environment: environment, Provisioning: 'cdk' };
  for (const [key, value] of Object.entries(tags)) Tags.of(scope).add(key, value);
  Aspects.of(scope).add(new TagRawResources(tags));
}
