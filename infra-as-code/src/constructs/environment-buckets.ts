import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  ObjectOwnership,
  type LifecycleRule,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { isProduction, type DeploymentEnvironment } from '../deployment-environment.js';

/** Objects of an ephemeral environment expire after this many days. */
export const EPHEMERAL_OBJECT_EXPIRY_DAYS = 14;

export const BUCKET_ROLES = {
  metrics: 'long-term Prometheus metrics (Thanos object store)',
  'service-affecting-reports': 'reports written by service-affecting-monitor',
} as const;
export type BucketRole = keyof typeof BUCKET_ROLES;

/**
 * The environment's buckets, named `<environment>-<role>-<account>`: private (every public
 * access blocked, owner-enforced), S3-encrypted, TLS only. Production keeps versions and is
 * retained; an ephemeral environment's objects expire and its buckets are emptied and deleted
 * with the stack.
 */
export class EnvironmentBuckets extends Construct {
  readonly byRole: Readonly<Record<BucketRole, Bucket>>;

  constructor(scope: Construct, id: string, props: { environment: DeploymentEnvironment }) {
    super(scope, id);
    const { environment } = props;
    const production = isProduction(environment);
    const lifecycleRules: LifecycleRule[] = production
      ? [
          {
            abortIncompleteMultipartUploadAfter: Duration.days(7),
            noncurrentVersionExpiration: Duration.days(90),
          },
        ]
      : [
          {
            abortIncompleteMultipartUploadAfter: Duration.days(1),
            expiration: Duration.days(EPHEMERAL_OBJECT_EXPIRY_DAYS),
          },
        ];

    const make = (role: BucketRole): Bucket =>
      new Bucket(this, role, {
        bucketName: `${environment.name}-${role}-${Stack.of(this).account}`,
        encryption: BucketEncryption.S3_MANAGED,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
        enforceSSL: true,
        versioned: production,
        lifecycleRules,
        removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        autoDeleteObjects: !production,
      });
    this.byRole = {
      metrics: make('metrics'),
      'service-affecting-reports': make('service-affecting-reports'),
    };
  }
}
