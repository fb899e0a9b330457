import { EngineError, formatIssues } from '@automation-engine/contracts';
import type { AxiosInstance, AxiosResponse } from 'axios';
import type { z } from 'zod';
import type { BruinEndpoint } from './bruin-endpoints.js';
import { type BruinFailureOptions, mapBruinFailure } from './map-bruin-failure.js';

export type QueryValue =
  string | number | boolean | readonly (string | number)[] | null | undefined;

export interface BruinCall {
  /** Values of the path's `{name}` parameters. */
  params?: Readonly<Record<string, string | number>>;
  /** Query parameters as Bruin names them; null and undefined are left out. */
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  failure?: BruinFailureOptions;
}

/** A success answer of Bruin, checked against the endpoint's schema. */
export interface BruinAnswer<T> {
  readonly status: number;
  readonly data: T;
}

/** What handlers need of Bruin: the seam unit tests replace with a recording fake. */
export interface BruinApi {
  call<S extends z.ZodType>(
    endpoint: BruinEndpoint<S>,
    call?: BruinCall,
  ): Promise<BruinAnswer<z.output<S>>>;
  urlOf(path: string): string;
}

/**
 * The typed Bruin client: one `call` for every endpoint of `bruinEndpoints`. A 2xx answer is
 * checked with the endpoint's vendor-apis schema and returned; anything else is thrown as the
 * `EngineError` the bridge replies with (`mapBruinFailure`).
 */
export class BruinClient implements BruinApi {
  readonly #http: AxiosInstance;

  constructor(http: AxiosInstance) {
    this.#http = http;
  }

  /** The absolute URL of a path, as the original quoted it in some replies. */
  urlOf(path: string): string {
    return `${this.#http.defaults.baseURL ?? ''}${path}`;
  }

  async call<S extends z.ZodType>(
    endpoint: BruinEndpoint<S>,
    call: BruinCall = {},
  ): Promise<BruinAnswer<z.output<S>>> {
    const url = fillPath(endpoint.path, call.params);
    let response: AxiosResponse<unknown>;
    try {
      response = await this.#http.request<unknown>({
        method: endpoint.method,
        url,
        params: definedQuery(call.query),
        ...(call.body === undefined ? {} : { data: call.body }),
        ...(endpoint.headers === undefined ? {} : { headers: { ...endpoint.headers } }),
      });
    } catch (error) {
      throw mapBruinFailure(error, call.failure);
    }
    const data = response.data === '' || response.data === undefined ? null : response.data;
    const parsed = endpoint.response.safeParse(data);
    if (!parsed.success) {
      throw new EngineError(
        'INTERNAL',
        `Unexpected answer from Bruin ${endpoint.method} ${endpoint.path}: ${formatIssues(parsed.error.issues, 'answer')}`,
      );
    }
    return { status: response.status, data: parsed.data };
  }
}

function fillPath(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(String(value));
  });
}

function definedQuery(
  query: Readonly<Record<string, QueryValue>> | undefined,
): Record<string, unknown> | undefined {
  if (query === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== null),
  );
}
