import { isIP } from 'node:net';
import { hostname as osHostname } from 'node:os';
import { connect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { formatSyslogLine } from './format-syslog-line.js';

/** Where to ship log lines; what a service configures. */
export interface PapertrailOptions {
  host: string;
  port: number;
  /** The syslog APP-NAME; `createLogger` defaults it to `<environment>-<service>`. */
  prefix?: string;
  /** Extra TLS options (`ca`, `rejectUnauthorized`, …) merged into `tls.connect`. */
  tls?: ConnectionOptions;
  /** Lines kept while disconnected; the oldest are dropped beyond it. Defaults to 1,000. */
  bufferSize?: number;
}

export type PapertrailStatus =
  | { status: 'connected'; droppedWhileDisconnected: number }
  | { status: 'disconnected'; error?: Error };

export interface PapertrailStreamOptions extends Omit<PapertrailOptions, 'prefix'> {
  appName: string;
  hostname?: string;
  procId?: string | number;
  /** Reconnect delays: doubles from `initialMs` up to `maxMs`. Defaults to 500 ms and 30 s. */
  retry?: { initialMs?: number; maxMs?: number };
  /** Gives up a connection attempt after this long. Defaults to 10 s. */
  connectTimeoutMs?: number;
  /** Told when the connection comes up or goes down (once per outage, not per retry). */
  onStatus?: (status: PapertrailStatus) => void;
}

export interface PapertrailStats {
  connected: boolean;
  buffered: number;
  dropped: number;
}

const PINO_METADATA = Symbol.for('pino.metadata');
const INFO = 30;

function waitForEvent(
  socket: TLSSocket,
  events: readonly string[],
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve) => {
    const done = (event: string) => () => {
      clearTimeout(timer);
      for (const [name, listener] of listeners) socket.off(name, listener);
      resolve(event);
    };
    const listeners = events.map((name) => [name, done(name)] as const);
    for (const [name, listener] of listeners) socket.once(name, listener);
    const timer = setTimeout(done('timeout'), timeoutMs);
  });
}

/**
 * A pino destination that ships each line as RFC 5424 syslog over TLS (Papertrail's format). It
 * never throws and never blocks: while disconnected it keeps the newest `bufferSize` lines,
 * reconnects with exponential backoff, and sends the backlog once the connection is back. Lines
 * already handed to a socket that then dies are lost, as with any plain syslog stream.
 */
export class PapertrailStream {
  /** Makes pino (and its multistream) set `lastLevel` before each write. */
  readonly [PINO_METADATA] = true;
  lastLevel: number = INFO;

  private readonly options: PapertrailStreamOptions;
  private readonly bufferSize: number;
  private readonly hostname: string;
  private readonly procId: string | number;
  private pending: string[] = [];
  private socket: TLSSocket | undefined;
  private connected = false;
  private waitingForDrain = false;
  private closed = false;
  private announcedDown = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private lastError: Error | undefined;
  private dropped = 0;
  private droppedSinceUp = 0;

  constructor(options: PapertrailStreamOptions) {
    this.options = options;
    this.bufferSize = Math.max(1, options.bufferSize ?? 1000);
    this.hostname = options.hostname ?? osHostname();
    this.procId = options.procId ?? process.pid;
    this.connect();
  }

  write(line: string): boolean {
    if (this.closed) return true;
    const record = formatSyslogLine({
      level: this.lastLevel,
      time: new Date(),
      hostname: this.hostname,
      appName: this.options.appName,
      procId: this.procId,
      message: line,
    });
    if (this.canSend()) this.send(record);
    else this.enqueue(record);
    return true;
  }

  stats(): PapertrailStats {
    return { connected: this.connected, buffered: this.pending.length, dropped: this.dropped };
  }

  /** For pino's multistream `end()`; prefer awaiting `close()`. */
  end(): void {
    void this.close();
  }

  /** Stops reconnecting, sends what is buffered if it can within `timeoutMs`, and closes. */
  async close(timeoutMs = 2000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    if (socket !== undefined && !this.connected) {
      await waitForEvent(socket, ['secureConnect', 'close'], timeoutMs);
    }
    if (socket === undefined || !this.connected) {
      this.discardPending();
      socket?.destroy();
      return;
    }
    for (const record of this.pending) socket.write(record);
    this.pending = [];
    const ended = waitForEvent(socket, ['close'], timeoutMs);
    socket.end();
    if ((await ended) === 'timeout') socket.destroy();
  }

  private connect(): void {
    this.retryTimer = undefined;
    const { host, port, tls, connectTimeoutMs = 10_000 } = this.options;
    const servername = isIP(host) === 0 ? host : undefined;
    const socket = connect({ servername, ...tls, host, port });
    this.socket = socket;
    // A logger must not keep a finished process alive.
    socket.unref();
    socket.setTimeout(connectTimeoutMs);
    socket.on('timeout', () =>
      socket.destroy(new Error(`connect timed out after ${connectTimeoutMs} ms`)),
    );
    socket.on('secureConnect', () => {
      socket.setTimeout(0);
      socket.setKeepAlive(true, 30_000);
      this.onUp();
    });
    socket.on('drain', () => {
      this.waitingForDrain = false;
      this.flush();
    });
    socket.on('error', (error: Error) => {
      this.lastError = error;
    });
    socket.on('close', () => {
      this.onDown(socket);
    });
  }

  private onUp(): void {
    this.connected = true;
    this.attempt = 0;
    this.announcedDown = false;
    this.lastError = undefined;
    this.options.onStatus?.({ status: 'connected', droppedWhileDisconnected: this.droppedSinceUp });
    this.droppedSinceUp = 0;
    this.flush();
  }

  private onDown(socket: TLSSocket): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    this.connected = false;
    this.waitingForDrain = false;
    if (this.closed) return;
    if (!this.announcedDown) {
      this.announcedDown = true;
      const error = this.lastError;
      this.options.onStatus?.(
        error === undefined ? { status: 'disconnected' } : { status: 'disconnected', error },
      );
    }
    this.lastError = undefined;
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const { initialMs = 500, maxMs = 30_000 } = this.options.retry ?? {};
    const base = Math.min(maxMs, initialMs * 2 ** this.attempt);
    this.attempt += 1;
    const jittered = base * (0.8 + Math.random() * 0.4);
    this.retryTimer = setTimeout(() => {
      this.connect();
    }, jittered);
    this.retryTimer.unref();
  }

  private canSend(): boolean {
    return this.connected && !this.waitingForDrain && this.socket?.writable === true;
  }

  private send(record: string): void {
    if (this.socket?.write(record) === false) this.waitingForDrain = true;
  }

  private flush(): void {
    while (this.pending.length > 0 && this.canSend()) {
      this.send(this.pending.shift() as string);
    }
  }

  private enqueue(record: string): void {
    if (this.pending.length >= this.bufferSize) {
      this.pending.shift();
      this.dropped += 1;
      this.droppedSinceUp += 1;
    }
    this.pending.push(record);
  }

  private discardPending(): void {
    this.dropped += this.pending.length;
    this.pending = [];
  }
}
