import { createServer as createNetServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeLogger,
  createLogger,
  PapertrailStream,
  type PapertrailStatus,
  type PapertrailStreamOptions,
} from '@automation-engine/observability';
import { captureStream as logSink } from '@automation-engine/testing';
import {
  eventually,
  hasOpenssl,
  selfSignedCertificate,
  TlsSyslogServer,
  unusedPort,
  type Certificate,
} from './tls-syslog-server.js';

const opensslMissing = !hasOpenssl();
if (opensslMissing) {
  console.warn(
    'papertrail stream tests skipped: the openssl CLI, which makes their certificate, is not on the PATH',
  );
}

const SYSLOG_LINE = /^<(\d+)>1 (\S+) (\S+) (\S+) (\S+) - - (.*)$/;

function parseSyslog(line: string) {
  const match = SYSLOG_LINE.exec(line);
  if (match === null) throw new Error(`not an RFC 5424 line: ${line}`);
  const [, pri, time, hostname, appName, procId, message] = match;
  return { pri: Number(pri), time, hostname, appName, procId, message: message ?? '' };
}

describe.skipIf(opensslMissing)('papertrail stream', () => {
  let made: Certificate | undefined;
  // Made once, on first use, so the whole file is skipped cleanly without openssl.
  const certificate = (): Certificate => (made ??= selfSignedCertificate());
  const cleanups: (() => Promise<void>)[] = [];

  function server(port?: number) {
    const created = new TlsSyslogServer(certificate(), port);
    cleanups.push(() => created.stop());
    return created.start();
  }

  function stream(port: number, options: Partial<PapertrailStreamOptions> = {}) {
    const statuses: PapertrailStatus[] = [];
    const created = new PapertrailStream({
      host: '127.0.0.1',
      port,
      appName: 'test-bruin-bridge',
      tls: { ca: certificate().cert },
      retry: { initialMs: 20, maxMs: 100 },
      onStatus: (status) => statuses.push(status),
      ...options,
    });
    cleanups.push(() => created.close());
    return { stream: created, statuses };
  }

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('ships lines from the logger as RFC 5424 with the level as PRI and the prefix as app-name', async () => {
    const receiver = await server();
    const sink = logSink();
    const logger = createLogger({
      service: 'bruin-bridge',
      environment: 'test',
      version: '1.0.0',
      level: 'debug',
      destination: sink.stream,
      papertrail: { host: '127.0.0.1', port: receiver.port, tls: { ca: certificate().cert } },
    });
    logger.debug('d');
    logger.info({ ticketId: 1 }, 'i');
    logger.warn('w');
    logger.error({ password: 'hunter2' }, 'e');
    logger.fatal('f');
    await eventually(() => receiver.received.length >= 6);
    await closeLogger(logger);

    const records = receiver.received.map(parseSyslog);
    const byMsg = new Map(
      records.map((r) => [(JSON.parse(r.message) as { msg: string }).msg, r] as const),
    );
    expect(['d', 'i', 'w', 'e', 'f'].map((msg) => byMsg.get(msg)?.pri)).toEqual([
      15, 14, 12, 11, 10,
    ]);
    for (const record of records) {
      expect(record.appName).toBe('test-bruin-bridge');
      expect(record.procId).toBe(String(process.pid));
      expect(record.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(JSON.parse(byMsg.get('i')?.message ?? '{}')).toMatchObject({
      service: 'bruin-bridge',
      environment: 'test',
      version: '1.0.0',
      ticketId: 1,
    });
    expect(receiver.received.join('\n')).not.toContain('hunter2');
    expect(byMsg.get('papertrail connected')?.pri).toBe(14);
    // The same lines went to the primary destination too.
    expect(sink.lines().map((line) => line.msg)).toEqual(
      expect.arrayContaining(['d', 'i', 'w', 'e', 'f']),
    );
  });

  it('logs that Papertrail is unreachable and keeps logging locally', async () => {
    const sink = logSink();
    const logger = createLogger({
      service: 'svc',
      environment: 'test',
      version: '0',
      destination: sink.stream,
      papertrail: { host: '127.0.0.1', port: await unusedPort(), tls: { ca: certificate().cert } },
    });
    logger.info('still here');
    await eventually(() => sink.lines().some((line) => line.level === 'warn'));
    await closeLogger(logger);
    expect(sink.lines().map((line) => [line.level, line.msg])).toEqual([
      ['info', 'still here'],
      ['warn', 'papertrail disconnected; buffering lines'],
    ]);
    expect(sink.lines()[1]).toMatchObject({ err: { code: 'ECONNREFUSED' } });
  });

  it('uses PAPERTRAIL_PREFIX as app-name when given', async () => {
    const receiver = await server();
    const logger = createLogger({
      service: 'svc',
      environment: 'test',
      version: '0',
      destination: logSink().stream,
      papertrail: {
        host: '127.0.0.1',
        port: receiver.port,
        prefix: 'custom-app',
        tls: { rejectUnauthorized: false },
      },
    });
    logger.info('hello');
    await eventually(() => receiver.received.some((line) => line.includes('"hello"')));
    await closeLogger(logger);
    expect(parseSyslog(receiver.received[0] ?? '').appName).toBe('custom-app');
  });

  it('survives the server dying, buffers meanwhile, and resumes when it comes back', async () => {
    const receiver = await server();
    const { stream: papertrail, statuses } = stream(receiver.port);
    papertrail.write('{"msg":"before"}\n');
    await eventually(() => receiver.received.length === 1);

    await receiver.stop();
    await eventually(() => !papertrail.stats().connected);
    papertrail.write('{"msg":"during-1"}\n');
    papertrail.write('{"msg":"during-2"}\n');
    expect(papertrail.stats()).toMatchObject({ connected: false, buffered: 2, dropped: 0 });
    // Let a few reconnect attempts fail against the closed port.
    await new Promise((resolve) => setTimeout(resolve, 150));

    await receiver.start();
    await eventually(() => receiver.received.length === 3);
    expect(receiver.received.map((line) => parseSyslog(line).message)).toEqual([
      '{"msg":"before"}',
      '{"msg":"during-1"}',
      '{"msg":"during-2"}',
    ]);
    expect(statuses.map((s) => s.status)).toEqual(['connected', 'disconnected', 'connected']);
    papertrail.write('{"msg":"after"}\n');
    await eventually(() => receiver.received.length === 4);
  });

  it('keeps only the newest lines while disconnected and counts the dropped ones', async () => {
    const port = await unusedPort();
    const { stream: papertrail, statuses } = stream(port, { bufferSize: 3 });
    for (let i = 1; i <= 5; i += 1) papertrail.write(`{"n":${i}}\n`);
    expect(papertrail.stats()).toEqual({ connected: false, buffered: 3, dropped: 2 });

    const receiver = await server(port);
    await eventually(() => receiver.received.length === 3);
    expect(receiver.received.map((line) => parseSyslog(line).message)).toEqual([
      '{"n":3}',
      '{"n":4}',
      '{"n":5}',
    ]);
    expect(statuses[0]).toMatchObject({ status: 'disconnected' });
    expect(statuses.at(-1)).toEqual({ status: 'connected', droppedWhileDisconnected: 2 });
  });

  it('sends what is buffered and closes on close()', async () => {
    const receiver = await server();
    const { stream: papertrail } = stream(receiver.port);
    for (let i = 1; i <= 50; i += 1) papertrail.write(`{"n":${i}}\n`);
    await papertrail.close();
    await eventually(() => receiver.received.length === 50);
    await eventually(() => receiver.connections() === 0);
    papertrail.write('{"n":"ignored"}\n');
    await papertrail.close();
    expect(receiver.received).toHaveLength(50);
  });

  it('closes at once when there is no connection, discarding the buffer', async () => {
    const { stream: papertrail } = stream(await unusedPort(), { retry: { initialMs: 10_000 } });
    papertrail.write('{"n":1}\n');
    await eventually(() => !papertrail.stats().connected && papertrail.stats().buffered === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await papertrail.close();
    expect(papertrail.stats()).toEqual({ connected: false, buffered: 0, dropped: 1 });
  });

  it('gives up a handshake that never completes and retries', async () => {
    const accepted = new Set<Socket>();
    const silent = createNetServer((socket: Socket) => {
      accepted.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      const closed = new Promise((resolve) => silent.close(resolve));
      for (const socket of accepted) socket.destroy();
      await closed;
    });
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const { statuses } = stream(address.port, { connectTimeoutMs: 50 });
    await eventually(() => statuses.length > 0);
    expect(statuses[0]).toMatchObject({ status: 'disconnected' });
    const first = statuses[0];
    expect(first?.status === 'disconnected' ? first.error?.message : '').toBe(
      'connect timed out after 50 ms',
    );
  });

  it('rejects a server whose certificate it does not trust, without crashing', async () => {
    const receiver = await server();
    const { stream: papertrail, statuses } = stream(receiver.port, { tls: {} });
    papertrail.write('{"msg":"kept"}\n');
    await eventually(() => statuses.length > 0);
    expect(statuses[0]).toMatchObject({ status: 'disconnected' });
    expect(papertrail.stats()).toMatchObject({ connected: false, buffered: 1 });
    expect(receiver.received).toEqual([]);
  });
});
