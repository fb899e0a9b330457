import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { PutObjectCommand } from '@aws-sdk/client-s3';

type S3Sdk = typeof import('@aws-sdk/client-s3');
/** The two SDK classes the store uses. */
export type S3SdkLike = Pick<S3Sdk, 'S3Client' | 'PutObjectCommand'>;

/**
 * The SDK is loaded when an S3 store is built, through Node's own resolution: under vitest the
 * bundler's `module` condition picks the SDK's `dist-es` build, which Node cannot load.
 */
function s3Sdk(): S3Sdk {
  return createRequire(import.meta.url)('@aws-sdk/client-s3') as S3Sdk;
}

/** Where reports are kept (the original uploaded the bandwidth CSV to S3). */
export interface ObjectStore {
  /** Stores `body` under `key`; resolves to where it went (a path or an `s3://` URL). */
  put(key: string, body: string, contentType: string): Promise<string>;
}

/** A key as a plain file name: no directories, no leading dots, only `[A-Za-z0-9._-]`. */
export function safeFileName(key: string): string {
  const cleaned = key.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return cleaned === '' ? '_' : cleaned;
}

/** Files in a local folder (created on first use); the default when no bucket is configured. */
export class LocalFolderStore implements ObjectStore {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = resolve(dir);
  }

  async put(key: string, body: string): Promise<string> {
    await mkdir(this.#dir, { recursive: true });
    const path = join(this.#dir, safeFileName(key));
    await writeFile(path, body, 'utf8');
    return path;
  }
}

/** The part of the S3 client the store uses (stubbed in tests). */
export interface S3Sender {
  send(command: PutObjectCommand): Promise<unknown>;
}

/** Objects in an S3 bucket (`PutObject`); a failed upload rejects. */
export class S3Store implements ObjectStore {
  readonly #bucket: string;
  readonly #client: S3Sender;
  readonly #sdk: S3SdkLike;

  constructor(spec: {
    bucket: string;
    region?: string | undefined;
    endpoint?: string | undefined;
    client?: S3Sender;
    /** The SDK to build clients and commands with (default `@aws-sdk/client-s3`). */
    sdk?: S3SdkLike;
  }) {
    this.#bucket = spec.bucket;
    this.#sdk = spec.sdk ?? s3Sdk();
    this.#client =
      spec.client ??
      new this.#sdk.S3Client({
        ...(spec.region === undefined ? {} : { region: spec.region }),
        // A custom endpoint (MinIO, LocalStack) needs path-style addressing.
        ...(spec.endpoint === undefined ? {} : { endpoint: spec.endpoint, forcePathStyle: true }),
      });
  }

  async put(key: string, body: string, contentType: string): Promise<string> {
    await this.#client.send(
      new this.#sdk.PutObjectCommand({
        Bucket: this.#bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
      }),
    );
    return `s3://${this.#bucket}/${key}`;
  }
}
