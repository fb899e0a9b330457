import { EngineError } from '@automation-engine/contracts';
import type { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import type { RequestHandler } from '@automation-engine/messaging';
import { answerCacheRequest, requestedHosts } from '../decisions/answer-cache-request.js';
import type { CacheStore } from '../repositories/cache-store.js';

/**
 * `customer.cache.get`: the stored caches of the requested hosts, filtered by enterprise and last
 * contact (spec §10.4). Read from Redis on each request, so a restarted service answers at once
 * with the last saved mapping, and a refresh in progress is never seen half done.
 */
export function getCustomers(deps: {
  store: CacheStore;
  configuredHosts: readonly string[];
}): RequestHandler<typeof customerCacheGet> {
  return async (request, { logger }) => {
    const hosts = Object.keys(requestedHosts(request, deps.configuredHosts));
    const caches = await deps.store.caches(hosts);
    const answer = answerCacheRequest({ request, configuredHosts: deps.configuredHosts, caches });
    switch (answer.status) {
      case 200:
        logger.info({ hosts, edges: answer.body.length }, 'customer cache served');
        return answer;
      case 202:
        logger.warn({ hosts }, answer.body);
        return answer;
      case 400:
        throw new EngineError('BAD_REQUEST', answer.body);
      case 404:
        throw new EngineError('NOT_FOUND', answer.body);
    }
  };
}
