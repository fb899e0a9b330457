import type { App } from 'aws-cdk-lib';
import type { AppSettings } from './app-settings.js';
import { CLUSTER_TYPES, type ClusterType } from './cluster-type.js';
import { EnvironmentStack } from './stacks/environment-stack.js';
import { SharedClusterStack } from './stacks/shared-cluster-stack.js';

export interface AutomationApp {
  sharedClusters: Readonly<Record<ClusterType, SharedClusterStack>>;
  environment: EnvironmentStack;
}

/**
 * The app's stacks: both shared clusters (`mettel-automation-cluster`,
 * `mettel-automation-dev-cluster`, each deployed once) and the stack of the chosen environment.
 */
export function buildApp(app: App, settings: AppSettings): AutomationApp {
  const env = { account: settings.account, region: settings.region };
  const sharedCluster = (clusterType: ClusterType): SharedClusterStack =>
    new SharedClusterStack(app, {
      env,
      clusterType,
      kubernetesVersion: settings.kubernetesVersion,
    });
  return {
    sharedClusters: {
      production: sharedCluster(CLUSTER_TYPES.production),
      dev: sharedCluster(CLUSTER_TYPES.dev),
    },
    environment: new EnvironmentStack(app, {
      env,
      environment: settings.environment,
      hostedZone: settings.hostedZone,
      alarmSubscribers: settings.alarmSubscribers,
    }),
  };
}
