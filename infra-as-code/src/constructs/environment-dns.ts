import { Duration } from 'aws-cdk-lib';
import { CnameRecord, HostedZone } from 'aws-cdk-lib/aws-route53';
import { Construct } from 'constructs';
import type { DeploymentEnvironment } from '../deployment-environment.js';
import { environmentHostLabels } from '../environment-host-names.js';

export interface EnvironmentDnsProps {
  environment: DeploymentEnvironment;
  hostedZone: { id: string; name: string };
  /** The shared cluster's ingress load balancer DNS name. */
  ingressHostname: string;
}

/** CNAME records for the environment's host names (spec/operations.md §0), to the cluster ingress. */
export class EnvironmentDns extends Construct {
  readonly records: readonly CnameRecord[];

  constructor(scope: Construct, id: string, props: EnvironmentDnsProps) {
    super(scope, id);
    const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: props.hostedZone.id,
      zoneName: props.hostedZone.name,
    });
    this.records = environmentHostLabels(props.environment).map(
      (label) =>
        new CnameRecord(this, label, {
          zone,
          recordName: `${label}.${props.hostedZone.name}`,
          domainName: props.ingressHostname,
          ttl: Duration.minutes(5),
          comment: `${props.environment.name} ingress`,
        }),
    );
  }
}
