import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readAppSettings, type AppSettings } from '../src/app-settings.js';
import type { SharedClusterAttributes } from '../src/shared-cluster-attributes.js';
import { EnvironmentStack } from '../src/stacks/environment-stack.js';

export const TEST_ACCOUNT = '123456789012';
export const EPHEMERAL = 'automation-ab12cd34';
export const ALARM_EMAILS = {
  engineering: ['team@example.com'],
  'hnoc-leadership': ['hnoc@example.com'],
  'managed-services': ['ms@example.com', 'ms2@example.com'],
};

/** Settings as the app reads them from `-c` context, for a given environment name. */
export function testSettings(environment: string): AppSettings {
  const context: Record<string, unknown> = {
    environment,
    account: TEST_ACCOUNT,
    hostedZoneId: 'Z123TEST',
    alarmEmails: JSON.stringify(ALARM_EMAILS),
  };
  return readAppSettings((key) => context[key]).settings;
}

export const CLUSTER: SharedClusterAttributes = {
  clusterName: 'mettel-automation-dev',
  vpcId: 'vpc-0123456789abcdef0',
  privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
  clusterSecurityGroupId: 'sg-0123456789abcdef0',
  ingressHostname: 'ingress-123.elb.us-east-1.amazonaws.com',
};

/** One environment stack in its own app, synthesized once. */
export function environmentTemplate(
  environment: string,
  cluster?: SharedClusterAttributes,
): Template {
  const settings = testSettings(environment);
  const stack = new EnvironmentStack(new App(), {
    env: { account: settings.account, region: settings.region },
    environment: settings.environment,
    hostedZone: settings.hostedZone,
    alarmSubscribers: settings.alarmSubscribers,
    ...(cluster === undefined ? {} : { cluster }),
  });
  return Template.fromStack(stack);
}

export type Resources = Record<
  string,
  { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string }
>;

export function resourcesOf(template: Template, type?: string): Resources {
  const all = template.toJSON() as { Resources: Resources };
  if (type === undefined) return all.Resources;
  return Object.fromEntries(
    Object.entries(all.Resources).filter(([, resource]) => resource.Type === type),
  );
}

export function propertiesOf(template: Template, type: string): Record<string, unknown>[] {
  return Object.values(resourcesOf(template, type)).map((resource) => resource.Properties ?? {});
}
