import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LocalFolderStore,
  S3Store,
  safeFileName,
  type ObjectStore,
  type S3SdkLike,
} from '../../src/storage/object-store.js';

describe('safeFileName', () => {
  it.each([
    ['daily-bandwidth-report_2026-11-22_100.csv', 'daily-bandwidth-report_2026-11-22_100.csv'],
    ['../../etc/passwd', '__.._etc_passwd'],
    ['a b/c', 'a_b_c'],
    ['.hidden', '_hidden'],
    ['', '_'],
  ])('%j → %j', (key, name) => {
    expect(safeFileName(key)).toBe(name);
  });
});

describe('LocalFolderStore', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('creates the folder and writes the file under a safe name', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sam-store-'));
    const store: ObjectStore = new LocalFolderStore(join(dir, 'nested', 'reports'));
    const path = await store.put('../x/report.csv', 'a,b\r\n', 'text/csv');
    expect(path).toBe(join(dir, 'nested', 'reports', '__x_report.csv'));
    expect(await readFile(path, 'utf8')).toBe('a,b\r\n');
  });
});

/** Stands for the SDK's classes in-process (vitest cannot load the SDK's ESM build). */
class FakePutObjectCommand {
  constructor(readonly input: Record<string, unknown>) {}
}
class FakeS3Client {
  static built: unknown[] = [];
  constructor(config: unknown) {
    FakeS3Client.built.push(config);
  }
  send(): Promise<unknown> {
    return Promise.resolve({});
  }
}
const fakeSdk = {
  S3Client: FakeS3Client,
  PutObjectCommand: FakePutObjectCommand,
} as unknown as S3SdkLike;

describe('S3Store', () => {
  it('puts the object in the bucket with its content type', async () => {
    const sent: unknown[] = [];
    const store = new S3Store({
      bucket: 'reports',
      sdk: fakeSdk,
      client: {
        send: (command) => {
          sent.push(command);
          return Promise.resolve({});
        },
      },
    });
    expect(await store.put('daily.csv', 'x', 'text/csv')).toBe('s3://reports/daily.csv');
    expect(sent).toEqual([
      new FakePutObjectCommand({
        Bucket: 'reports',
        Key: 'daily.csv',
        Body: 'x',
        ContentType: 'text/csv',
      }),
    ]);
  });

  it('rejects when the upload fails', async () => {
    const store = new S3Store({
      bucket: 'reports',
      sdk: fakeSdk,
      client: { send: () => Promise.reject(new Error('AccessDenied')) },
    });
    await expect(store.put('k', 'x', 'text/csv')).rejects.toThrow('AccessDenied');
  });

  it('builds its client from the region and a path-style custom endpoint', () => {
    FakeS3Client.built = [];
    new S3Store({
      bucket: 'b',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      sdk: fakeSdk,
    });
    new S3Store({ bucket: 'b', sdk: fakeSdk });
    expect(FakeS3Client.built).toEqual([
      { region: 'us-east-1', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true },
      {},
    ]);
  });

  it('sends a real PutObjectCommand with the real SDK (in a plain Node process)', () => {
    const script = `
      import { S3Store } from './src/storage/object-store.ts';
      const sent = [];
      const store = new S3Store({ bucket: 'reports', region: 'us-east-1', client: { send: async (c) => { sent.push(c); return {}; } } });
      const where = await store.put('a/b.csv', 'x,y', 'text/csv');
      console.log(JSON.stringify({ where, name: sent[0].constructor.name, input: sent[0].input }));
    `;
    const output = execFileSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 },
    );
    expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toEqual({
      where: 's3://reports/a/b.csv',
      name: 'PutObjectCommand',
      input: { Bucket: 'reports', Key: 'a/b.csv', Body: 'x,y', ContentType: 'text/csv' },
    });
  });
});
