import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { EngineError } from '@automation-engine/contracts';
import { baseUrlOf } from './parse-base-urls.js';
import type { VcoHostCredentials } from './parse-velocloud-credentials.js';
import { VcoClient } from './vco-client.js';

export interface VcoHostsOptions {
  credentials: readonly VcoHostCredentials[];
  baseUrls: Readonly<Record<string, string>>;
  logger: Logger;
  registry: Registry;
  timeoutMs: number;
  retries: number;
  sessionTtlMs: number;
}

/**
 * Every configured VCO host, each with its own client and session: one host that is down, slow
 * or refusing logins never holds up the others.
 */
export class VcoHosts {
  readonly #clients = new Map<string, VcoClient>();

  constructor(options: VcoHostsOptions) {
    for (const credentials of options.credentials) {
      this.#clients.set(
        credentials.host,
        new VcoClient({
          credentials,
          baseUrl: baseUrlOf(credentials.host, options.baseUrls),
          logger: options.logger,
          registry: options.registry,
          timeoutMs: options.timeoutMs,
          retries: options.retries,
          sessionTtlMs: options.sessionTtlMs,
        }),
      );
    }
  }

  /** The configured host names, in `VELOCLOUD_CREDENTIALS` order. */
  get names(): string[] {
    return [...this.#clients.keys()];
  }

  /** The client of `host`; a host not in `VELOCLOUD_CREDENTIALS` is the caller's mistake (400). */
  client(host: string): VcoClient {
    const client = this.#clients.get(host);
    if (client === undefined) {
      throw new EngineError(
        'BAD_REQUEST',
        `unknown VeloCloud host ${host}; this bridge serves ${this.names.join(', ')}`,
      );
    }
    return client;
  }
}
