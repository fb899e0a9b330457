import { nkeyAuthenticator, type NodeConnectionOptions } from '@nats-io/transport-node';

export type NatsCredentials =
  { user: string; password: string } | { token: string } | { nkeySeed: string };

export interface ReconnectBackoff {
  /** First wait after losing the server. */
  initialDelayMs: number;
  /** Waits double up to this. */
  maxDelayMs: number;
}

export const DEFAULT_RECONNECT_BACKOFF: ReconnectBackoff = {
  initialDelayMs: 250,
  maxDelayMs: 10_000,
};

/**
 * Exponential backoff with full jitter for reconnect attempts; `reset` is called when a
 * connection is made again.
 */
export function reconnectBackoff(backoff: ReconnectBackoff): {
  next: () => number;
  reset: () => void;
} {
  let attempt = 0;
  return {
    next() {
      const ceiling = Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** attempt);
      attempt = Math.min(attempt + 1, 30);
      return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
    },
    reset() {
      attempt = 0;
    },
  };
}

export function credentialOptions(
  credentials: NatsCredentials | undefined,
): Partial<NodeConnectionOptions> {
  if (!credentials) return {};
  if ('user' in credentials) return { user: credentials.user, pass: credentials.password };
  if ('token' in credentials) return { token: credentials.token };
  return { authenticator: nkeyAuthenticator(new TextEncoder().encode(credentials.nkeySeed)) };
}

/** Splits "nats://a:4222,nats://b:4222" or a list into server URLs. */
export function serverList(servers: string | readonly string[]): string[] {
  const list = (typeof servers === 'string' ? servers.split(',') : [...servers])
    .map((server) => server.trim())
    .filter((server) => server !== '');
  if (list.length === 0) throw new RangeError('at least one NATS server is needed');
  return list;
}
