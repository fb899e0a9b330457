import { createInbox, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { BusClosedError, NoRespondersError, RequestTimeoutError } from './errors.js';

interface Pending {
  subject: string;
  resolve: (msg: Msg) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Request/reply over one inbox subscription: each request publishes with a reply subject
 * `<inbox>.<token>` and waits for that token. This is what the client's `request()` does, without
 * the Error (and stack trace) it allocates for every request, even answered ones: ~13 % of the
 * bus's CPU at 20,000 requests a second.
 */
export class ReplyInbox {
  private readonly prefix: string;
  private readonly pending = new Map<string, Pending>();
  private nextToken = 0;

  constructor(private readonly nc: NatsConnection) {
    this.prefix = `${createInbox()}.`;
    nc.subscribe(`${this.prefix}*`, {
      callback: (error, msg) => {
        if (error === null) this.dispatch(msg);
      },
    });
  }

  request(spec: {
    subject: string;
    wire: string;
    data: Uint8Array;
    timeoutMs: number;
  }): Promise<Msg> {
    const token = (this.nextToken++).toString(36);
    return new Promise<Msg>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(new RequestTimeoutError(spec.subject, spec.timeoutMs));
      }, spec.timeoutMs);
      this.pending.set(token, { subject: spec.subject, resolve, reject, timer });
      try {
        this.nc.publish(spec.wire, spec.data, { reply: `${this.prefix}${token}` });
      } catch (error) {
        clearTimeout(timer);
        this.pending.delete(token);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Fails every request still waiting (the connection is closing). */
  close(): void {
    for (const [token, pending] of this.pending) {
      clearTimeout(pending.timer);
      this.pending.delete(token);
      pending.reject(new BusClosedError(pending.subject));
    }
  }

  private dispatch(msg: Msg): void {
    const token = msg.subject.slice(this.prefix.length);
    const pending = this.pending.get(token);
    if (pending === undefined) return; // late reply to a request that timed out
    this.pending.delete(token);
    clearTimeout(pending.timer);
    // The server's "no responders" answer: an empty message with status 503 in its headers.
    if (msg.data.byteLength === 0 && msg.headers?.code === 503) {
      pending.reject(new NoRespondersError(pending.subject));
      return;
    }
    pending.resolve(msg);
  }
}
