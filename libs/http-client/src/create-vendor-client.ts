import axios, { isAxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import axiosRetry from 'axios-retry';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { AuthSession, type VendorAuth } from './auth-session.js';
import { classifyFailure } from './classify-failure.js';
import { defaultEndpointLabel } from './endpoint-label.js';
import { hideRequestDetails } from './hide-request-details.js';
import { metaOf, setMeta } from './request-meta.js';
import { retryDelayMs } from './retry-delay.js';
import { shouldRetry } from './should-retry.js';
import { statusLabel, statusOf } from './status-of.js';
import { vendorHttpMetrics } from './vendor-http-metrics.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 3; 0 disables retrying. */
  retries?: number;
  /** First backoff step; doubles with each retry. Default 200 ms. */
  baseDelayMs?: number;
  /** Ceiling for any wait, `Retry-After` included. Default 10 s. */
  maxDelayMs?: number;
  /** Retry POST/PATCH on 5xx, timeouts and network errors too. Default false. */
  retryNonIdempotent?: boolean;
}

export interface VendorClientOptions {
  /** The `vendor` label and log field: `bruin`, `velocloud`, `digi`... */
  vendor: string;
  baseURL: string;
  logger: Logger;
  registry: Registry;
  /** Per attempt; each retry gets the full budget again. Default 30 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  auth?: VendorAuth;
  /** The `endpoint` label for a request. Default: the path with numeric and UUID segments as `{id}`. */
  endpointLabel?: (config: InternalAxiosRequestConfig) => string;
  /** Sent with every request. Put credentials in `auth`, not here. */
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export const DEFAULT_RETRY = {
  retries: 3,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  retryNonIdempotent: false,
} as const satisfies Required<RetryOptions>;

/**
 * An axios instance for one vendor API: timeouts, retries with backoff, login and re-login on
 * 401, and a metric and a debug line per attempt. Interceptors run in this order:
 *
 * request:  attach session headers (logging in if needed) → stamp attempt and start time
 * response: observe (metrics, log) → axios-retry → re-login on 401 → hide request details
 */
export function createVendorClient(options: VendorClientOptions): AxiosInstance {
  const { vendor, registry } = options;
  const logger = options.logger.child({ vendor });
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const endpointLabel = options.endpointLabel ?? defaultEndpointLabel;
  const metrics = vendorHttpMetrics(registry);
  const session = options.auth && new AuthSession({ auth: options.auth, vendor, logger });

  const client = axios.create({
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });

  client.interceptors.request.use(async (config) => {
    const previous = metaOf(config);
    let sessionGeneration: number | undefined;
    if (session && !session.loggingIn) {
      const current = await session.headers();
      config.headers.set(current.headers);
      sessionGeneration = current.generation;
    }
    setMeta(config, {
      vendor,
      endpoint: endpointLabel(config),
      attempt: (previous?.attempt ?? 0) + 1,
      startedAt: performance.now(),
      ...(sessionGeneration === undefined ? {} : { sessionGeneration }),
      ...(previous?.reloggedIn === true ? { reloggedIn: true } : {}),
    });
    return config;
  });

  const observe = (config: InternalAxiosRequestConfig, status: string): void => {
    const meta = metaOf(config);
    if (!meta) return;
    const seconds = (performance.now() - meta.startedAt) / 1000;
    const method = (config.method ?? 'get').toUpperCase();
    const { endpoint, attempt } = meta;
    metrics.requests.inc({ vendor, method, endpoint, status });
    metrics.duration.observe({ vendor, method, endpoint }, seconds);
    logger.debug(
      { method, endpoint, status, durationMs: Math.round(seconds * 1000), attempt },
      'vendor http call',
    );
  };

  client.interceptors.response.use(
    (response) => {
      observe(response.config, String(response.status));
      return response;
    },
    (error: unknown) => {
      if (isAxiosError(error) && error.config) observe(error.config, statusLabel(error));
      throw error;
    },
  );

  const delays = new WeakMap<object, number>();
  axiosRetry(client, {
    retries: retry.retries,
    shouldResetTimeout: true,
    retryCondition: (error) => shouldRetry(error, retry),
    retryDelay: (retryNumber, error) => {
      const delayMs = retryDelayMs({ ...retry, retryNumber, error });
      delays.set(error, delayMs);
      return delayMs;
    },
    onRetry: (retryNumber, error, config) => {
      const meta = metaOf(config);
      logger.warn(
        {
          method: (config.method ?? 'get').toUpperCase(),
          endpoint: meta?.endpoint,
          attempt: meta?.attempt,
          retry: retryNumber,
          reason: classifyFailure(error),
          status: statusLabel(error),
          code: error.code,
          delayMs: delays.get(error),
        },
        'vendor http retry',
      );
    },
  });

  if (session) {
    client.interceptors.response.use(undefined, async (error: unknown) => {
      const config = isAxiosError(error) ? error.config : undefined;
      const meta = metaOf(config);
      if (
        !config ||
        !meta ||
        statusOf(error) !== 401 ||
        meta.reloggedIn === true ||
        session.loggingIn
      ) {
        throw error;
      }
      logger.info(
        { method: (config.method ?? 'get').toUpperCase(), endpoint: meta.endpoint, status: 401 },
        'vendor refused the session: logging in again',
      );
      await session.renew(meta.sessionGeneration);
      setMeta(config, { ...meta, reloggedIn: true });
      delete config['axios-retry'];
      config.transformRequest = [(data: unknown) => data];
      return client(config);
    });
  }

  client.interceptors.response.use(undefined, (error: unknown) => {
    if (isAxiosError(error)) hideRequestDetails(error);
    throw error;
  });

  return client;
}
