import { connect, type Socket } from 'node:net';
import type { Redis } from 'ioredis';
import type { PayloadBufferPool } from './payload-buffer-pool.js';

/** Bytes in a buffer that may be pooled: hand them back with `release()` once read. */
export interface PooledBytes {
  readonly bytes: Buffer;
  /** Safe to call twice; `bytes` must not be read afterwards. */
  release(): void;
}

/** Where Redis is and how to log in, as ioredis resolved it from REDIS_URL. */
export interface BulkReaderTarget {
  host: string;
  port: number;
  path?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
  db: number;
}

/**
 * The target of an ioredis client, or undefined when the reader cannot stand in for it: TLS
 * (Node's user-buffer reads are for plain sockets), Sentinel, or a key prefix.
 */
export function bulkReaderTarget(redis: Redis): BulkReaderTarget | undefined {
  const options = redis.options;
  if (options.tls !== undefined || (options.sentinels?.length ?? 0) > 0 || options.keyPrefix) {
    return undefined;
  }
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 6379,
    // ioredis leaves what REDIS_URL does not say as null.
    path: options.path ?? undefined,
    username: options.username ?? undefined,
    password: options.password ?? undefined,
    db: options.db ?? 0,
  };
}

/** A Redis error reply (`-ERR …`): the connection itself is fine. */
export class RedisReplyError extends Error {
  override readonly name = 'RedisReplyError';
}

/** No reply within the reader's timeout; its connection was closed. */
export class BulkReadTimeoutError extends Error {
  override readonly name = 'BulkReadTimeoutError';
}

interface Pending {
  /** 'bulk' for GET; the name of a login step (AUTH, SELECT) that answers +OK. */
  expects: 'bulk' | 'AUTH' | 'SELECT';
  resolve(value: PooledBytes | null): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout | undefined;
}

interface BulkInProgress {
  /** length + 2: the value and its closing CRLF. */
  target: Buffer;
  length: number;
  received: number;
  /** The pool's buffer `target` lies in, to hand back; undefined when not pooled. */
  pooled: Buffer | undefined;
}

const HEADER_READ_BYTES = 64 * 1024;
// Values this large are read into pooled buffers; smaller ones into buffers of their own.
const POOLED_FROM_BYTES = 64 * 1024;
const LF = 0x0a;

/**
 * GET for claim-checked payloads, on a connection of its own. Each value is read by the kernel
 * straight into a pooled buffer (Node's `onread` user buffers): no 64 KB chunk per read, no
 * concatenation at the end, which is what a 20 MB GET through ioredis spends most of its time on
 * (docs/adr/0003). Requests are pipelined; replies are read in order. A connection that fails
 * fails its requests with the reason, and the next request opens a new one.
 */
export class BulkReader {
  readonly #target: BulkReaderTarget;
  readonly #pool: PayloadBufferPool;
  readonly #timeoutMs: number;
  readonly #headerBuffer = Buffer.allocUnsafe(HEADER_READ_BYTES);
  #socket: Socket | undefined;
  #pending: Pending[] = [];
  #header = '';
  #bulk: BulkInProgress | undefined;
  #closed = false;

  constructor(options: { target: BulkReaderTarget; pool: PayloadBufferPool; timeoutMs?: number }) {
    this.#target = options.target;
    this.#pool = options.pool;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The value of `key`, or null when there is none. */
  async get(key: string): Promise<PooledBytes | null> {
    const reused = this.#socket !== undefined;
    try {
      return await this.#send(['GET', key], 'bulk');
    } catch (error) {
      // A connection left idle may have been closed by Redis (restart, timeout); one retry on a
      // new connection tells that apart from Redis being down.
      const final =
        error instanceof RedisReplyError || error instanceof BulkReadTimeoutError || this.#closed;
      if (!reused || final) throw error;
      return this.#send(['GET', key], 'bulk');
    }
  }

  /** Closes the connection; requests in flight fail. */
  close(): void {
    this.#closed = true;
    this.#socket?.destroy();
  }

  #send(command: readonly string[], expects: Pending['expects']): Promise<PooledBytes | null> {
    if (this.#closed) return Promise.reject(new Error('the claim-check reader is closed'));
    const socket = this.#socket ?? this.#open();
    return new Promise((resolve, reject) => {
      const pending: Pending = { expects, resolve, reject, timer: undefined };
      pending.timer = setTimeout(() => {
        // The stream's place in the protocol is unknown now: only a new connection is safe.
        socket.destroy(
          new BulkReadTimeoutError(`no reply from Redis in ${String(this.#timeoutMs)} ms`),
        );
      }, this.#timeoutMs);
      pending.timer.unref();
      this.#pending.push(pending);
      socket.write(encodeCommand(command));
    });
  }

  #open(): Socket {
    const { host, port, path } = this.#target;
    const socket = connect({
      ...(path === undefined ? { host, port } : { path }),
      onread: {
        buffer: () => this.#nextReadBuffer(),
        callback: (bytesRead, buffer) => {
          this.#onRead(buffer, bytesRead);
          return true; // keep reading
        },
      },
    });
    socket.setNoDelay(true);
    let failure: Error | undefined;
    socket.on('error', (error) => {
      failure = error;
    });
    socket.on('close', () => {
      this.#onClose(socket, failure);
    });
    this.#socket = socket;
    this.#login();
    return socket;
  }

  /** Queued ahead of any GET; a failed step drops the connection (see #onReplyLine). */
  #login(): void {
    const { username, password, db } = this.#target;
    const ignore = () => undefined; // the step's failure reaches the GETs behind it
    if (password !== undefined && password !== '') {
      const credentials =
        username !== undefined && username !== '' ? [username, password] : [password];
      this.#send(['AUTH', ...credentials], 'AUTH').catch(ignore);
    }
    if (db !== 0) this.#send(['SELECT', String(db)], 'SELECT').catch(ignore);
  }

