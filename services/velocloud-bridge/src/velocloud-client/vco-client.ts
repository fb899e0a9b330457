import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { z } from 'zod';
import { EngineError, formatIssues } from '@automation-engine/contracts';
import { createVendorClient } from '@automation-engine/http-client';
import { vcoErrorResponse, vcoPaths, type VcoPathName } from '@automation-engine/vendor-apis';
import { detectExpiredSession } from './detect-expired-session.js';
import type { VcoHostCredentials } from './parse-velocloud-credentials.js';
import { sessionCookie } from './session-cookie.js';
import { vcoFailure, type VcoFailureContext } from './vco-failure.js';

/** The headers of every VCO call, as the original sent them. */
const VCO_HEADERS = {
  'Content-Type': 'application/json-patch+json',
  'Cache-control': 'no-cache, no-store, no-transform, max-age=0, only-if-cached',
} as const;

export interface VcoClientOptions {
  credentials: VcoHostCredentials;
  baseUrl: string;
  logger: Logger;
  registry: Registry;
  timeoutMs: number;
  retries: number;
  sessionTtlMs: number;
}

export interface VcoCall<S extends z.ZodType> {
  path: VcoPathName;
  body: unknown;
  /** The vendor-apis schema of the answer. */
  schema: S;
  reword400?: VcoFailureContext['reword400'];
}

/**
 * One VeloCloud Orchestrator: operator login with a `velocloud.session` cookie (lazily, renewed
 * after the session TTL, and again when VCO says it expired), retries, and answers parsed with
 * the vendor-apis schemas. Failures are thrown as `EngineError` with the original's replies.
 */
export class VcoClient {
  readonly host: string;
  readonly #http: AxiosInstance;

  constructor(options: VcoClientOptions) {
    const { credentials, sessionTtlMs } = options;
    this.host = credentials.host;
    const http: AxiosInstance = createVendorClient({
      vendor: 'velocloud',
      baseURL: options.baseUrl,
      logger: options.logger.child({ vco_host: credentials.host }),
      registry: options.registry,
      timeoutMs: options.timeoutMs,
      // Every VCO method the bridge calls is a read, so a POST is safe to send again.
      retry: { retries: options.retries, retryNonIdempotent: true },
      headers: { ...VCO_HEADERS },
      endpointLabel: (config) => `${credentials.host}${config.url ?? ''}`,
      auth: {
        login: async () => {
          const response = await http.post(
            vcoPaths.login,
            { username: credentials.username, password: credentials.password },
            {
              headers: { 'Content-Type': 'application/json' },
              maxRedirects: 0,
              // A 302 carrying Set-Cookie logs in as well as a 200.
              validateStatus: (status) => status >= 200 && status < 400,
            },
          );
          const session = sessionCookie(response.headers['set-cookie']);
          if (session === undefined) {
            throw new Error(
              `VeloCloud host ${credentials.host} answered the login with ${String(response.status)} and no session cookie`,
            );
          }
          return {
            headers: { Cookie: `velocloud.session=${session}` },
            expiresAt: new Date(Date.now() + sessionTtlMs),
          };
        },
      },
    });
    // VCO's REST answers never redirect (the login's 302 is read, not followed); without
    // redirects axios also skips follow-redirects on every call.
    http.defaults.maxRedirects = 0;
    detectExpiredSession(http);
    this.#http = http;
  }

  /** POSTs `body` to a VCO method and parses the answer with `schema`. */
  async post<S extends z.ZodType>(call: VcoCall<S>): Promise<z.output<S>> {
    const context: VcoFailureContext = {
      host: this.host,
      ...(call.reword400 === undefined ? {} : { reword400: call.reword400 }),
    };
    let data: unknown;
    try {
      ({ data } = await this.#http.post<unknown>(vcoPaths[call.path], call.body));
    } catch (error) {
      throw vcoFailure(error, context);
    }
    // VCO sometimes reports a refused call as HTTP 200 with a JSON-RPC error object.
    const refusal = vcoErrorResponse.safeParse(data);
    if (refusal.success) {
      throw new EngineError(
        'BAD_REQUEST',
        `VeloCloud host ${this.host} refused ${call.path}`,
        call.reword400 === undefined
          ? { body: data }
          : { body: call.reword400(refusal.data.error.message) },
      );
    }
    const parsed = call.schema.safeParse(data);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error.issues.slice(0, 5), 'answer');
      throw new EngineError(
        'INTERNAL',
        `unexpected answer from VeloCloud host ${this.host} to ${call.path}: ${issues}`,
      );
    }
    return parsed.data;
  }
}
