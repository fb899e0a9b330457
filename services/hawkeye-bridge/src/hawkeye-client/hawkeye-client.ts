import { EngineError, formatIssues } from '@automation-engine/contracts';
import {
  hawkeyePaths,
  hawkeyeProbesResponse,
  type HawkeyeProbe,
  hawkeyeTestDetail,
  type HawkeyeTestDetail,
  hawkeyeTestResultsResponse,
  type HawkeyeTestSummary,
} from '@automation-engine/vendor-apis';
import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { mapHawkeyeFailure } from './map-hawkeye-failure.js';

/** Records per page, as the original asked. */
export const HAWKEYE_PAGE_SIZE = 100;

export type HawkeyeQuery = Readonly<Record<string, string | number>>;

/** What handlers need of Hawkeye: the seam unit tests may replace. */
export interface HawkeyeApi {
  /** H1, every page. */
  probes(query: HawkeyeQuery, logger: Logger): Promise<HawkeyeProbe[]>;
  /** H2, every page. */
  testResults(query: HawkeyeQuery, logger: Logger): Promise<HawkeyeTestSummary[]>;
  /** H3. */
  testResultDetail(id: string): Promise<HawkeyeTestDetail>;
}

/** A page answer's schema: a page envelope of `T` records. */
type PageSchema<T> = z.ZodType<{ total_count: string; records: T[] }>;

/**
 * The typed Hawkeye client. Lists are paged (`limit` 100, `offset`) until `total_count`; answers
 * are checked against the vendor-apis schemas; failures are thrown as the `EngineError` the bridge
 * replies with (`mapHawkeyeFailure`).
 */
export class HawkeyeClient implements HawkeyeApi {
  readonly #http: AxiosInstance;

  constructor(http: AxiosInstance) {
    this.#http = http;
  }

  probes(query: HawkeyeQuery, logger: Logger): Promise<HawkeyeProbe[]> {
    return this.#all(hawkeyePaths.probes, { query, logger }, hawkeyeProbesResponse);
  }

  testResults(query: HawkeyeQuery, logger: Logger): Promise<HawkeyeTestSummary[]> {
    return this.#all(hawkeyePaths.testResults, { query, logger }, hawkeyeTestResultsResponse);
  }

  testResultDetail(id: string): Promise<HawkeyeTestDetail> {
    return this.#get(
      hawkeyePaths.testResultDetail.replace('{id}', encodeURIComponent(id)),
      {},
      hawkeyeTestDetail,
    );
  }

  /**
   * Every page. A first page that fails is the request's failure; a later one ends the listing
   * with what was gathered, as the original did (logged).
   */
  async #all<T>(
    path: string,
    call: { query: HawkeyeQuery; logger: Logger },
    schema: PageSchema<T>,
  ): Promise<T[]> {
    const records: T[] = [];
    let total = Number.POSITIVE_INFINITY;
    for (let offset = 0; offset < total; offset += HAWKEYE_PAGE_SIZE) {
      let page: { total_count: string; records: T[] };
      try {
        page = await this.#get(path, { ...call.query, limit: HAWKEYE_PAGE_SIZE, offset }, schema);
      } catch (error) {
        if (offset === 0) throw error;
        call.logger.warn(
          { path, offset, gathered: records.length, error: (error as Error).message },
          'hawkeye page failed: answering with the records gathered so far',
        );
        break;
      }
      records.push(...page.records);
      total = Number(page.total_count);
      if (page.records.length === 0) break;
    }
    return records;
  }

  async #get<S extends z.ZodType>(
    path: string,
    params: HawkeyeQuery,
    schema: S,
  ): Promise<z.output<S>> {
    let data: unknown;
    try {
      ({ data } = await this.#http.get<unknown>(path, { params }));
    } catch (error) {
      throw mapHawkeyeFailure(error);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      throw new EngineError(
        'INTERNAL',
        `Unexpected answer from Hawkeye: ${formatIssues(parsed.error.issues)}`,
      );
    }
    return parsed.data;
  }
}