  /** Where the next read goes: straight into the value being read, else the header buffer. */
  #nextReadBuffer(): Buffer {
    const bulk = this.#bulk;
    if (bulk === undefined) return this.#headerBuffer;
    return bulk.target.subarray(bulk.received);
  }

  #onRead(buffer: Uint8Array, bytesRead: number): void {
    const bulk = this.#bulk;
    if (buffer !== this.#headerBuffer && bulk !== undefined) {
      bulk.received += bytesRead;
      if (bulk.received === bulk.target.length) this.#finishBulk(bulk);
      return;
    }
    let offset = 0;
    while (offset < bytesRead && this.#socket?.destroyed === false) {
      const inProgress = this.#bulk;
      if (inProgress !== undefined) {
        const copied = this.#headerBuffer.copy(
          inProgress.target,
          inProgress.received,
          offset,
          Math.min(bytesRead, offset + inProgress.target.length - inProgress.received),
        );
        inProgress.received += copied;
        offset += copied;
        if (inProgress.received === inProgress.target.length) this.#finishBulk(inProgress);
        continue;
      }
      const lineEnd = this.#headerBuffer.indexOf(LF, offset);
      if (lineEnd === -1 || lineEnd >= bytesRead) {
        this.#header += this.#headerBuffer.toString('latin1', offset, bytesRead);
        return;
      }
      const line = this.#header + this.#headerBuffer.toString('latin1', offset, lineEnd);
      this.#header = '';
      offset = lineEnd + 1;
      this.#onReplyLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
  }

  #onReplyLine(line: string): void {
    const pending = this.#pending[0];
    if (pending === undefined) {
      this.#socket?.destroy(new Error(`unexpected reply from Redis: ${line.slice(0, 80)}`));
      return;
    }
    const kind = line[0];
    if (kind === '-' && pending.expects !== 'bulk') {
      // Synchronously, so that no GET queued behind a failed login is answered.
      const error = new Error(`Redis ${pending.expects} failed: ${line.slice(1)}`);
      this.#settle((request) => request.reject(error));
      this.#socket?.destroy(error);
    } else if (kind === '-') {
      this.#settle((request) => request.reject(new RedisReplyError(line.slice(1))));
    } else if (kind === '+' && pending.expects !== 'bulk') {
      this.#settle((request) => request.resolve(null));
    } else if (kind === '$' && pending.expects === 'bulk') {
      const length = Number(line.slice(1));
      if (length === -1) {
        this.#settle((request) => request.resolve(null));
      } else if (Number.isSafeInteger(length) && length >= 0) {
        const size = length + 2;
        const pooled = length >= POOLED_FROM_BYTES ? this.#pool.acquire(size) : undefined;
        const target = pooled ? pooled.subarray(0, size) : Buffer.allocUnsafe(size);
        this.#bulk = { target, length, received: 0, pooled };
      } else {
        this.#socket?.destroy(new Error(`bad bulk length from Redis: ${line.slice(0, 80)}`));
      }
    } else {
      this.#socket?.destroy(new Error(`unexpected reply from Redis: ${line.slice(0, 80)}`));
    }
  }

  #finishBulk(bulk: BulkInProgress): void {
    this.#bulk = undefined;
    const release = once(() => {
      if (bulk.pooled) this.#pool.release(bulk.pooled);
    });
    if (bulk.target[bulk.length] !== 0x0d || bulk.target[bulk.length + 1] !== LF) {
      release();
      this.#socket?.destroy(new Error('a bulk reply from Redis did not end in CRLF'));
      return;
    }
    const bytes = bulk.target.subarray(0, bulk.length);
    this.#settle((request) => request.resolve({ bytes, release }));
  }

  #settle(settle: (request: Pending) => void): void {
    const request = this.#pending.shift();
    if (request === undefined) return;
    clearTimeout(request.timer);
    settle(request);
  }

  #onClose(socket: Socket, failure: Error | undefined): void {
    if (this.#socket !== socket) return;
    this.#socket = undefined;
    this.#header = '';
    const bulk = this.#bulk;
    this.#bulk = undefined;
    if (bulk?.pooled) this.#pool.release(bulk.pooled);
    const error =
      failure instanceof BulkReadTimeoutError
        ? failure
        : new Error(
            `Redis connection for claim-checked payloads lost: ${failure?.message ?? 'closed'}`,
          );
    const failed = this.#pending;
    this.#pending = [];
    for (const request of failed) {
      clearTimeout(request.timer);
      request.reject(error);
    }
  }
}

function once(run: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    run();
  };
}

/** A command as RESP: an array of bulk strings. */
function encodeCommand(parts: readonly string[]): string {
  return `*${String(parts.length)}\r\n${parts
    .map((part) => `$${String(Buffer.byteLength(part))}\r\n${part}\r\n`)
    .join('')}`;
}
